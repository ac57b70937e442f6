export { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, analyzeTerms, hasTerm, nameGroups, termCoverage, termMatches } from './terms.js';
export { expectedAnswerType, hasAnswerType, type AnswerType } from './answer-type.js';
export { readSentences, readingSpans, readingTerms, type ReadSentence } from './reading.js';
export { TermStats, type ChunkTerms } from './term-stats.js';
