import { Worker } from 'node:worker_threads';
import MiniSearch, { type Options } from 'minisearch';
import { DocentError, workerScript, type Chunk } from '../core/index.js';
import { analyzeTerms } from '../language/index.js';

/** Bump when the lexical index's fields or term processing change. */
export const LEXICAL_VERSION = 16;

/** A lexical match: the chunk's label (its row) and its BM25 score. */
export interface LexicalHit {
  readonly label: number;
  readonly score: number;
}

/** What the BM25 index holds of a chunk (also what the lexical worker is sent). */
export interface LexicalDocument {
  readonly id: number;
  readonly text: string;
  readonly heading: string;
  readonly title: string;
}

// Headings and titles are context for their passages, worth less than the passage's own words.
const FIELD_BOOST = { text: 1, heading: 0.5, title: 0.25 } as const;

const OPTIONS: Options<LexicalDocument> = {
  fields: ['text', 'heading', 'title'],
  idField: 'id',
  tokenize: (text) => [text],
  // analyzeTerms does tokenizing, stop words and stemming in one place, shared with answers.
  processTerm: (text) => analyzeTerms(text),
  searchOptions: { boost: FIELD_BOOST, combineWith: 'OR', prefix: false, fuzzy: false },
};

/** Chunks indexed between pauses: about 40 ms of work. */
const SLICE_CHUNKS = 50;

/** BM25 search over the chunks' text, headings and titles (MiniSearch). */
export class LexicalIndex {
  private constructor(
    private readonly search_: MiniSearch<LexicalDocument>,
    /** The serialized index a worker built, until it is written (saves serializing it again here). */
    private serialized?: string,
  ) {}

  /**
   * Indexes `chunks`, labelled by their position. The index is built and serialized on a worker
   * thread (serializing 10,000 chunks blocks for over 100 ms, too long for a bot answering
   * meanwhile) and loaded here in slices; without the built worker script, it is built here.
   */
  static async build(chunks: readonly Chunk[]): Promise<LexicalIndex> {
    const documents = chunks.map((chunk, id) => ({ id, text: chunk.text, heading: chunk.heading ?? '', title: chunk.title }));
    const script = workerScript(import.meta.url, './lexical-worker.js');
    if (!script) return new LexicalIndex(await buildMiniSearch(documents));
    const json = await new Promise<string>((resolve, reject) => {
      const worker = new Worker(script, { workerData: documents });
      worker.once('message', (message: string) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the BM25 worker stopped (exit code ${code})`)));
    });
    const built = await LexicalIndex.fromJSON(json, 'the BM25 index built on a worker thread');
    return new LexicalIndex(built.search_, json);
  }

  /**
   * A BM25 index over some chunks only, labelled by their rows in `chunks`: a topic's own term
   * statistics (LiveIndex.within). Built here, in slices; meant for a few thousand chunks at most.
   */
  static async ofRows(chunks: readonly Chunk[], rows: readonly number[]): Promise<LexicalIndex> {
    const documents = rows.map((id) => {
      const chunk = chunks[id] as Chunk;
      return { id, text: chunk.text, heading: chunk.heading ?? '', title: chunk.title };
    });
    return new LexicalIndex(await buildMiniSearch(documents));
  }

  /** Restores an index serialized by `toJSON`. */
  static async fromJSON(json: string, where: string): Promise<LexicalIndex> {
    try {
      return new LexicalIndex(await MiniSearch.loadJSONAsync<LexicalDocument>(json, OPTIONS));
    } catch (error) {
      throw new DocentError('INDEX_CORRUPT', `The lexical index ${where} cannot be read: ${(error as Error).message}`, { cause: error });
    }
  }

  /** Number of indexed chunks. */
  get size(): number {
    return this.search_.documentCount;
  }

  /**
   * Chunks matching any term of `query`, or any of `terms` (already analysed: the corpus's own
   * terms for words the query says otherwise), best BM25 score first, at most `limit`.
   */
  search(query: string, limit: number, terms: readonly string[] = []): LexicalHit[] {
    // Terms are searched as they are: analysing a stem again would change it ("choos" -> "choo").
    const asIs = { queries: [...terms], tokenize: (text: string) => [text], processTerm: (term: string) => term };
    return this.search_
      .search(terms.length === 0 ? query : { combineWith: 'OR', queries: [query, asIs] })
      .slice(0, limit)
      .map((result) => ({ label: result.id as number, score: result.score }));
  }

  /** The serialized index (a worker's copy is handed over once, then forgotten to free its memory). */
  toJSON(): string {
    const json = this.serialized ?? JSON.stringify(this.search_);
    this.serialized = undefined;
    return json;
  }
}

/** Builds the MiniSearch index of `documents`, in slices that let other work run between them. */
export async function buildMiniSearch(documents: readonly LexicalDocument[]): Promise<MiniSearch<LexicalDocument>> {
  const index = new MiniSearch<LexicalDocument>(OPTIONS);
  await index.addAllAsync(documents, { chunkSize: SLICE_CHUNKS });
  return index;
}
