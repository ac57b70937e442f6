import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../src/ingest/index.js';
import { isTableHeader, isTableRow, labelledRow, readSentences, readingTerms, tableParts } from '../../src/language/index.js';
import type { Document, Passage } from '../../src/core/index.js';
import { plainTerms } from '../support/passages.js';

/** The one chunk of a short Markdown document, as a passage: real line breaks, real sentences. */
function passageOfMarkdown(text: string): Passage {
  const document: Document = { id: 'club.md', title: 'Club', date: undefined, text, contentHash: 'h' };
  const [chunk] = chunkDocument(document);
  if (!chunk) throw new Error('no chunk');
  return { chunk, score: 1, similarity: 0.5, lexical: 1 };
}
const terms = plainTerms;

describe('table rows', () => {
  it('knows a row, and a header row by the rule under it (one dash is a rule), with Windows line ends too', () => {
    expect(isTableRow('| Treasurer | Priya Raman |')).toBe(true);
    expect(isTableRow('| Treasurer | Priya Raman |\r')).toBe(true);
    expect(isTableHeader('| Role | Name |\r\n|---|:---:|\r')).toBe(true);
    expect(isTableHeader('|Role|Name|\n|-|-|')).toBe(true);
    expect(isTableHeader('| Role | Name |')).toBe(false);
    expect(isTableRow('A lone | pipe | in prose.')).toBe(false);
  });

  it('labels each cell with its header, keeping an escaped pipe and dropping emphasis and empty cells', () => {
    expect(labelledRow('| **Total** | a \\| b |  |', '| Region | Units | Note |\n|---|---|---|')).toBe('Region: Total · Units: a | b');
    expect(labelledRow('| Europe | 9,100 |', undefined)).toBe('Europe · 9,100');
  });

  it("gives each row its table's header row and lead, none across prose", () => {
    const sentences = ['The officers:', '| Role | Name |\n|---|---|', '| Treasurer | Priya |', '| Chair | Ann |', 'Prose.', '| Lunch | Soup |', '| Tea | Cake |'];
    expect(tableParts(sentences, (text) => text.endsWith(':'))).toEqual([
      { kind: 'prose' }, { kind: 'header' }, { kind: 'row', header: 1, lead: 0 }, { kind: 'row', header: 1, lead: 0 },
      { kind: 'prose' }, { kind: 'row', header: undefined, lead: undefined }, { kind: 'row', header: undefined, lead: undefined },
    ]);
  });

  it('reads and quotes each row on its own, under its header and lead, in a real chunk', () => {
    const passage = passageOfMarkdown(
      'Each session is split into two groups:\n\n|Group|Led by|Maximum size|\n|-|-|-|\n|Pawns|Colm Rafferty (ask him first|10|\n|Knights|Yusuf Karim|8|\nThey meet on Saturdays.',
    );
    const read = readSentences([passage], terms('knight', 'led'), undefined, (p) => readingTerms(p.chunk));
    const texts = read.map((s) => s.text);
    expect(texts).toContain('Group: Knights · Led by: Yusuf Karim · Maximum size: 8');
    expect(texts).toContain('Group: Pawns · Led by: Colm Rafferty (ask him first · Maximum size: 10');
    // The header row answers nothing; the lead line is read alone; the sentence after the table leans on no row.
    expect(read.find((s) => s.text.startsWith('|Group|'))?.coverage).toBe(0);
    expect(texts).toContain('Each session is split into two groups:');
    expect(texts).toContain('They meet on Saturdays.');
    const knights = read.find((s) => s.text.includes('Knights'));
    expect(knights?.terms.has('session')).toBe(true); // from the lead
    expect(knights?.terms.has('pawn')).toBe(false); // not the row before
  });

  it('reads the rows of a table split over chunks under its header row, carried to each later chunk', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Locker ${i + 1} | Member ${1000 + i} | Floor ${(i % 3) + 1} |`);
    const document: Document = { id: 'lockers.md', title: 'Lockers', date: undefined, text: `# Lockers\n\n| Locker | Member number | Floor |\n|---|---|---|\n${rows.join('\n')}\n`, contentHash: 'h' };
    const chunks = chunkDocument(document);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks[0]?.tableHeader).toBeUndefined();
    for (const chunk of chunks.slice(1)) expect(chunk.tableHeader).toBe('| Locker | Member number | Floor |\n|---|---|---|');
    const last = chunks.at(-1) as (typeof chunks)[number];
    const read = readSentences([{ chunk: last, score: 1, similarity: 0.5, lexical: 1 }], terms('floor'), undefined, (p) => readingTerms(p.chunk));
    expect(read.at(-1)?.text).toBe('Locker: Locker 40 · Member number: Member 1039 · Floor: Floor 1');
    expect(read.at(-1)?.terms.has('number')).toBe(true);
  });
});
