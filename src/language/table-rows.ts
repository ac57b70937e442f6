/** A row of a pipe table: a line that opens and closes with "|" ("| Treasurer | Priya Raman |"). */
export const TABLE_ROW = /^[ \t]*\|.*\|[ \t\r]*$/u;
/** The rule under a pipe table's header row ("|---|:-:|"). */
export const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?\r?$/u;

/** True when the text is one row of a pipe table (with the rule under it, for a header row). */
export const isTableRow = (text: string): boolean => text.split('\n').every((line) => TABLE_ROW.test(line));

/** True when the text is a pipe table's header row: a row with the rule under it. */
export const isTableHeader = (text: string): boolean => isTableRow(text) && text.split('\n').slice(1).some((line) => TABLE_RULE.test(line));

/** How a sentence of a chunk stands to a pipe table. */
export type TablePart =
  | { readonly kind: 'prose' }
  | { readonly kind: 'header' }
  /** `header`: its table's header row; `lead`: the sentence that leads into the table; indices into the sentences, when they hold them. */
  | { readonly kind: 'row'; readonly header: number | undefined; readonly lead: number | undefined };

/**
 * Each sentence's part in a pipe table: a header row, a row (with its table's header row and the
 * sentence that leads into the table, "Each session is split into two groups:", when `leadsInto`
 * says the sentence before the table is one), or prose.
 */
export function tableParts(sentences: readonly string[], leadsInto: (text: string) => boolean): TablePart[] {
  let table: { header: number | undefined; lead: number | undefined } | undefined;
  return sentences.map((text, i): TablePart => {
    if (!isTableRow(text)) {
      table = undefined;
      return { kind: 'prose' };
    }
    if (table === undefined) {
      const before = sentences[i - 1];
      const lead = before !== undefined && !isTableRow(before) && leadsInto(before) ? i - 1 : undefined;
      table = { header: isTableHeader(text) ? i : undefined, lead };
      if (table.header === i) return { kind: 'header' };
    }
    return { kind: 'row', header: table.header, lead: table.lead };
  });
}

/** A cell wholly in bold or italics ("**Total**"): its words are quoted without the marks. */
const WHOLLY_EMPHASISED = /^(\*\*|__|\*|_)(.+)\1$/u;
/** A pipe that separates cells: not one escaped in a cell ("a \| b"). */
const CELL_BORDER = /(?<!\\)\|/u;

/** The cells of a row's first line ("| a | b |" -> ["a", "b"]), trimmed, escaped pipes and whole-cell emphasis undone. */
function cellsOf(row: string): string[] {
  const line = (row.split('\n')[0] ?? '').trim();
  const inner = line.slice(line.startsWith('|') ? 1 : 0, line.endsWith('|') && !line.endsWith('\\|') ? -1 : undefined);
  return inner.split(CELL_BORDER).map((cell) => cell.trim().replaceAll('\\|', '|').replace(WHOLLY_EMPHASISED, '$2'));
}

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
