import { performance } from 'node:perf_hooks';
import type { EngineConfig } from '../config/index.js';
import { DocentError, isDocentError } from '../core/index.js';
import { embedderKey, type Embedder } from '../embed/index.js';
import { checkLexicon, standardQuestionWords } from '../language/index.js';
import { LiveIndex, cleanQuery, questionScope, retrieveOnTopic, type ChunkInContext } from '../retrieve/index.js';
import type { IngestWarning } from '../ingest/index.js';
import type { IndexContents } from '../store/index.js';
import { createEmbedder } from './embedder-factory.js';
import { loadIndex, refreshIndex, type IndexProgress, type IndexReport } from './indexer.js';
import { answerQuestion, type AskDetails, type AskOptions } from './ask.js';
import { round4, toHit, type AskResponse, type SearchResponse } from './responses.js';
import { ms } from './stats.js';

/** Options for opening the engine. */
export interface OpenOptions {
  readonly onProgress?: IndexProgress;
  /** Called with the report when opening had to build or refresh the index. */
  readonly onIndexed?: (report: IndexReport) => void;
  /** Called when the index is served as it is because the corpus cannot be read. */
  readonly onWarning?: (message: string) => void;
}

/** What /status shows. */
export interface EngineStatus {
  readonly documents: number;
  readonly chunks: number;
  readonly model: string;
  readonly builtAt: string;
  readonly reindexing: boolean;
  readonly lastReindex: { readonly at: string; readonly report?: IndexReport; readonly error?: string } | undefined;
  /** Files and folders the latest build of the index skipped, with why (empty when unknown, e.g. served as it was). */
  readonly skipped: readonly IngestWarning[];
}

/** Options for a re-index requested while serving. */
export interface ReindexOptions {
  readonly dryRun?: boolean;
  readonly onProgress?: IndexProgress;
}

/**
 * The index to serve: refreshed from the corpus, or, when the corpus folder is missing or empty,
 * the existing index as it is (only re-indexing needs the corpus).
 */
async function openIndex(config: EngineConfig, embedder: Embedder, options: OpenOptions): Promise<{ contents: IndexContents; skipped: IngestWarning[] }> {
  try {
    const { report, contents } = await refreshIndex({
      corpusDir: config.corpusDir,
      indexDir: config.indexDir,
      embedder,
      maxFileBytes: config.maxDocumentBytes,
      ...(options.onProgress && { onProgress: options.onProgress }),
    });
    if (!report.upToDate) options.onIndexed?.(report);
    return { contents: contents as IndexContents, skipped: report.warnings };
  } catch (error) {
    if (!isDocentError(error, 'CORPUS_NOT_FOUND') && !isDocentError(error, 'NO_DOCUMENTS')) throw error;
    const existing = await loadIndex(config.indexDir).catch(() => undefined);
    if (!existing || embedderKey(existing.manifest.embedder) !== embedderKey(embedder.info)) throw error;
    options.onWarning?.(`${error.message} Serving the existing index (${existing.manifest.counts.documents} documents, built ${existing.manifest.builtAt}) until the corpus is back.`);
    return { contents: existing, skipped: [] };
  }
}

/** The composition root: one embedder and the live index, shared by the CLI and the bot. */
export class Engine implements AsyncDisposable {
  /** The index and its term statistics, replaced together so a question never sees a mix. */
  private live: LiveIndex;
  private reindexing: Promise<IndexReport> | undefined;
  /** The re-index queued behind the running one for changes made meanwhile, and who follows its progress. */
  private followUp: { readonly run: Promise<IndexReport>; readonly listeners: Set<IndexProgress> } | undefined;
  private lastReindex: EngineStatus['lastReindex'];

  private constructor(
    readonly config: EngineConfig,
    private readonly embedder: Embedder,
    live: LiveIndex,
    private skipped: readonly IngestWarning[],
  ) {
    this.live = live;
  }

  /** Loads the model and the index, building or refreshing the index first when it is missing or stale. */
  static async open(config: EngineConfig, options: OpenOptions = {}): Promise<Engine> {
    checkLexicon();
    const embedder = await createEmbedder(config.embeddingModel, config.embedThreads);
    try {
      const { contents, skipped } = await openIndex(config, embedder, options);
      return new Engine(config, embedder, await LiveIndex.load(contents), skipped);
    } catch (error) {
      await embedder.dispose();
      throw error;
    }
  }

  /** The live index. */
  get index(): IndexContents {
    return this.live.contents;
  }

