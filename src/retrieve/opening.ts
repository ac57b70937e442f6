import type { Chunk, Passage } from '../core/index.js';
import type { IndexContents } from '../store/index.js';
import { dot } from './dot.js';

const OPENING_PASSAGES = 4;

/**
 * The first passages of the newest document (by date, then by id), for questions about the
 * document itself rather than its content. A line that only repeats the document's title is
 * skipped: the title already names every citation. `similarity` is the cosine similarity to the
 * question; `score` is 1, since nothing was ranked.
 */
export function openingPassages(contents: IndexContents, queryVector: Float32Array): Passage[] {
  const rows = contents.chunks.map((chunk, label) => ({ chunk, label }));
  const newer = (a: Chunk, b: Chunk): boolean => (a.date ?? '') > (b.date ?? '') || ((a.date ?? '') === (b.date ?? '') && a.documentId < b.documentId);
  const newest = rows.reduce<Chunk | undefined>((best, { chunk }) => (!best || newer(chunk, best) ? chunk : best), undefined);
  return rows
    .filter(({ chunk }) => chunk.documentId === newest?.documentId && chunk.text.trim() !== chunk.title.trim())
    .sort((a, b) => a.chunk.location.start - b.chunk.location.start)
    .slice(0, OPENING_PASSAGES)
    .map(({ chunk, label }) => ({ chunk, score: 1, similarity: dot(queryVector, contents.vectors[label] as Float32Array), lexical: 0 }));
}
