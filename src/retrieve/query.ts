import { DocentError } from '../core/index.js';

/** Longest question or query accepted, in characters. */
export const MAX_QUERY_CHARS = 1_000;

/**
 * A query made safe to process: invisible format characters deleted, control characters spaced, white space folded, Discord mention
 * syntax (<@123>, <@&123>, <#123>, @everyone, @here) reduced to plain words. Empty or over-long
 * input is a BAD_QUERY error with a message for the user.
 */
export function cleanQuery(raw: string, maxChars: number = MAX_QUERY_CHARS): string {
  const text = raw
    // Invisible format characters (soft hyphen, zero-width joiners, direction marks) are deleted,
    // not spaced: "estab\u00adlished" is one word. First, so "@\u200deveryone" is caught below.
    .replace(/\p{Cf}/gu, '')
    .replace(/<@[!&]?\d+>|<#\d+>/gu, ' ')
    .replace(/@(everyone|here)\b/giu, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (text.length === 0) throw new DocentError('BAD_QUERY', 'The question is empty: ask something about the release.');
  if (text.length > maxChars) {
    throw new DocentError('BAD_QUERY', `The question is ${text.length} characters long; please keep it under ${maxChars}.`);
  }
  return text;
}
