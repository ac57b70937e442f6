export { cleanQuery, MAX_QUERY_CHARS } from './query.js';
export { retrieve, DEFAULT_FUSION, QUOTE_ANSWER_TYPE_BONUS, type FusionWeights, type Query, type RetrievalMode, type RetrieveOptions, type SearchIndex } from './hybrid.js';
export { measureEvidence, shouldAbstain, versionsUnsaid, DEFAULT_ABSTENTION, type AbstentionPolicy, type Evidence } from './evidence.js';
export { announcingOpening, hasDatedDocuments, openingPassages, releaseDate, titlePassage } from './opening.js';
export { LiveIndex, type ChunkInContext } from './live-index.js';
export { askedNames, questionScope, retrieveOnTopic, saysNames, type QuestionScope, type TopicRetrieval } from './on-topic.js';
export { newestStatementFirst, passageEntryDate } from './newest-first.js';
