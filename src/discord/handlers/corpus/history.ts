import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { shorten } from '../../../core/index.js';
import type { CorpusChange } from '../../../corpus/index.js';
import { NO_MENTIONS, type BotContext } from '../../context.js';
import { displayText } from '../../display-text.js';
import { LIMITS } from '../../limits.js';
import { byDiscordUser, expectedProblem, refuseNonModerator, reindexAfterChange, reindexLine } from './shared.js';

/** How many changes /corpus history shows, newest first. */
const HISTORY_LINES = 20;

/** One change of the log as a line: when, who, what; escaped. */
export function changeLine(change: CorpusChange): string {
  return `• ${change.at.slice(0, 16).replace('T', ' ')} UTC · ${displayText(change.by, 80)} · ${change.action} ${displayText(change.document, 120)}`;
}

/** /corpus history: moderators only, privately; the newest changes to the corpus (who, what, when). */
export async function handleCorpusHistory(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (await refuseNonModerator(ctx, interaction, 'read the corpus history')) return;
  const changes = (await ctx.library.history()).reverse();
  const lines = changes.slice(0, HISTORY_LINES).map(changeLine);
  const more = changes.length > HISTORY_LINES ? `\n… and ${changes.length - HISTORY_LINES} older changes` : '';
  const content = changes.length === 0 ? 'No changes to the corpus have been made through Docent.' : shorten(`Changes to the corpus, newest first:\n${lines.join('\n')}${more}`, LIMITS.content);
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

/** The documents that restore can bring back: those a removal or replacement kept a version of. */
export async function restorableNames(ctx: BotContext): Promise<string[]> {
  const history = await ctx.library.history();
  return [...new Set(history.filter((change) => change.previous !== undefined && change.action !== 'restore').map((change) => change.document))].sort();
}

/** /corpus restore document:<name>: moderators only; brings back the version the last removal or replacement kept, then re-indexes. */
export async function handleCorpusRestore(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (await refuseNonModerator(ctx, interaction, 'restore documents')) return;
  const name = interaction.options.getString('document', true);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    await ctx.library.restore(name, { by: byDiscordUser(interaction.user) });
  } catch (error) {
    await interaction.editReply({ content: `Not restored: ${expectedProblem(error)}`, allowedMentions: NO_MENTIONS });
    return;
  }
  ctx.log.info({ userId: interaction.user.id, command: 'corpus restore', document: name }, 'document restored');
  const done = `Restored ${displayText(name, 200)}.`;
  const report = await reindexAfterChange(ctx, interaction, done);
  if (report) await interaction.editReply({ content: `${done}\n${reindexLine(report)}`, allowedMentions: NO_MENTIONS });
}
