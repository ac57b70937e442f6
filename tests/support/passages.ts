import type { Chunk, Passage, WeightedTerm } from '../../src/core/index.js';

/** A passage of `doc.txt` made of `sentences` (joined by spaces), for answer tests. */
export function passageOf(sentences: readonly string[], options: { id?: string; paragraph?: number; score?: number } = {}): Passage {
  const { id = 'p', paragraph = 1, score = 1 } = options;
  const text = sentences.join(' ');
  let offset = 0;
  const spans = sentences.map((sentence) => {
    const span = { start: offset, end: offset + sentence.length };
    offset += sentence.length + 1;
    return span;
  });
  const chunk: Chunk = { id, documentId: 'doc.txt', title: 'Doc', date: undefined, heading: undefined, location: { paragraph, start: 0, end: text.length }, text, sentences: spans };
  return { chunk, score, similarity: score / 2, lexical: score };
}

/** Chunks of documents given as their passages' texts, one sentence each, for topic tests. */
export function chunksOfDocuments(documents: Record<string, readonly string[]>): Chunk[] {
  return Object.entries(documents).flatMap(([documentId, passages]) =>
    passages.map((text, i) => ({ id: `${documentId}#${i}`, documentId, title: documentId, date: undefined, heading: undefined, location: { paragraph: i + 1, start: 0, end: text.length }, text, sentences: [{ start: 0, end: text.length }] })),
  );
}

/** Question terms of weight 1 each, all in the corpus and no names, for tests of reading and composing. */
export function plainTerms(...words: string[]): WeightedTerm[] {
  return words.map((term) => ({ term, weight: 1, inCorpus: true, isName: false }));
}
