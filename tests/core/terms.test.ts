import { describe, expect, it } from 'vitest';
import { analyzeTerms, expectedAnswerType, hasAnswerType, hasTerm, nameTerms } from '../../src/core/index.js';

describe('analyzeTerms', () => {
  it('drops stop words and question framing, and stems', () => {
    expect(analyzeTerms('In what year was the OSCE established?')).toEqual(['osc', 'establish']);
    expect(analyzeTerms("Kazakhstan's organisations")).toEqual(['kazakhstan', 'organis']);
  });
});

describe('nameTerms', () => {
  it('finds capitalised words inside a question, not its first word', () => {
    expect([...nameTerms('What is the capital of France?')]).toEqual(['franc']);
    expect([...nameTerms('Who is Thomas Greminger?')]).toEqual(['thoma', 'greming']);
    expect([...nameTerms('when was it founded?')]).toEqual([]);
  });
});

describe('hasTerm', () => {
  it('matches a term, or a longer word it begins when the term is long enough', () => {
    const corpus = new Set(['kazakhstan', 'unit']);
    expect(hasTerm(corpus, 'kazakh')).toBe(true);
    expect(hasTerm(corpus, 'un')).toBe(false);
    expect(hasTerm(corpus, 'unit')).toBe(true);
  });
});

describe('answer types', () => {
  it('knows when a question asks for a time or a quantity, and what text holds one', () => {
    expect(expectedAnswerType('When was it founded?')).toBe('time');
    expect(expectedAnswerType('In which year did it happen?')).toBe('time');
    expect(expectedAnswerType('How many states take part?')).toBe('quantity');
    expect(expectedAnswerType('Who is the minister?')).toBeUndefined();
    expect(hasAnswerType('It was established in 1975.', 'time')).toBe(true);
    expect(hasAnswerType('It happened in October.', 'time')).toBe(true);
    expect(hasAnswerType('Nothing dated here.', 'time')).toBe(false);
    expect(hasAnswerType('Today, 57 states take part.', 'quantity')).toBe(true);
  });
});
