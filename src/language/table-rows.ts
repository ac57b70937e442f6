/** A row of a pipe table: a line that opens and closes with "|" ("| Treasurer | Priya Raman |"). */
export const TABLE_ROW = /^[ \t]*\|.*\|[ \t\r]*$/u;
/** The rule under a pipe table's header row ("|---|:---:|"). */
export const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?\r?$/u;

/** True when the text is one row of a pipe table (with the rule under it, for a header row). */
export const isTableRow = (text: string): boolean => text.split('\n').every((line) => TABLE_ROW.test(line));

/** True when the text is a pipe table's header row: a row with the rule under it. */
export const isTableHeader = (text: string): boolean => isTableRow(text) && text.split('\n').slice(1).some((line) => TABLE_RULE.test(line));

/**
 * For each sentence, the index of the header row of the pipe table it is a row of (isTableHeader:
 * the first row of its table), when the same sentences hold it; else undefined (the header itself too).
 */
export function tableHeaders(sentences: readonly string[]): (number | undefined)[] {
  let header: number | undefined;
  return sentences.map((text, i) => {
    if (!isTableRow(text)) return (header = undefined);
    if (i === 0 || !isTableRow(sentences[i - 1] as string)) {
      header = isTableHeader(text) ? i : undefined;
      return undefined;
    }
    return header;
  });
}

/** The cells of a row ("| a | b |" -> ["a", "b"]), trimmed. */
function cellsOf(row: string): string[] {
  // A pipe escaped in a cell ("a \\| b") is the cell's own.
  return (row.split('\n')[0] ?? '').trim().replace(/^\|/u, '').replace(/(?<!\\)\|$/u, '').split(/(?<!\\)\|/u).map((cell) => cell.trim().replace(/\\\|/gu, '|').replace(WHOLLY_EMPHASISED, '$2'));
}

/** A cell wholly in bold or italics ("**Total**"): its words are quoted without the marks. */
const WHOLLY_EMPHASISED = /^(\*\*|__|\*|_)(.+)\1$/u;

/**
 * A table row as an answer quotes it: each cell after its column's header ("Role: Treasurer ·
 * Name: Priya Raman"), as HTML tables are read (tableAsRows); without a header, the cells joined
 * by " · ". Empty cells are left out.
 */
export function labelledRow(row: string, header: string | undefined): string {
  const headers = header === undefined ? [] : cellsOf(header);
  return cellsOf(row)
    .map((cell, i) => [headers[i] ?? '', cell] as const)
    .filter(([, cell]) => cell !== '')
    .map(([name, cell]) => (name === '' ? cell : `${name}: ${cell}`))
    .join(' · ');
}
