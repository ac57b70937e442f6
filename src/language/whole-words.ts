/** Where `span` stands in `text` as a whole word or phrase (not inside a longer one), case ignored: its start offsets. */
export function wholeWordIndices(text: string, span: string): number[] {
  if (span.length === 0) return [];
  const escaped = span.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'))].map((match) => match.index);
}
