import { describe, expect, it } from 'vitest';
import type { WeightedTerm } from '../../src/core/index.js';
import { analyzeTerms, expectedAnswerType, hasAnswerType, hasTerm, nameGroups, nameSlots, termCoverage } from '../../src/language/index.js';

describe('analyzeTerms', () => {
  it('drops function words chat spells with a digit', () => {
    expect(analyzeTerms('how many reviews b4 merging')).toEqual(analyzeTerms('how many reviews merging'));
  });

  it('reads a short hyphenated compound also as the word chat writes in one', () => {
    expect(analyzeTerms('the e-book costs $42')).toContain(analyzeTerms('ebook')[0]);
    expect(analyzeTerms('co-op and sign-up')).toEqual(expect.arrayContaining(['coop', 'signup']));
    // Longer ones are phrases ("well-known"), not words.
    expect(analyzeTerms('a well-known guide')).not.toContain('wellknown');
  });

  it("reads an acronym's plural as the acronym", () => {
    expect(analyzeTerms('other OSes, two PRs, the GPUs')).toEqual(analyzeTerms('other OS, two PR, the GPU'));
    // Capitals throughout, or a word that is no acronym, keep their own reading.
    expect(analyzeTerms('ADDRESSES and Mrs')).toEqual(analyzeTerms('addresses and mrs'));
  });

  it('reads a unit glued to its number as a word of its own', () => {
    expect(analyzeTerms('a 400mb video, a 12hr print, 5GB')).toEqual(analyzeTerms('a 400 mb video, a 12 hr print, 5 GB'));
    // Not codes of letters and digits.
    expect(analyzeTerms('hw1 and 2fa')).toEqual(['hw1', '2fa']);
  });

  it('drops accents, as people type without them', () => {
    expect(analyzeTerms('Repair Café, Tomás, Zürich')).toEqual(analyzeTerms('repair cafe, tomas, zurich'));
  });

  it('drops stop words and question framing, and stems', () => {
    expect(analyzeTerms('In what year was the OSCE established?')).toEqual(['osc', 'establish']);
    expect(analyzeTerms("Kazakhstan's organisations")).toEqual(['kazakhstan', 'organis']);
    expect(analyzeTerms('who do i report it to if i cut myself')).toEqual(['report', 'cut']);
  });
});

describe('stemming', () => {
  it('reads a time of day as one term however it is written, and a version as a version', () => {
    expect(analyzeTerms('the woodshop shuts at 22:00')).toEqual(['woodshop', 'shut', '22:00']);
    expect(analyzeTerms('why does it shut at 10pm')).toContain('22:00');
    expect(analyzeTerms('open from 9 a.m. to 5.30 p.m.')).toEqual(['open', '9:00', '17:30']);
    expect(analyzeTerms('at 12am or 12pm')).toEqual(['0:00', '12:00']);
    expect(analyzeTerms('what changed in python 3.11')).toEqual(['chang', 'python', '3.11']);
    // "pm" after a price is per month.
    expect(analyzeTerms('tools cost £5 pm')).not.toContain('17:00');
  });

  it('keeps words apart that Porter stemming would join', () => {
    expect(analyzeTerms('news')).not.toEqual(analyzeTerms('new'));
    // "willing" stems to the modal "will", a stop word: the word itself is kept instead.
    expect(analyzeTerms('Is he willing? He will.')).toEqual(['willing']);
  });

  it('takes irregular verb forms to their verb, and drops them when that verb is a stop word', () => {
    expect(analyzeTerms('Who met the minister?')).toEqual(analyzeTerms('the meeting with the minister'));
    expect(analyzeTerms('The summit was held; he spoke.')).toEqual(analyzeTerms('summit hold speaking'));
    expect(analyzeTerms('They took it and said it.')).toEqual([]); // "take" and "said" are stop words
    // A word used mostly as a noun or a verb of its own keeps its meaning: "rent" is no "rend".
    expect(analyzeTerms('rent the ground floor for a bit')).toEqual(['rent', 'ground', 'floor', 'bit']);
  });
});

describe('nameGroups', () => {
  it('groups the words of one name', () => {
    expect(nameGroups('Did Thomas Greminger visit France?')).toEqual([['thoma', 'greming'], ['franc']]);
    expect(nameGroups('what did the Secretary General welcome?')).toEqual([['secretari', 'general']]);
    // In single quotes too, as in double ones.
    expect(nameGroups("What does the title 'Elbasy' mean?")).toEqual([['elbasi']]);
  });
});

describe('termCoverage', () => {
  it('is the share of the terms\' weight present', () => {
    const terms = [
      { term: 'welcom', weight: 3, inCorpus: true, isName: false },
      { term: 'effort', weight: 1, inCorpus: true, isName: false },
    ];
    expect(termCoverage(terms, new Set(['welcom', 'other']))).toBe(0.75);
    expect(termCoverage([], new Set(['welcom']))).toBe(0);
  });
});

