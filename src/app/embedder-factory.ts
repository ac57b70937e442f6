import type { EmbeddingModelSpec } from '../config/index.js';
import { TransformersEmbedder, UseLiteEmbedder, type Embedder } from '../embed/index.js';

/** Loads the embedder that EMBEDDING_MODEL names. */
export function createEmbedder(spec: EmbeddingModelSpec): Promise<Embedder> {
  switch (spec.kind) {
    case 'use-lite':
      return UseLiteEmbedder.load();
    case 'local':
      return TransformersEmbedder.load({ kind: 'local', folder: spec.folder });
    case 'hub':
      return TransformersEmbedder.load({ kind: 'hub', repo: spec.repo });
  }
}
