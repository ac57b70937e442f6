import MiniSearch, { type Options } from 'minisearch';
import { DocentError, type Chunk } from '../core/index.js';
import { analyzeTerms } from '../language/index.js';

/** Bump when the lexical index's fields or term processing change. */
export const LEXICAL_VERSION = 8;

/** A lexical match: the chunk's label (its row) and its BM25 score. */
export interface LexicalHit {
  readonly label: number;
  readonly score: number;
}

interface LexicalDocument {
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
  private constructor(private readonly search_: MiniSearch<LexicalDocument>) {}

  /** Indexes `chunks`, labelled by their position, in slices that let other work run between them. */
  static async build(chunks: readonly Chunk[]): Promise<LexicalIndex> {
    const index = new MiniSearch<LexicalDocument>(OPTIONS);
    await index.addAllAsync(
      chunks.map((chunk, id) => ({ id, text: chunk.text, heading: chunk.heading ?? '', title: chunk.title })),
      { chunkSize: SLICE_CHUNKS },
    );
    return new LexicalIndex(index);
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

  /** The serialized index. */
  toJSON(): string {
    return JSON.stringify(this.search_);
  }
}
