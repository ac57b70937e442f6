import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/index.js';
import { embedInBatches } from './batching.js';
import type { Embedder, EmbedderInfo, ProgressCallback } from './embedder.js';

const BATCH_SIZE = 16;

/** Where a transformers.js model comes from. */
export type TransformersModelSource =
  | { readonly kind: 'local'; readonly folder: string }
  | { readonly kind: 'hub'; readonly repo: string };

/** The prefixes a retrieval model was trained with, by model name. */
export interface Prefixes {
  readonly query: string;
  readonly passage: string;
}

// Models trained with instructions need them at query time, or retrieval quality drops.
const KNOWN_PREFIXES: ReadonlyArray<readonly [RegExp, Prefixes]> = [
  [/\be5\b|[-_/]e5[-_]/i, { query: 'query: ', passage: 'passage: ' }],
  [/bge-.*-en/i, { query: 'Represent this sentence for searching relevant passages: ', passage: '' }],
  [/nomic-embed/i, { query: 'search_query: ', passage: 'search_document: ' }],
];

/** The query/passage prefixes a model needs (none for models that need none). */
export function prefixesFor(modelName: string): Prefixes {
  return KNOWN_PREFIXES.find(([pattern]) => pattern.test(modelName))?.[1] ?? { query: '', passage: '' };
}

interface FeatureTensor {
  readonly data: ArrayLike<number>;
  readonly dims: readonly number[];
}
type FeatureExtractor = ((texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<FeatureTensor>) & {
  dispose(): Promise<unknown>;
};

/** The little of @huggingface/transformers this backend uses. */
interface TransformersModule {
  pipeline(task: 'feature-extraction', model: string, options: { dtype: 'q8' }): Promise<unknown>;
  readonly env: { allowLocalModels: boolean; allowRemoteModels: boolean; localModelPath: string };
}

// Not installed by default (it brings 430 MB of onnxruntime): a specifier in a variable keeps
// TypeScript from requiring it, and a missing package is a clear error, not a stack trace.
const TRANSFORMERS = '@huggingface/transformers';

/** The install command README and the error give for the optional backend. */
export const TRANSFORMERS_INSTALL = 'ONNXRUNTIME_NODE_INSTALL=skip npm install --no-save @huggingface/transformers@^4.3.2';

async function importTransformers(): Promise<TransformersModule> {
  try {
    return (await import(TRANSFORMERS)) as TransformersModule;
  } catch (error) {
    // Node says ERR_MODULE_NOT_FOUND; bundlers (vitest) only name the package in the message.
    const missing = (error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND' || String((error as Error).message).includes(TRANSFORMERS);
    if (!missing) throw error;
    throw new DocentError(
      'EMBEDDER_UNAVAILABLE',
      `EMBEDDING_MODEL names a transformers.js model, and that backend is not installed (the default install leaves it out): run \`${TRANSFORMERS_INSTALL}\` in Docent's folder, or set EMBEDDING_MODEL=use-lite.`,
      { cause: error },
    );
  }
}

/**
 * Any feature-extraction model run by transformers.js (ONNX, quantized to q8), mean-pooled and
 * normalized: from a local folder, or from the Hugging Face hub where the machine is online.
 */
export class TransformersEmbedder implements Embedder {
  private constructor(
    readonly info: EmbedderInfo,
    private readonly extractor: FeatureExtractor,
    private readonly prefixes: Prefixes,
  ) {}

  /** Loads the model and measures its dimension with one probe embedding. */
  static async load(source: TransformersModelSource): Promise<TransformersEmbedder> {
    const { pipeline, env } = await importTransformers();
    let modelId: string;
    if (source.kind === 'local') {
      const folder = path.resolve(source.folder);
      await stat(path.join(folder, 'config.json')).catch((error: unknown) => {
        throw new DocentError('EMBEDDER_UNAVAILABLE', `No model at ${folder} (config.json missing): set EMBEDDING_MODEL to a folder holding a transformers.js model.`, { cause: error });
      });
      env.allowLocalModels = true;
      env.allowRemoteModels = false;
      env.localModelPath = path.dirname(folder);
      modelId = path.basename(folder);
    } else {
      env.allowRemoteModels = true;
      modelId = source.repo;
    }
    let extractor: FeatureExtractor;
    try {
      extractor = (await pipeline('feature-extraction', modelId, { dtype: 'q8' })) as unknown as FeatureExtractor;
    } catch (error) {
      const where = source.kind === 'local' ? source.folder : `the Hugging Face hub (${source.repo}); this machine may be offline`;
      throw new DocentError('EMBEDDER_UNAVAILABLE', `Cannot load the embedding model from ${where}: ${(error as Error).message}`, { cause: error });
    }
    const name = source.kind === 'local' ? modelId : source.repo;
    const prefixes = prefixesFor(name);
    const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
    const dimension = probe.dims.at(-1) ?? 0;
    return new TransformersEmbedder({ backend: 'transformers', model: name, dimension }, extractor, prefixes);
  }

  embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]> {
    const prefixed = texts.map((text) => this.prefixes.passage + text);
    return embedInBatches(prefixed, BATCH_SIZE, (batch) => this.embedBatch(batch), onProgress);
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [vector] = await this.embedBatch([this.prefixes.query + text]);
    return vector as Float32Array;
  }

  async dispose(): Promise<void> {
    await this.extractor.dispose();
  }

  private async embedBatch(batch: string[]): Promise<Float32Array[]> {
    const output = await this.extractor(batch, { pooling: 'mean', normalize: true });
    const dimension = this.info.dimension;
    const data = Float32Array.from(output.data);
    return batch.map((_, row) => data.slice(row * dimension, (row + 1) * dimension));
  }
}
