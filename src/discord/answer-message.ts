import { ActionRowBuilder, ButtonBuilder, ButtonStyle, type APIEmbed } from 'discord.js';
import type { AskResponse } from '../app/index.js';
import { NO_MENTIONS } from './context.js';
import { answerEmbed } from './format.js';

/** Custom ids of the buttons under an answer. */
export const BUTTON = { sources: 'sources', vote: 'vote' } as const;

/** The message that carries an answer: its embed, and the Sources and 👍/👎 buttons keyed by `answerId`. */
export function answerMessage(response: AskResponse, answerId: string): { embeds: APIEmbed[]; components: ActionRowBuilder<ButtonBuilder>[]; allowedMentions: typeof NO_MENTIONS } {
  // The cited chunk ids ride in the button's id (at most 100 characters), so Sources works even
  // after a restart has forgotten the answer.
  const chunkIds = response.citations.map((c) => c.chunkId).join(',');
  const sourcesId = `${BUTTON.sources}:${answerId}:${chunkIds}`.slice(0, 100);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(sourcesId).setLabel('Sources').setStyle(ButtonStyle.Secondary).setDisabled(response.citations.length === 0),
    new ButtonBuilder().setCustomId(`${BUTTON.vote}:up:${answerId}`).setEmoji('👍').setStyle(ButtonStyle.Secondary),
    new ButtonBuilder().setCustomId(`${BUTTON.vote}:down:${answerId}`).setEmoji('👎').setStyle(ButtonStyle.Secondary),
  );
  return { embeds: [answerEmbed(response)], components: [row], allowedMentions: NO_MENTIONS };
}
