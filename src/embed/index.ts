export { embedderKey, normalize, type Embedder, type EmbedderInfo, type ProgressCallback } from './embedder.js';
export { embedInBatches } from './batching.js';
export { UseLiteEmbedder } from './use-lite.js';
export { TRANSFORMERS_INSTALL, TransformersEmbedder, prefixesFor, type Prefixes, type TransformersModelSource } from './transformers.js';
export { loadEmbedder } from './load.js';
export { EmbedderPool } from './worker-pool.js';
