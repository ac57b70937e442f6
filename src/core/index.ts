export type { Answer, Chunk, Citation, Document, Location, Passage, ScoredChunk, TextSpan, Timings, WeightedTerm } from './types.js';
export { analyzeTerms, distinctTerms, hasTerm, nameTerms, termMatches } from './terms.js';
export { DocentError, isDocentError, type DocentErrorCode } from './errors.js';
export { expectedAnswerType, hasAnswerType, type AnswerType } from './answer-type.js';
