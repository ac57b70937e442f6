const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * `text` cut to at most `max` characters (UTF-16 units, as Discord counts), at a word boundary
 * when one is near, with an ellipsis when cut. Never splits a character: an emoji, a surrogate
 * pair or a letter with its accents stays whole or goes.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = '';
  for (const { segment } of graphemes.segment(text)) {
    if (cut.length + segment.length > max - 1) break;
    cut += segment;
  }
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
