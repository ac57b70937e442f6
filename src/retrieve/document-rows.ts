import type { Chunk } from '../core/index.js';

const rowsOfChunks = new WeakMap<readonly Chunk[], ReadonlyMap<string, readonly number[]>>();

/** The rows of each document's chunks, in index order (grouped once per chunk list and kept while it lives). */
export function rowsByDocument(chunks: readonly Chunk[]): ReadonlyMap<string, readonly number[]> {
  let known = rowsOfChunks.get(chunks);
  if (!known) {
    const byDocument = new Map<string, number[]>();
    chunks.forEach((chunk, row) => {
      const rows = byDocument.get(chunk.documentId);
      if (rows) rows.push(row);
      else byDocument.set(chunk.documentId, [row]);
    });
    known = byDocument;
    rowsOfChunks.set(chunks, known);
  }
  return known;
}
