export { Engine, toHit, type OpenOptions, type SearchHit, type SearchResponse } from './engine.js';
export { refreshIndex, loadIndex, corpusFingerprint, embeddingInput, type IndexReport, type IndexProgress, type RefreshOptions } from './indexer.js';
export { createEmbedder } from './embedder-factory.js';
