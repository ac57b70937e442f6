import { performance } from 'node:perf_hooks';
import { composeAnswer } from '../answer/index.js';
import type { EngineConfig } from '../config/index.js';
import type { Passage } from '../core/index.js';
import type { Embedder } from '../embed/index.js';
import {
  TermStats, cleanQuery, denseSearch, measureEvidence, retrieve, shouldAbstain,
  type AbstentionPolicy, type Evidence, type FusionWeights, type RetrievalMode,
} from '../retrieve/index.js';
import type { IndexContents } from '../store/index.js';
import { createEmbedder } from './embedder-factory.js';
import { refreshIndex, type IndexProgress, type IndexReport } from './indexer.js';
import { toCitationViews, toHit, type AskResponse, type SearchResponse } from './responses.js';

/** Options for opening the engine. */
export interface OpenOptions {
  readonly onProgress?: IndexProgress;
  /** Called with the report when opening had to build or refresh the index. */
  readonly onIndexed?: (report: IndexReport) => void;
}

/** Options for one question; the defaults are what ships. */
export interface AskOptions {
  /** Passages retrieved (and at most cited). Default 5. */
  readonly k?: number;
  readonly mode?: RetrievalMode;
  readonly weights?: FusionWeights;
  readonly policy?: AbstentionPolicy;
}

/** An answer with what produced it, for evaluation. */
export interface AskDetails {
  readonly response: AskResponse;
  readonly passages: readonly Passage[];
  readonly evidence: Evidence;
}

/** The composition root: one embedder and the live index, shared by the CLI and the bot. */
export class Engine implements AsyncDisposable {
  private termStats: TermStats;

  private constructor(
    readonly config: EngineConfig,
    private readonly embedder: Embedder,
    private contents: IndexContents,
  ) {
    this.termStats = TermStats.fromChunks(contents.chunks);
  }

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

  /** The passages nearest to `query` by meaning. */
  async search(rawQuery: string, k = 5): Promise<SearchResponse> {
    const query = cleanQuery(rawQuery);
    const t0 = performance.now();
    const vector = await this.embedder.embedQuery(query);
    const t1 = performance.now();
    const scored = denseSearch(this.contents, vector, k);
    const t2 = performance.now();
    return { query, results: scored.map(toHit), timingsMs: { embed: ms(t1 - t0), search: ms(t2 - t1), total: ms(t2 - t0) } };
  }

  /** Answers a question with cited sentences from the release, or says it does not answer it. */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<AskResponse> {
    return (await this.askWithDetails(rawQuestion, options)).response;
  }

  /** `ask`, also returning the ranked passages and the evidence measured. */
  async askWithDetails(rawQuestion: string, options: AskOptions = {}): Promise<AskDetails> {
    const question = cleanQuery(rawQuestion);
    const contents = this.contents; // one snapshot for the whole question, even if a re-index swaps it
    const t0 = performance.now();
    const vector = await this.embedder.embedQuery(question);
    const t1 = performance.now();
    const passages = retrieve(contents, question, vector, {
      k: options.k ?? 5,
      ...(options.mode && { mode: options.mode }),
      ...(options.weights && { weights: options.weights }),
    });
    const terms = this.termStats.weigh(question);
    const evidence = measureEvidence(terms, passages);
    const t2 = performance.now();
    const answer = composeAnswer(question, terms, passages, shouldAbstain(evidence, options.policy));
    const t3 = performance.now();
    const response: AskResponse = {
      question,
      answer: answer.text,
      abstained: answer.abstained,
      citations: toCitationViews(answer),
      timingsMs: { embed: ms(t1 - t0), search: ms(t2 - t1), answer: ms(t3 - t2), total: ms(t3 - t0) },
    };
    return { response, passages, evidence };
  }

  /** Frees the model. */
  async dispose(): Promise<void> {
    await this.embedder.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}

function ms(value: number): number {
  return Math.round(value * 100) / 100;
}
