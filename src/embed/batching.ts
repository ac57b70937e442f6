import { pause } from '../core/index.js';
import type { ProgressCallback } from './embedder.js';

/**
 * Runs `embedBatch` over `texts` in batches of similar length and returns vectors in input order.
 * Padding makes a batch as slow as its longest text, so texts are sorted by length first. The
 * loop pauses after each batch: the model's promises resolve as microtasks, so without a pause a
 * re-index would starve timers and sockets, and questions asked meanwhile would wait for all of it.
 */
export async function embedInBatches(
  texts: readonly string[],
  batchSize: number,
  embedBatch: (batch: string[]) => Promise<Float32Array[]>,
  onProgress?: ProgressCallback,
): Promise<Float32Array[]> {
  const order = texts.map((_, index) => index).sort((a, b) => (texts[a] as string).length - (texts[b] as string).length);
  const vectors = new Array<Float32Array>(texts.length);
  for (let from = 0; from < order.length; from += batchSize) {
    const indexes = order.slice(from, from + batchSize);
    const batch = await embedBatch(indexes.map((index) => texts[index] as string));
    indexes.forEach((index, position) => {
      vectors[index] = batch[position] as Float32Array;
    });
    onProgress?.(Math.min(from + batchSize, texts.length), texts.length);
    await pause();
  }
  return vectors;
}
