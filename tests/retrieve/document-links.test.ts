import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/index.js';
import { normalize } from '../../src/embed/index.js';
import { DocumentLinks } from '../../src/retrieve/document-links.js';
import { PassageNeighbours } from '../../src/retrieve/passage-neighbours.js';
import { VectorIndex } from '../../src/store/index.js';

const DIMENSION = 24;

// A seeded generator, so the corpus is the same on every run.
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 - 0.5;
  };
}

/**
 * A corpus of documents whose passages lie near their topic's direction: `documents` maps a
 * document id to its topic (an axis) and its number of passages.
 */
async function corpusOf(documents: Record<string, [topic: number, passages: number, strength?: number]>): Promise<DocumentLinks> {
  const next = generator(11);
  const chunks: Chunk[] = [];
  const vectors: Float32Array[] = [];
  for (const [documentId, [topic, passages, strength = 1.5]] of Object.entries(documents)) {
    for (let i = 0; i < passages; i += 1) {
      chunks.push({ id: `${documentId}#${i}`, documentId, title: documentId, date: undefined, heading: undefined, location: { paragraph: i + 1, start: 0, end: 1 }, text: 'x', sentences: [{ start: 0, end: 1 }] });
      vectors.push(normalize(Array.from({ length: DIMENSION }, (_, axis) => (axis === topic ? strength : 0) + next())));
    }
  }
  return new DocumentLinks(chunks, new PassageNeighbours({ chunks, vectors, ann: await VectorIndex.build(vectors, DIMENSION) }));
}

describe('DocumentLinks', () => {
  it('finds the documents on a topic apart among many on others', async () => {
    // Two release notes (axis 0) among twenty manuals spread over five other topics.
    const manuals = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`manual-${i}`, [1 + (i % 5), 15] as [number, number]]));
    const links = await corpusOf({ 'notes-1': [0, 12], 'notes-2': [0, 12], ...manuals });
    expect([...(links.topicOf('notes-1') ?? [])].sort()).toEqual(['notes-1', 'notes-2']);
    expect(links.topicOf('notes-2')).toEqual(links.topicOf('notes-1'));
  });

  it('finds the neighbours elsewhere of a long document whose own passages crowd every search', async () => {
    // 60 tight passages: a passage's 30 nearest are all its own document's, so the others are
    // found by a filtered search.
    const manuals = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`manual-${i}`, [1 + (i % 5), 15] as [number, number]]));
    const links = await corpusOf({ 'notes-1': [0, 60, 6], 'notes-2': [0, 12], ...manuals });
    expect([...(links.topicOf('notes-1') ?? [])].sort()).toEqual(['notes-1', 'notes-2']);
  });

  it('does not join a short document to a long one that draws links from anywhere', async () => {
    // The release's passages find their neighbours in a long manual on the same axis, but no more
    // than that manual's size makes likely: no topic apart.
    const manuals = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`manual-${i}`, [1 + (i % 5), 15] as [number, number]]));
    const links = await corpusOf({ release: [0, 16], handbook: [0, 150, 0.6], ...manuals });
    expect(links.topicOf('release')).toBeUndefined();
  });

  it('sets no topic apart in a corpus on one topic, nor for a document alone on its own', async () => {
    const sameTopic = await corpusOf(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`faq-${i}`, [0, 5] as [number, number]])));
    expect(sameTopic.topicOf('faq-0')).toBeUndefined();
    const manuals = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`manual-${i}`, [1 + (i % 5), 15] as [number, number]]));
    const alone = await corpusOf({ release: [0, 16], ...manuals });
    expect(alone.topicOf('release')).toBeUndefined();
  });
});
