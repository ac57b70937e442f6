import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { Chunk } from '../../core/index.js';
import { BUTTON } from '../answer-message.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { parseVote, type Vote, type VoteOutcome } from '../feedback-store.js';
import { sourcesEmbed } from '../format.js';

/** The Sources and 👍/👎 buttons under an answer. Replies are private to the person who clicks. */
export async function handleButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const [kind, ...rest] = interaction.customId.split(':');
  if (kind === BUTTON.sources) {
    const chunkIds = (rest[1] ?? '').split(',').filter((id) => id.length > 0);
    const cited = chunkIds
      .map((id, i) => ({ n: i + 1, chunk: ctx.engine.chunkWithNeighbours(id)?.chunk }))
      .filter((entry): entry is { n: number; chunk: Chunk } => entry.chunk !== undefined);
    if (cited.length === 0) {
      await interaction.reply({ content: 'Those passages are no longer in the index (it was re-indexed since). Ask again for a fresh answer.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    await interaction.reply({ embeds: [sourcesEmbed(cited)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  if (kind === BUTTON.vote) {
    await handleVote(ctx, interaction, rest);
    return;
  }
  await interaction.reply({ content: 'That button is no longer in use.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}

const VOTE_EMOJI: Record<Vote, string> = { up: '👍', down: '👎' };
const THANKS: Record<VoteOutcome, (vote: Vote) => string> = {
  added: () => 'Thanks, your feedback was recorded.',
  changed: (vote) => `Your vote on this answer is now ${VOTE_EMOJI[vote]}.`,
  unchanged: (vote) => `Your ${VOTE_EMOJI[vote]} on this answer was already recorded.`,
};

/** 👍/👎: one vote per user per answer; a later click changes it. Only "up" and "down" are votes. */
async function handleVote(ctx: BotContext, interaction: ButtonInteraction, rest: readonly string[]): Promise<void> {
  const [value, answerId = ''] = rest;
  const vote = parseVote(value);
  if (!vote) {
    ctx.log.warn({ userId: interaction.user.id, command: 'feedback', customId: interaction.customId.slice(0, 100) }, 'invalid vote refused');
    await interaction.reply({ content: 'That is not a vote Docent knows; use the 👍 or 👎 under an answer.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const remembered = ctx.recent.get(answerId);
  // After a restart the answer is read back from the message it is shown in.
  const embed = interaction.message.embeds[0];
  const sourcesButton = interaction.message.components
    .flatMap((row): unknown[] => ('components' in row ? [...row.components] : []))
    .map((component) => (component as { customId?: unknown }).customId)
    .find((id): id is string => typeof id === 'string' && id.startsWith(`${BUTTON.sources}:`));
  const outcome = await ctx.feedback.vote({
    at: new Date().toISOString(),
    // The message the button is on, not the id in the button, keys the vote: it cannot be forged.
    messageId: interaction.message.id,
    userId: interaction.user.id,
    vote,
    question: remembered?.question ?? embed?.title ?? '',
    answer: remembered?.answer ?? embed?.description ?? '',
    chunkIds: remembered?.citations.map((c) => c.chunkId) ?? (sourcesButton?.split(':')[2] ?? '').split(',').filter(Boolean),
  });
  ctx.log.info({ userId: interaction.user.id, command: 'feedback', vote, outcome }, 'feedback stored');
  await interaction.reply({ content: THANKS[outcome](vote), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
