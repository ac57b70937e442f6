import { performance } from 'node:perf_hooks';
import type { EngineConfig } from '../config/index.js';
import type { Location, ScoredChunk } from '../core/index.js';
import type { Embedder } from '../embed/index.js';
import { cleanQuery, denseSearch } from '../retrieve/index.js';
import type { IndexContents } from '../store/index.js';
import { createEmbedder } from './embedder-factory.js';
import { refreshIndex, type IndexProgress, type IndexReport } from './indexer.js';

/** One search hit, as the CLI's JSON and the bot show it. */
export interface SearchHit {
  readonly chunkId: string;
  readonly document: string;
  readonly title: string;
  readonly location: Location;
  readonly text: string;
  readonly score: number;
}

/** The answer to one search query. */
export interface SearchResponse {
  readonly query: string;
  readonly results: SearchHit[];
  readonly timingsMs: { embed: number; search: number; total: number };
}

/** Options for opening the engine. */
export interface OpenOptions {
  readonly onProgress?: IndexProgress;
  /** Called with the report when opening had to build or refresh the index. */
  readonly onIndexed?: (report: IndexReport) => void;
}

/** The composition root: one embedder and the live index, shared by the CLI and the bot. */
export class Engine implements AsyncDisposable {
  private constructor(
    readonly config: EngineConfig,
    private readonly embedder: Embedder,
    private contents: IndexContents,
  ) {}

  /** Loads the model and the index, building or refreshing the index first when it is missing or stale. */
  static async open(config: EngineConfig, options: OpenOptions = {}): Promise<Engine> {
    const embedder = await createEmbedder(config.embeddingModel);
    try {
      const { report, contents } = await refreshIndex({
        corpusDir: config.corpusDir,
        indexDir: config.indexDir,
        embedder,
        ...(options.onProgress && { onProgress: options.onProgress }),
      });
      if (!report.upToDate) options.onIndexed?.(report);
      return new Engine(config, embedder, contents as IndexContents);
    } catch (error) {
      await embedder.dispose();
      throw error;
    }
  }

  /** The live index. */
  get index(): IndexContents {
    return this.contents;
  }

  /** The passages nearest to `query`. */
  async search(rawQuery: string, k = 5): Promise<SearchResponse> {
    const query = cleanQuery(rawQuery);
    const t0 = performance.now();
    const vector = await this.embedder.embedQuery(query);
    const t1 = performance.now();
    const scored = denseSearch(this.contents, vector, k);
    const t2 = performance.now();
    return {
      query,
      results: scored.map(toHit),
      timingsMs: { embed: round(t1 - t0), search: round(t2 - t1), total: round(t2 - t0) },
    };
  }

  /** Frees the model. */
  async dispose(): Promise<void> {
    await this.embedder.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}

/** A scored chunk as a search hit. */
export function toHit({ chunk, score }: ScoredChunk): SearchHit {
  return {
    chunkId: chunk.id,
    document: chunk.documentId,
    title: chunk.title,
    location: chunk.location,
    text: chunk.text,
    score: Math.round(score * 10_000) / 10_000,
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
