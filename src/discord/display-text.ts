import { escapeMarkdown } from 'discord.js';
import { shorten } from '../core/index.js';

/**
 * Text from the corpus made to show as written in Discord, never as markup: Markdown (bold,
 * headings, lists, code fences, masked links [label](https://…)) is escaped, and mention syntax
 * (<@id>, <@&id>, <#id>, @everyone, @here) is broken with an invisible space, so it shows as text
 * and could not ping even if a message were sent without allowed_mentions. With `max`, the text
 * is shortened to it first: escapeMarkdown takes about 40 ms on 10,000 characters.
 */
export function displayText(raw: string, max?: number): string {
  const text = max === undefined ? raw : shorten(raw, max);
  // Headings, lists and masked links are off in escapeMarkdown's defaults; corpus text needs them too.
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/<(@[!&]?|#)(\d+)>/gu, '<\u200b$1$2>').replace(/@(everyone|here)\b/giu, '@\u200b$1');
}
