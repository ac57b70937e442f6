import { describe, expect, it } from 'vitest';
import { answerAboutDocument, answerFromDateline, answerFromSectionHeading, asksWhenAnnounced } from '../../src/answer/index.js';
import { expectedAnswer } from '../../src/language/index.js';
import type { Passage } from '../../src/core/index.js';
import { passageOf } from '../support/passages.js';

const passage = (paragraph: number, sentences: string[]): Passage => passageOf(sentences, { id: `p${paragraph}`, paragraph });

describe('answerAboutDocument', () => {
  const opening = [
    passage(2, ['The committee met to plan the harvest.', 'Rain delayed the start.']),
    passage(3, ['On 3 March 2021 the first fields were cut.', 'Yields were high.']),
  ];

  it('says what the document is about with the first sentence of its first passages', () => {
    expect(answerAboutDocument(undefined, opening)?.text).toBe('The committee met to plan the harvest. [1] On 3 March 2021 the first fields were cut. [2]');
  });

  it('answers "when" with the first sentence that holds a date, citing its passage', () => {
    const answer = answerAboutDocument(expectedAnswer('when was it published?'), opening);
    expect(answer?.text).toBe('On 3 March 2021 the first fields were cut. [1]');
    expect(answer?.citations.map((c) => c.passage.chunk.id)).toEqual(['p3']);
  });

  it('gives no answer when the opening lacks what is asked for', () => {
    expect(answerAboutDocument(expectedAnswer('when was it published?'), opening.slice(0, 1))).toBeUndefined();
    expect(answerAboutDocument(expectedAnswer('who wrote it?'), opening)).toBeUndefined();
    // "What time…" asks for the clock: a date alone does not answer it.
    expect(answerAboutDocument(expectedAnswer('what time was it posted?'), opening)).toBeUndefined();
    const stamped = [...opening, passage(4, ['Posted at 16:30.'])];
    expect(answerAboutDocument(expectedAnswer('what time was it posted?'), stamped)?.text).toBe('Posted at 16:30. [1]');
    expect(answerAboutDocument(undefined, [])).toBeUndefined();
  });
});

describe('an overview', () => {
  it('leads each passage with a sentence, not a label such as "For immediate release"', () => {
    const release = [passage(1, ['For immediate release', 'PORTMERE, 14 March 2025 — The authority today announced new fares.']), passage(2, ['Reef: revised area', 'The living reef now covers 7.4 square kilometres.'])];
    expect(answerAboutDocument(undefined, release)?.text).toBe('PORTMERE, 14 March 2025 — The authority today announced new fares. [1] The living reef now covers 7.4 square kilometres. [2]');
  });
});

describe('when something was announced', () => {
  it('is asked of the past, not of what is to come or of a chore', () => {
    const asks = (question: string) => asksWhenAnnounced(question, expectedAnswer(question));
    expect(asks('when did they announce the new director')).toBe(true);
    expect(asks('when were the new fares published?')).toBe(true);
    expect(asks('when will the results of the consultation be published?')).toBe(false);
    expect(asks('when do we put out the recycling box?')).toBe(false);
    expect(asks('who announced the new director')).toBe(false);
  });

  it("is answered by the release's dateline, not by the first date of its opening", () => {
    const release = [passage(1, ['Fares will rise from 4 May 2025.', 'For immediate release']), passage(2, ['PORTMERE, 14 March 2025 — The authority today announced new fares.'])];
    expect(answerFromDateline(release)?.text).toBe('PORTMERE, 14 March 2025 — The authority today announced new fares. [1]');
    expect(answerFromDateline(release.slice(0, 1))).toBeUndefined();
  });
});

describe('answerFromSectionHeading', () => {
  const under = (id: string, headings: string[]): Passage => {
    const base = passageOf(['- Faster start-up.'], { id });
    return { ...base, chunk: { ...base.chunk, headings, heading: headings.at(-1) } };
  };

  it("quotes the dated heading of each version's section once, citing its passage", () => {
    const answer = answerFromSectionHeading([
      under('a', ['Changelog', '2.4.0 - 2025-09-09', 'Added']),
      under('b', ['Changelog', '2.4.0 - 2025-09-09', 'Fixed']),
      under('c', ['Changelog', '2.3.0 (4 February 2025)', 'Changed']),
    ]);
    expect(answer?.text).toBe('2.4.0 - 2025-09-09 [1] 2.3.0 (4 February 2025) [2]');
    expect(answer?.citations.map((c) => c.passage.chunk.id)).toEqual(['a', 'c']);
  });

  it('takes no year alone, nor a heading that names no version, for a release date', () => {
    expect(answerFromSectionHeading([under('a', ['Release history 2019-2025', '2.4.0', 'Added'])])).toBeUndefined();
    expect(answerFromSectionHeading([under('a', ['2.4.0 - Unicode 2024 support'])])).toBeUndefined();
  });
});