describe('nameGroups, first words', () => {
  it('finds capitalised words inside a question, not its first word', () => {
    expect(nameGroups('What is the capital of France?')).toEqual([['franc']]);
    expect(nameGroups('Who is Thomas Greminger?')).toEqual([['thoma', 'greming']]);
    expect(nameGroups('when was it founded?')).toEqual([]);
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
  it('knows when a question asks for a time, a quantity or a person, and what text holds one', () => {
    expect(expectedAnswerType('When was it founded?')).toBe('time');
    expect(expectedAnswerType('In which year did it happen?')).toBe('time');
    expect(expectedAnswerType('How many states take part?')).toBe('quantity');
    expect(expectedAnswerType('Who is the minister?')).toBe('person');
    expect(expectedAnswerType('What does the release say about energy?')).toBeUndefined();
    expect(hasAnswerType('He met President Kassym-Jomart Tokayev.', 'person')).toBe(true);
    expect(hasAnswerType('Mr. Greminger noted the progress.', 'person')).toBe(true);
    expect(hasAnswerType('The election in Kazakhstan was discussed.', 'person')).toBe(false);
  });

  it('counts only numbers that are counts, and knows a duration', () => {
    expect(expectedAnswerType('How long did the meeting last?')).toBe('duration');
    expect(hasAnswerType('Today, 57 states take part.', 'quantity')).toBe(true);
    expect(hasAnswerType('It has three dimensions.', 'quantity')).toBe(true);
    for (const notACount of ['A member in 2017-2018.', 'Created at 7.05.2019, 16:30.', 'The only summit of the 21st century.', 'VIENNA, May 7 - talks.']) {
      expect(hasAnswerType(notACount, 'quantity')).toBe(false);
    }
    expect(hasAnswerType('It chaired the body in 2011-2012.', 'duration')).toBe(true);
    expect(hasAnswerType('It has met for three years.', 'duration')).toBe(true);
    expect(hasAnswerType('It met on May 7, 2019.', 'duration')).toBe(false);
    expect(hasAnswerType('It was established in 1975.', 'time')).toBe(true);
    expect(hasAnswerType('It happened in October.', 'time')).toBe(true);
    expect(hasAnswerType('Nothing dated here.', 'time')).toBe(false);
    expect(hasAnswerType('Today, 57 states take part.', 'quantity')).toBe(true);
  });
});

describe('nameSlots', () => {
  const name = (word: string): WeightedTerm => ({ term: word, weight: 1, inCorpus: true, isName: true, written: { word, followedBy: undefined } });
  const slots = (text: string, words: string[]): string[][] => nameSlots(text, words.map(name)).map((slot) => slot.map((written) => written.map((t) => t.term).join(' ')));

  it('puts names written as alternatives in one slot, and every other name in its own', () => {
    expect(slots('How does Perl compare with Java, Python, REXX, or Tcl?', ['perl', 'java', 'python', 'rexx', 'tcl'])).toEqual([['perl'], ['java', 'python', 'rexx', 'tcl']]);
    expect(slots('how precise is it on linux/windows', ['linux', 'windows'])).toEqual([['linux', 'windows']]);
    expect(slots('How can I write a GUI (X, Tk, Gtk, etc.) in Perl?', ['gui', 'x', 'tk', 'gtk', 'perl'])).toEqual([['gui'], ['x', 'tk', 'gtk'], ['perl']]);
    expect(slots('How can I pass a {Function, Array, Hash}?', ['function', 'array', 'hash'])).toEqual([['function', 'array', 'hash']]);
    // "and", or commas alone, list things asked about together.
    expect(slots('Did Greminger and Atamkulov meet?', ['greminger', 'atamkulov'])).toEqual([['greminger'], ['atamkulov']]);
    expect(slots('Did Zork, Jane and Raj meet?', ['zork', 'jane', 'raj'])).toEqual([['zork'], ['jane'], ['raj']]);
    expect(slots('Did Zork Quuxley, Jane Doe, say so?', ['zork', 'quuxley', 'jane', 'doe'])).toEqual([['zork quuxley'], ['jane doe']]);
    // Words written next to each other are one name; a spaced dash parts two.
    expect(slots('Who is the OSCE Secretary General?', ['osce', 'secretary', 'general'])).toEqual([['osce secretary general']]);
    expect(slots('Did Jane Doe or Raj Patel say so?', ['jane', 'doe', 'raj', 'patel'])).toEqual([['jane doe', 'raj patel']]);
    expect(slots('Vienna - Astana talks?', ['vienna', 'astana'])).toEqual([['vienna'], ['astana']]);
  });
});
