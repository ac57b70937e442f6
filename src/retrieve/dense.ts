import type { ScoredChunk } from '../core/index.js';
import type { IndexContents } from '../store/index.js';

/** The k chunks whose vectors are closest to the query vector, with cosine similarity as score. */
export function denseSearch(contents: IndexContents, queryVector: Float32Array, k: number): ScoredChunk[] {
  return contents.ann.search(queryVector, k).map(({ label, similarity }) => ({
    chunk: contents.chunks[label] as ScoredChunk['chunk'],
    score: similarity,
  }));
}
