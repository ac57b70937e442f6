import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { codeSpan, lastReindexDetails, searchEmbed, skippedDetails, sourceEmbed, statusEmbed } from '../format.js';
import { knownPaths } from '../redact.js';
import { SEARCH_COUNT } from '../limits.js';
import { isModeratorInteraction } from '../permissions.js';
import { admitQuestion } from './admission.js';

/** A requested /search count brought within SEARCH_COUNT (the command's limits are not trusted alone). */
export function clampSearchCount(requested: number | null): number {
  if (requested === null || !Number.isFinite(requested)) return SEARCH_COUNT.default;
  return Math.min(SEARCH_COUNT.max, Math.max(SEARCH_COUNT.min, Math.trunc(requested)));
}

/** /search query:<text> [count:<int>]: the best-matching passages with scores. */
export async function handleSearch(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const query = interaction.options.getString('query', true);
  const refusal = admitQuestion(ctx, interaction.user.id, query);
  if (refusal) {
    await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.deferReply();
  const response = await ctx.engine.search(query, clampSearchCount(interaction.options.getInteger('count')));
  await interaction.editReply({ embeds: [searchEmbed(response)], allowedMentions: NO_MENTIONS });
  ctx.log.info({ userId: interaction.user.id, command: 'search', latencyMs: response.timingsMs.total }, 'search answered');
}

/** /source id:<chunk id>: one passage in full, with its neighbours. */
export async function handleSource(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const id = interaction.options.getString('id', true).trim().replace(/^`+|`+$/gu, '');
  const found = ctx.engine.chunkWithNeighbours(id);
  if (!found) {
    await interaction.reply({ content: `No passage has the id ${codeSpan(id, 40)}; ids are shown under each source.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.reply({ embeds: [sourceEmbed(found)], allowedMentions: NO_MENTIONS });
}

/**
 * /status: documents, passages, model, when the index was built, the last re-index. The reply is
 * public and never holds the host's paths or the names of skipped files; a moderator also gets,
 * privately, a failed re-index's full message and the files the index skipped, with why.
 */
export async function handleStatus(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const status = ctx.engine.status();
  await interaction.reply({ embeds: [statusEmbed(status, knownPaths(ctx.config))], allowedMentions: NO_MENTIONS });
  if (!isModeratorInteraction(interaction, ctx.config.moderatorRoleIds)) return;
  for (const details of [lastReindexDetails(status), skippedDetails(status)]) {
    if (details) await interaction.followUp({ content: details, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}
