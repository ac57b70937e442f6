export { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, FRAMING_WORDS, analyzeTerms, analyzeWords, countsInCoverage, hasTerm, nameGroups, termCoverage, termMatch, termMatches, type AnalyzedWord } from './terms.js';
export { WordNet } from './wordnet.js';
export { expectedAnswerType, hasAnswerType, type AnswerType } from './answer-type.js';
export { entityTypes, type EntityType } from './entities.js';
export { readSentences, readingSpans, readingTerms, type ReadSentence } from './reading.js';
export { TermStats, checkLexicon, type ChunkTerms } from './term-stats.js';
export { isBroadQuestion, type AnalyzedQuestion } from './question.js';
export { findAlternatives, isLikelyPredicate, type CorpusVocabulary } from './alternatives.js';
export { findDate, opensWithDate } from './dates.js';
