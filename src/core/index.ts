export type { Answer, Chunk, Citation, Document, Location, Passage, ScoredChunk, TermAlternative, TextSpan, Timings, WeightedTerm } from './types.js';
export { shorten } from './text.js';
export { headingsOf } from './headings.js';
export { DocentError, isDocentError, type DocentErrorCode } from './errors.js';
export { forEachWithPauses, pause } from './pause.js';
export { workerScript } from './worker-script.js';
export { placeOf } from './place.js';
export { sha256, sha256InSlices, tempBeside, writeFileAtomic } from './files.js';
