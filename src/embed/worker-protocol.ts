import type { DocentErrorCode } from '../core/index.js';
import type { EmbedderInfo } from './embedder.js';

/** What the pool asks a worker: embed passages (for the index) or one query. */
export interface EmbedRequest {
  readonly id: number;
  readonly kind: 'passages' | 'query';
  readonly texts: readonly string[];
}

/** What a worker answers: its model once loaded, a request's vectors, or why it failed. */
export type WorkerMessage =
  | { readonly type: 'ready'; readonly info: EmbedderInfo }
  | { readonly type: 'vectors'; readonly id: number; readonly vectors: Float32Array[] }
  | { readonly type: 'failed'; readonly id: number | undefined; readonly code: DocentErrorCode | undefined; readonly message: string };
