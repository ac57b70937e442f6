import { describe, expect, it } from 'vitest';
import { isTableHeader, isTableRow, labelledRow, tableHeaders } from '../../src/language/index.js';

describe('table rows', () => {
  it('knows a row, and a header row by the rule under it, with Windows line ends too', () => {
    expect(isTableRow('| Treasurer | Priya Raman |')).toBe(true);
    expect(isTableRow('| Treasurer | Priya Raman |\r')).toBe(true);
    expect(isTableHeader('| Role | Name |\r\n|---|:---:|\r')).toBe(true);
    expect(isTableHeader('| Role | Name |')).toBe(false);
    expect(isTableRow('A lone | pipe | in prose.')).toBe(false);
  });

  it('labels each cell with its header, keeping an escaped pipe and dropping emphasis and empty cells', () => {
    expect(labelledRow('| **Total** | a \\| b |  |', '| Region | Units | Note |\n|---|---|---|')).toBe('Region: Total · Units: a | b');
    expect(labelledRow('| Europe | 9,100 |', undefined)).toBe('Europe · 9,100');
  });

  it("finds each row's header row among the sentences, none across prose", () => {
    const sentences = ['Intro.', '| Role | Name |\n|---|---|', '| Treasurer | Priya |', '| Chair | Ann |', 'Prose.', '| Lunch | Soup |'];
    expect(tableHeaders(sentences)).toEqual([undefined, undefined, 1, 1, undefined, undefined]);
  });
});
