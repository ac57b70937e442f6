export { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, FRAMING_WORDS, analyzeTerms, analyzeWords, countsInCoverage, hasTerm, nameGroups, termCoverage, termMatch, termMatches, type AnalyzedWord } from './terms.js';
export { WordNet } from './wordnet.js';
export { expectedAnswer, expectedAnswerType, hasAnswerType, holdsAnswer, type AnswerType, type ExpectedAnswer } from './answer-type.js';
export { entities, entityTypes, type Entity, type EntityType } from './entities.js';
export { announcesNext, readSentences, readingSpans, readingTerms, typedAnswers, type ReadSentence } from './reading.js';
export { TermStats, checkLexicon, type ChunkTerms } from './term-stats.js';
export { asksForTitle, isBroadQuestion, overviewWords, pointsAtDocument, type AnalyzedQuestion } from './question.js';
export { findAlternatives, isLikelyPredicate, likeliestTag, type CorpusVocabulary } from './alternatives.js';
export { findDate, opensWithDate } from './dates.js';
