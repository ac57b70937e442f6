import { MessageFlags, type ChatInputCommandInteraction, type RepliableInteraction, type User } from 'discord.js';
import type { IndexReport } from '../../../app/index.js';
import { isDocentError } from '../../../core/index.js';
import { NO_MENTIONS, type BotContext } from '../../context.js';
import { displayText } from '../../display-text.js';
import { summarizeReport } from '../../format.js';
import { isModeratorInteraction } from '../../permissions.js';
import { progressInReply } from '../../reindex-progress.js';

/** Who the corpus log names for a change made from Discord: the user's id, and their name for people reading it. */
export const byDiscordUser = (user: User): string => `discord:${user.id} (${user.username})`;

/** Refuses (privately) a member who is not a moderator; true when refused. */
export async function refuseNonModerator(ctx: BotContext, interaction: ChatInputCommandInteraction, what: string): Promise<boolean> {
  if (isModeratorInteraction(interaction, ctx.config.moderatorRoleIds)) return false;
  await interaction.reply({ content: `Only moderators (Manage Server, or a moderator role) can ${what}.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  return true;
}

/** A corpus error a moderator can act on (a bad document, a name the corpus lacks), as private text; other errors are rethrown. */
export function expectedProblem(error: unknown): string {
  if (isDocentError(error, 'BAD_DOCUMENT')) return displayText(error.message, 1800);
  throw error;
}

/**
 * Re-indexes after a change to the corpus (queued behind a running re-index, never lost), showing
 * progress in the reply after `done` (what the change was); resolves with the report, or undefined
 * after telling the moderator that the re-index failed and the current index keeps answering.
 */
export async function reindexAfterChange(ctx: BotContext, interaction: RepliableInteraction, done: string): Promise<IndexReport | undefined> {
  try {
    const report = await ctx.engine.reindexAfterChange(progressInReply(interaction, ctx.log, `${done}\n`));
    ctx.log.info({ userId: interaction.user.id, command: 'corpus', report: { ...report, warnings: report.warnings.length } }, 're-index after a corpus change done');
    return report;
  } catch (error) {
    ctx.log.error({ err: error, command: 'corpus' }, 're-index after a corpus change failed');
    // Private to the moderator, so the full message is shown.
    await interaction.editReply({ content: `${done}\nRe-index failed: ${displayText((error as Error).message, 1200)}\nThe current index keeps answering; run /reindex once it is fixed.`, allowedMentions: NO_MENTIONS });
    return undefined;
  }
}

/** A re-index report as one private line after a change. */
export const reindexLine = (report: IndexReport): string => displayText(summarizeReport(report), 1500);
