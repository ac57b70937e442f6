import type { EmbeddingModelSpec } from '../config/index.js';
import type { Embedder } from './embedder.js';
import { TransformersEmbedder } from './transformers.js';
import { UseLiteEmbedder } from './use-lite.js';

/** Loads the embedder that EMBEDDING_MODEL names, in this thread. */
export function loadEmbedder(spec: EmbeddingModelSpec): Promise<Embedder> {
  switch (spec.kind) {
    case 'use-lite':
      return UseLiteEmbedder.load();
    case 'local':
      return TransformersEmbedder.load({ kind: 'local', folder: spec.folder });
    case 'hub':
      return TransformersEmbedder.load({ kind: 'hub', repo: spec.repo });
  }
}
