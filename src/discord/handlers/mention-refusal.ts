import type { Message } from 'discord.js';
import { NO_MENTIONS, type BotContext } from '../context.js';

/** The reaction that stands for a refusal already explained in this window. */
export const QUIET_REFUSAL_EMOJI = '⏳';

/**
 * Refuses a mention: a public reply the first time in a rate-limit window, then only a ⏳ reaction,
 * so one user's flood cannot fill a channel with refusals.
 */
export async function refuseMention(ctx: BotContext, message: Message, content: string): Promise<void> {
  if (ctx.refusals.take(message.author.id)) {
    await message.reply({ content, allowedMentions: NO_MENTIONS });
    return;
  }
  ctx.log.info({ userId: message.author.id, command: 'mention' }, 'refusal shown as a reaction');
  // A reaction can fail (missing Add Reactions, message deleted); staying silent then is fine.
  await message.react(QUIET_REFUSAL_EMOJI).catch((error: unknown) => ctx.log.warn({ err: error }, 'could not react to a refused mention'));
}
