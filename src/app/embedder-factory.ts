import type { EmbeddingModelSpec } from '../config/index.js';
import { EmbedderPool, loadEmbedder, type Embedder } from '../embed/index.js';

/** Loads the embedder that EMBEDDING_MODEL names: on `threads` worker threads, or in this thread when 0. */
export function createEmbedder(spec: EmbeddingModelSpec, threads = 0): Promise<Embedder> {
  return threads > 0 ? EmbedderPool.start(spec, threads) : loadEmbedder(spec);
}
