import sbd from 'sbd';

/** A sentence as character offsets [start, end) into the text it was found in. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const isSpace = (char: string): boolean => /\s/u.test(char);

/**
 * Splits `text` into sentences, returned as offsets into `text`.
 * sbd knows abbreviations ("Mr.", "U.S.", "e.g."), which Intl.Segmenter does not; it may alter
 * white space in what it returns, so its sentences are mapped back onto `text` by walking both
 * strings' non-space characters.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const sentence of sbd.sentences(text, { newline_boundaries: false, preserve_whitespace: true })) {
    const wanted = sentence.replace(/\s+/gu, '');
    if (wanted.length === 0) continue;
    let position = cursor;
    let matched = 0;
    let start = -1;
    while (position < text.length && matched < wanted.length) {
      const char = text[position] as string;
      if (isSpace(char)) {
        position += 1;
        continue;
      }
      if (char !== wanted[matched]) break;
      if (start < 0) start = position;
      matched += 1;
      position += 1;
    }
    if (matched < wanted.length || start < 0) break; // sbd rewrote a character: keep the rest whole
    spans.push({ start, end: position });
    cursor = position;
  }
  const restStart = skipSpace(text, cursor);
  const restEnd = trimEnd(text, text.length);
  if (restStart < restEnd) spans.push({ start: restStart, end: restEnd });
  return spans;
}

/** The first non-space offset at or after `from`. */
export function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && isSpace(text[position] as string)) position += 1;
  return position;
}

/** The offset just after the last non-space character before `to`. */
export function trimEnd(text: string, to: number): number {
  let position = to;
  while (position > 0 && isSpace(text[position - 1] as string)) position -= 1;
  return position;
}
