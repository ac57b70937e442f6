import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { searchEmbed, sourceEmbed, statusEmbed } from '../format.js';
import { admitQuestion } from './admission.js';

/** /search query:<text> [count:<int>]: the best-matching passages with scores. */
export async function handleSearch(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const query = interaction.options.getString('query', true);
  const refusal = admitQuestion(ctx, interaction.user.id, query);
  if (refusal) {
    await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.deferReply();
  const response = await ctx.engine.search(query, interaction.options.getInteger('count') ?? 3);
  await interaction.editReply({ embeds: [searchEmbed(response)], allowedMentions: NO_MENTIONS });
  ctx.log.info({ userId: interaction.user.id, command: 'search', latencyMs: response.timingsMs.total }, 'search answered');
}

/** /source id:<chunk id>: one passage in full, with its neighbours. */
export async function handleSource(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const id = interaction.options.getString('id', true).trim().replace(/^`|`$/gu, '');
  const found = ctx.engine.chunkWithNeighbours(id);
  if (!found) {
    await interaction.reply({ content: `No passage has the id \`${id.slice(0, 40)}\`; ids are shown under each source.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await interaction.reply({ embeds: [sourceEmbed(found)], allowedMentions: NO_MENTIONS });
}

/** /status: documents, passages, model, when the index was built, the last re-index. */
export async function handleStatus(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  await interaction.reply({ embeds: [statusEmbed(ctx.engine.status())], allowedMentions: NO_MENTIONS });
}