  /** The passages that best match `query`, ranked like answers (meaning and key terms); score is the ranking score (1 for the first), similarity the cosine. */
  async search(rawQuery: string, k = 5): Promise<SearchResponse> {
    const query = cleanQuery(rawQuery);
    // Searched as a question is asked: "wat" read as "what" (answerQuestion).
    const standard = standardQuestionWords(query);
    const live = this.live;
    const t0 = performance.now();
    const vector = await this.embedder.embedQuery(standard);
    const t1 = performance.now();
    const scope = await questionScope(live, standard);
    const { passages: ranked } = await retrieveOnTopic(scope.live, scope.text, vector, { k });
    const t2 = performance.now();
    return { query, results: ranked.map((passage) => ({ ...toHit(passage), similarity: round4(passage.similarity) })), timingsMs: { embed: ms(t1 - t0), search: ms(t2 - t1), total: ms(t2 - t0) } };
  }

  /** Answers a question with cited sentences from the release, or says it does not answer it. */
  async ask(rawQuestion: string, options: AskOptions = {}): Promise<AskResponse> {
    return (await this.askWithDetails(rawQuestion, options)).response;
  }

  /** `ask`, also returning the analysed question, the ranked passages and the evidence measured. */
  async askWithDetails(rawQuestion: string, options: AskOptions = {}): Promise<AskDetails> {
    return answerQuestion({ live: this.live, embedder: this.embedder, corpusName: this.config.corpusName }, rawQuestion, options);
  }

  /**
   * Re-reads the corpus and brings the index up to date while questions keep being answered from
   * the current one; the new index replaces it only once complete. One at a time: a second call
   * while one runs fails with INDEX_BUSY. A failure leaves the current index serving.
   */
  reindex(options: ReindexOptions = {}): Promise<IndexReport> {
    if (this.reindexing) return Promise.reject(new DocentError('INDEX_BUSY', 'A re-index is already running; wait for it to finish.'));
    // Cleared before anyone awaiting the run resumes, so a follow-up can start at once.
    const run = this.runReindex(options).finally(() => {
      this.reindexing = undefined;
    });
    this.reindexing = run;
    return run;
  }

  /**
   * Brings the index up to date after a change to the corpus. When a re-index is running (it may
   * have read the corpus before the change), waits for it and runs one more, shared by every change
   * made meanwhile, so no change is left out of the index.
   */
  reindexAfterChange(onProgress?: IndexProgress): Promise<IndexReport> {
    if (!this.reindexing) return this.reindex(onProgress ? { onProgress } : {});
    if (!this.followUp) {
      const listeners = new Set<IndexProgress>();
      const run = this.reindexing.catch(() => undefined).then(() => {
        this.followUp = undefined;
        return this.reindexAfterChange((phase, done, total) => listeners.forEach((listener) => listener(phase, done, total)));
      });
      this.followUp = { run, listeners };
    }
    if (onProgress) this.followUp.listeners.add(onProgress);
    return this.followUp.run;
  }

  private async runReindex(options: ReindexOptions): Promise<IndexReport> {
    try {
      const { report, contents } = await refreshIndex({
        corpusDir: this.config.corpusDir,
        indexDir: this.config.indexDir,
        embedder: this.embedder,
        maxFileBytes: this.config.maxDocumentBytes,
        dryRun: options.dryRun ?? false,
        previous: this.live.contents,
        ...(options.onProgress && { onProgress: options.onProgress }),
      });
      // Up to date, refreshIndex hands back the serving index itself; swap (and recount terms)
      // only when a new snapshot was built.
      if (!report.dryRun && contents && contents !== this.live.contents) {
        this.live = await LiveIndex.load(contents);
      }
      if (!report.dryRun) {
        this.lastReindex = { at: new Date().toISOString(), report };
        this.skipped = report.warnings;
      }
      return report;
    } catch (error) {
      this.lastReindex = { at: new Date().toISOString(), error: (error as Error).message };
      throw error;
    }
  }

  /** What the index holds and how it was last changed. */
  status(): EngineStatus {
    const { manifest } = this.live.contents;
    return {
      documents: manifest.counts.documents,
      chunks: manifest.counts.chunks,
      model: `${manifest.embedder.backend}:${manifest.embedder.model} (${manifest.embedder.dimension} dimensions)`,
      builtAt: manifest.builtAt,
      reindexing: this.reindexing !== undefined,
      lastReindex: this.lastReindex,
      skipped: this.skipped,
    };
  }

  /** A chunk by id, with the chunks just before and after it in its document. */
  chunkWithNeighbours(id: string): ChunkInContext | undefined {
    return this.live.neighbours(id);
  }

  /** Frees the model. */
  async dispose(): Promise<void> {
    await this.embedder.dispose();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }
}

