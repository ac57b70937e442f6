import { describe, expect, it } from 'vitest';
import { saysOtherYear, yearsAsked } from '../../src/language/index.js';

describe('yearsAsked', () => {
  it('reads the years a fact is asked of, spans included, not those counted from', () => {
    expect(yearsAsked('how many pupils visited in 2025')).toEqual([2025]);
    expect(yearsAsked('visitors 2025?')).toEqual([2025]);
    expect(yearsAsked('how many members between 2022 and 2024')).toEqual([2022, 2023, 2024]);
    expect(yearsAsked('how many pupils have come since 2020')).toEqual([]);
    expect(yearsAsked('is the hall £2000 a day')).toEqual([]);
  });
});

describe('saysOtherYear', () => {
  const other = (question: string, sentence: string) => saysOtherYear(sentence, yearsAsked(question));

  it('is true of a figure stated for another year only', () => {
    expect(other('how many pupils came in 2025', 'The team hosted 18,240 pupils during 2024, compared with 15,900 in 2023.')).toBe(true);
    expect(other('how many pupils came in 2023', 'The team hosted 18,240 pupils during 2024, compared with 15,900 in 2023.')).toBe(false);
    // A sentence that names no year is read in its document's time.
    expect(other('how many staff in 2025', 'The institute employs around 260 staff.')).toBe(false);
  });

  it('reads spans and "since" as covering their years, and amounts as no years', () => {
    expect(other('who was the treasurer in 2024?', 'Sam has been treasurer since 2019.')).toBe(false);
    expect(other('who hosted in 2019?', 'Ana hosted from 2017 to 2021.')).toBe(false);
    expect(other('who hosts in 2025?', 'Ana hosts for the 2024-25 school year.')).toBe(false);
    expect(other('how much is the hall for a day in 2026?', 'The hall hire fee is £2000 for a full day.')).toBe(false);
    expect(other('how many members in 2026?', 'The club has 2000 members.')).toBe(false);
  });
});
