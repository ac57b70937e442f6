import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { Chunk } from '../../core/index.js';
import { BUTTON } from '../answer-message.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
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
    const [vote, answerId = ''] = rest;
    const remembered = ctx.recent.get(answerId);
    // After a restart the answer is read back from the message it is shown in.
    const embed = interaction.message.embeds[0];
    const sourcesButton = interaction.message.components
      .flatMap((row): unknown[] => ('components' in row ? [...row.components] : []))
      .map((component) => (component as { customId?: unknown }).customId)
      .find((id): id is string => typeof id === 'string' && id.startsWith(`${BUTTON.sources}:`));
    await ctx.feedback.add({
      at: new Date().toISOString(),
      userId: interaction.user.id,
      vote: vote === 'up' ? 'up' : 'down',
      question: remembered?.question ?? embed?.title ?? '',
      answer: remembered?.answer ?? embed?.description ?? '',
      chunkIds: remembered?.citations.map((c) => c.chunkId) ?? (sourcesButton?.split(':')[2] ?? '').split(',').filter(Boolean),
    });
    ctx.log.info({ userId: interaction.user.id, command: 'feedback', vote }, 'feedback stored');
    await interaction.reply({ content: 'Thanks, your feedback was recorded.', flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}
