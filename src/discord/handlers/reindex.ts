import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { isDocentError } from '../../core/index.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { summarizeReport } from '../format.js';
import { isModeratorInteraction } from '../permissions.js';
import { progressInReply } from '../reindex-progress.js';

/** /reindex [dry_run:<bool>]: moderators only; progress by editing the reply; one at a time. */
export async function handleReindex(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (!isModeratorInteraction(interaction, ctx.config.moderatorRoleIds)) {
    await interaction.reply({ content: 'Only moderators (Manage Server, or a moderator role) can re-index.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const dryRun = interaction.options.getBoolean('dry_run') ?? false;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    const report = await ctx.engine.reindex({ dryRun, onProgress: progressInReply(interaction, ctx.log) });
    await interaction.editReply({ content: summarizeReport(report), allowedMentions: NO_MENTIONS });
    ctx.log.info({ userId: interaction.user.id, command: 'reindex', dryRun, report: { ...report, warnings: report.warnings.length } }, 're-index done');
  } catch (error) {
    if (isDocentError(error, 'INDEX_BUSY')) {
      await interaction.editReply({ content: 'A re-index is already running; you will find its result in /status when it is done.', allowedMentions: NO_MENTIONS });
      return;
    }
    ctx.log.error({ err: error, command: 'reindex' }, 're-index failed');
    // The reply is private to the moderator, so the full message (paths included) is shown.
    await interaction.editReply({ content: `Re-index failed: ${(error as Error).message.slice(0, 1500)}\nThe current index keeps answering.`, allowedMentions: NO_MENTIONS });
  }
}
