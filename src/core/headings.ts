import type { Chunk } from './types.js';

/** Every heading a chunk lies under, outermost first: its headings, or its one heading, or none. */
export function headingsOf(chunk: Pick<Chunk, 'heading' | 'headings'>): readonly string[] {
  return chunk.headings ?? (chunk.heading === undefined ? [] : [chunk.heading]);
}
