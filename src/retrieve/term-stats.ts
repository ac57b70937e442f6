import { analyzeTerms, nameTerms, termMatches, type Chunk, type WeightedTerm } from '../core/index.js';

/** How many chunks each term occurs in, for weighting question terms by how distinctive they are. */
export class TermStats {
  /** The corpus terms in sorted order, to find the words a term begins by binary search. */
  private readonly sortedTerms: readonly string[];

  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    readonly chunkCount: number,
  ) {
    this.sortedTerms = [...documentFrequency.keys()].sort();
  }

  /** Counts terms over the chunks' text, heading and title. */
  static fromChunks(chunks: readonly Chunk[]): TermStats {
    const frequency = new Map<string, number>();
    for (const chunk of chunks) {
      for (const term of new Set(analyzeTerms(`${chunk.title}\n${chunk.heading ?? ''}\n${chunk.text}`))) {
        frequency.set(term, (frequency.get(term) ?? 0) + 1);
      }
    }
    return new TermStats(frequency, chunks.length);
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

  /** The question's distinct terms with their weights. */
  weigh(question: string): WeightedTerm[] {
    const names = nameTerms(question);
    return [...new Set(analyzeTerms(question))].map((term) => ({
      term,
      weight: this.idf(term),
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
