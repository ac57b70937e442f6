import { describe, expect, it } from 'vitest';
import { answerAboutDocument } from '../../src/answer/index.js';
import type { Chunk, Passage } from '../../src/core/index.js';

function passage(paragraph: number, sentences: string[]): Passage {
  const text = sentences.join(' ');
  let offset = 0;
  const spans = sentences.map((s) => {
    const span = { start: offset, end: offset + s.length };
    offset += s.length + 1;
    return span;
  });
  const chunk: Chunk = { id: `p${paragraph}`, documentId: 'notes.md', title: 'Notes', date: undefined, heading: undefined, location: { paragraph, start: 0, end: text.length }, text, sentences: spans };
  return { chunk, score: 1, similarity: 0.3, lexical: 0 };
}

describe('answerAboutDocument', () => {
  const opening = [
    passage(2, ['The committee met to plan the harvest.', 'Rain delayed the start.']),
    passage(3, ['On 3 March 2021 the first fields were cut.', 'Yields were high.']),
  ];

  it('says what the document is about with the first sentence of its first passages', () => {
    expect(answerAboutDocument(undefined, opening)?.text).toBe('The committee met to plan the harvest. [1] On 3 March 2021 the first fields were cut. [2]');
  });

  it('answers "when" with the first sentence that holds a date, citing its passage', () => {
    const answer = answerAboutDocument('time', opening);
    expect(answer?.text).toBe('On 3 March 2021 the first fields were cut. [1]');
    expect(answer?.citations.map((c) => c.passage.chunk.id)).toEqual(['p3']);
  });

  it('gives no answer when the opening lacks what is asked for', () => {
    expect(answerAboutDocument('time', opening.slice(0, 1))).toBeUndefined();
    expect(answerAboutDocument('person', opening)).toBeUndefined();
    expect(answerAboutDocument(undefined, [])).toBeUndefined();
  });
});
