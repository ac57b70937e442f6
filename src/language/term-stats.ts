import { forEachWithPauses, type Chunk, type WeightedTerm } from '../core/index.js';
import { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, analyzeTerms, nameGroups, termMatches } from './terms.js';
import { readingTerms } from './reading.js';

/** The terms of one chunk: of each sentence as it is read (readingSpans, under its heading), and of the whole passage with its title and heading. */
export interface ChunkTerms {
  readonly sentences: readonly ReadonlySet<string>[];
  readonly passage: ReadonlySet<string>;
}

/**
 * The live index's terms: how many chunks each term occurs in (to weigh question terms by how
 * distinctive they are), and each chunk's terms, analysed once at load rather than per question.
 */
export class TermStats {
  /** The corpus terms in sorted order, to find the words a term begins by binary search. */
  private readonly sortedTerms: readonly string[];

  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly byChunkId: ReadonlyMap<string, ChunkTerms>,
    readonly chunkCount: number,
  ) {
    this.sortedTerms = [...documentFrequency.keys()].sort();
  }

  /**
   * Counts terms over the chunks' text and heading. A document's title counts once, and only for
   * words its chunks lack: counted in every chunk, the title's words would look as common as "the"
   * (in a one-document corpus, "contribute" from the title would weigh nothing).
   */
  static async build(chunks: readonly Chunk[]): Promise<TermStats> {
    const frequency = new Map<string, number>();
    const byChunkId = new Map<string, ChunkTerms>();
    // About 1.5 s for 10,000 chunks: done in slices, so a bot re-indexing keeps answering.
    await forEachWithPauses(chunks, (chunk) => {
      const sentences = readingTerms(chunk);
      const own = new Set(sentences.flatMap((sentence) => [...sentence]));
      for (const term of own) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      byChunkId.set(chunk.id, { sentences, passage: new Set([...own, ...analyzeTerms(chunk.title)]) });
    });
    const titles = new Set(chunks.map((chunk) => chunk.title));
    for (const term of new Set([...titles].flatMap((title) => analyzeTerms(title)))) {
      if (!frequency.has(term)) frequency.set(term, 1);
    }
    return new TermStats(frequency, byChunkId, chunks.length);
  }

  /** The terms of a chunk of this index. */
  termsOf(chunk: Chunk): ChunkTerms {
    const terms = this.byChunkId.get(chunk.id);
    if (!terms) throw new Error(`Chunk ${chunk.id} is not in this index.`);
    return terms;
  }

  /**
   * How many chunks hold the term; for a term the corpus lacks, the count of the most frequent
   * longer word it begins ("kazakh" counts as "kazakhstan"), else 0.
   */
  frequency(term: string): number {
    const exact = this.documentFrequency.get(term);
    if (exact !== undefined) return exact;
    let best = 0;
    // Words beginning with `term` sit together in sorted order, starting where `term` would.
    for (let i = lowerBound(this.sortedTerms, term); i < this.sortedTerms.length; i += 1) {
      const known = this.sortedTerms[i] as string;
      if (!known.startsWith(term)) break;
      if (termMatches(known, term)) best = Math.max(best, this.documentFrequency.get(known) ?? 0);
    }
    return best;
  }

  /** BM25's inverse document frequency: high for rare terms, highest for terms the corpus lacks. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.chunkCount - df + 0.5) / (df + 0.5));
  }

  /**
   * The question's words that point at the document itself rather than its content: words of
   * DOCUMENT_NOUNS and DOCUMENT_ASPECTS that the corpus never uses (exactly: "press" is not
   * "pressure"), and, once such a noun is there, the aspect words even if the corpus uses them
   * ("where was the release issued?" asks nothing about "issues"). A corpus that names itself (release
   * notes, say) keeps these words as terms.
   */
  documentReferences(question: string): string[] {
    const terms = [...new Set(analyzeTerms(question))];
    const absent = (term: string): boolean => !this.documentFrequency.has(term);
    const nouns = terms.filter((term) => DOCUMENT_NOUNS.has(term) && absent(term));
    return terms.filter((term) => nouns.includes(term) || (DOCUMENT_ASPECTS.has(term) && (nouns.length > 0 || absent(term))));
  }

  /**
   * The question's distinct terms with their weights, leaving out its documentReferences. A name
   * of several words is one thing asked about: it weighs as its rarest word, shared among its
   * words, so "Secretary General" does not outweigh "welcome" just by being two words.
   */
  weigh(question: string): WeightedTerm[] {
    const pointers = new Set(this.documentReferences(question));
    const weights = new Map<string, number>();
    for (const group of nameGroups(question)) {
      const fresh = [...new Set(group)].filter((term) => !weights.has(term));
      if (fresh.length === 0) continue;
      const weight = Math.max(0, ...fresh.map((term) => this.idf(term))) / fresh.length;
      for (const term of fresh) weights.set(term, weight);
    }
    const names = new Set(weights.keys());
    return [...new Set(analyzeTerms(question))].filter((term) => !pointers.has(term)).map((term) => ({
      term,
      weight: weights.get(term) ?? this.idf(term),
      inCorpus: this.frequency(term) > 0,
      isName: names.has(term),
    }));
  }
}

/** The first index of `sorted` whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
