/** Which embedder built an index; queries must use the same one. */
export interface EmbedderInfo {
  /** Backend id, e.g. "use-lite" or "transformers". */
  readonly backend: string;
  /** Model name within the backend. */
  readonly model: string;
  readonly dimension: number;
}

/** Called as a long embedding run advances. */
export type ProgressCallback = (done: number, total: number) => void;

/** Turns text into unit-length vectors, locally. */
export interface Embedder {
  readonly info: EmbedderInfo;
  /** Embeds passages for the index, in the order given. */
  embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]>;
  /** Embeds one search query (some models want a query prefix passages do not get). */
  embedQuery(text: string): Promise<Float32Array>;
  /** Frees the model. */
  dispose(): Promise<void>;
}

/** A stable string naming an embedder, as recorded in the manifest. */
export function embedderKey(info: EmbedderInfo): string {
  return `${info.backend}:${info.model}:${info.dimension}`;
}

/** Scales a vector to unit length (cosine similarity then equals the dot product). */
export function normalize(vector: ArrayLike<number>): Float32Array {
  const out = Float32Array.from(vector);
  let sum = 0;
  for (const value of out) sum += value * value;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < out.length; i += 1) out[i] = (out[i] as number) / norm;
  return out;
}
