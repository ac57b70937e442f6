export { cleanQuery, MAX_QUERY_CHARS } from './query.js';
export { retrieve, DEFAULT_FUSION, type FusionWeights, type RetrievalMode, type RetrieveOptions } from './hybrid.js';
export { measureEvidence, shouldAbstain, DEFAULT_ABSTENTION, type AbstentionPolicy, type Evidence } from './evidence.js';
export { TermStats } from './term-stats.js';
