export { Engine, type EngineStatus, type OpenOptions, type ReindexOptions } from './engine.js';
export { answerQuestion, type AskContext, type AskDetails, type AskOptions } from './ask.js';
export { toHit, toCitationViews, type AskResponse, type CitationView, type SearchHit, type SearchResponse } from './responses.js';
export { refreshIndex, loadIndex, corpusFingerprint, embeddingInput, type IndexReport, type IndexProgress, type RefreshOptions } from './indexer.js';
export { createEmbedder } from './embedder-factory.js';
export { evaluate, type EvalReport, type EvalFailure } from './evaluate.js';
export { evalIndexDir, isAnswerable, loadEvalSet, missedTargets, readEvalSet, TARGET_METRICS, type EvalQuestion, type EvalSet, type TargetMetric } from './eval-set.js';
export { median, percentile } from './stats.js';
