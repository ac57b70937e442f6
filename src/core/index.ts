export type { Answer, Chunk, Citation, Document, Location, Passage, ScoredChunk, TextSpan, Timings, WeightedTerm } from './types.js';
export { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, analyzeTerms, hasTerm, nameGroups, termCoverage, termMatches } from './terms.js';
export { shorten } from './text.js';
export { DocentError, isDocentError, type DocentErrorCode } from './errors.js';
export { expectedAnswerType, hasAnswerType, type AnswerType } from './answer-type.js';
export { readSentences, readingSpans, readingTerms, type ReadSentence } from './reading.js';
export { forEachWithPauses, pause } from './pause.js';
