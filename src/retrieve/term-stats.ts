import { analyzeTerms, nameTerms, termMatches, type Chunk, type WeightedTerm } from '../core/index.js';

/** How many chunks each term occurs in, for weighting question terms by how distinctive they are. */
export class TermStats {
  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    readonly chunkCount: number,
  ) {}

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
    for (const [known, count] of this.documentFrequency) if (count > best && termMatches(known, term)) best = count;
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
