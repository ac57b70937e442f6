import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { isDocentError } from '../../core/index.js';
import { NO_MENTIONS, type BotContext } from '../context.js';

/**
 * Runs a handler as the one error boundary of an interaction: an expected failure is shown to the
 * user as its own short message, anything else as a generic one; details go to the log, and the
 * bot keeps running either way.
 */
export async function guardInteraction(ctx: BotContext, interaction: RepliableInteraction, name: string, handler: () => Promise<void>): Promise<void> {
  try {
    await handler();
  } catch (error) {
    const expected = isDocentError(error);
    ctx.log[expected ? 'warn' : 'error']({ err: error, command: name, userId: interaction.user.id }, 'handler failed');
    const content = expected ? (error as Error).message : 'Sorry, something went wrong while answering. The details are in the bot\'s log.';
    try {
      if (interaction.deferred && !interaction.replied) await interaction.deleteReply().catch(() => undefined); // no public "thinking…" left behind
      if (interaction.deferred || interaction.replied) await interaction.followUp({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      else await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    } catch (replyError) {
      ctx.log.warn({ err: replyError, command: name }, 'could not tell the user about the failure');
    }
  }
}
