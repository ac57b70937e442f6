export type { Chunk, Document, Location, ScoredChunk, Timings } from './types.js';
export { DocentError, isDocentError, type DocentErrorCode } from './errors.js';
