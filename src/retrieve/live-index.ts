import { forEachWithPauses, type Chunk, type WeightedTerm } from '../core/index.js';
import { TermStats, type AnalyzedQuestion, type ChunkTerms } from '../language/index.js';
import type { IndexContents } from '../store/index.js';
import { dot } from './dot.js';

/**
 * Two documents share a topic when the means of their passage vectors are at least this similar.
 * Measured with USE-lite: the release against each of 175 database and Git manuals 0.07–0.33;
 * documents of one FAQ against their nearest other 0.64–0.99 (pairs: median 0.86, Python; 0.89,
 * Debian); a community's four documents 0.57–0.70.
 */
const SAME_TOPIC_SIMILARITY = 0.4;

/** A chunk with the chunks just before and after it in its document. */
export interface ChunkInContext {
  readonly chunk: Chunk;
  readonly previous: Chunk | undefined;
  readonly next: Chunk | undefined;
}

/**
 * The index being served and its term statistics, built and replaced together so a question
 * never sees a mix: what the question pipeline reads (analyse a question, a chunk's terms, a
 * chunk's neighbours).
 */
export class LiveIndex {
  private readonly positionById: ReadonlyMap<string, number>;

  private constructor(
    readonly contents: IndexContents,
    readonly termStats: TermStats,
    private readonly documentVectors: ReadonlyMap<string, Float32Array>,
  ) {
    this.positionById = new Map(contents.chunks.map((chunk, i) => [chunk.id, i]));
  }

  /** Counts the contents' terms and averages each document's vectors (in slices, so a serving bot keeps answering) and wraps them. */
  static async load(contents: IndexContents): Promise<LiveIndex> {
    return new LiveIndex(contents, await TermStats.build(contents.chunks), await documentVectors(contents));
  }

  /** A question analysed once against this index: weighted terms, answer type, breadth, document references. */
  analyze(question: string): AnalyzedQuestion {
    return this.termStats.analyze(question);
  }

  /** The terms of a chunk of this index, analysed at load. */
  termsOf(chunk: Chunk): ChunkTerms {
    return this.termStats.termsOf(chunk);
  }

  /** True when one of `documents` says the term in some form (TermStats.saidIn). */
  saidIn(term: WeightedTerm, documents: readonly ReadonlySet<string>[]): boolean {
    return this.termStats.saidIn(term, documents);
  }

  /** The terms of the given documents and of every document on the same topic as one of them (SAME_TOPIC_SIMILARITY). */
  topicDocuments(documentIds: readonly string[]): ReadonlySet<string>[] {
    const given = documentIds.flatMap((id) => this.documentVectors.get(id) ?? []);
    const result: ReadonlySet<string>[] = [];
    for (const [id, vector] of this.documentVectors) {
      const onTopic = documentIds.includes(id) || given.some((other) => dot(vector, other) >= SAME_TOPIC_SIMILARITY);
      const terms = onTopic ? this.termStats.documentTerms(id) : undefined;
      if (terms) result.push(terms);
    }
    return result;
  }

  /** A chunk by id, with its neighbours in its document; undefined for an id this index lacks. */
  neighbours(id: string): ChunkInContext | undefined {
    const { chunks } = this.contents;
    const position = this.positionById.get(id);
    const chunk = position === undefined ? undefined : chunks[position];
    if (position === undefined || !chunk) return undefined;
    const sameDocument = (other: Chunk | undefined): Chunk | undefined => (other?.documentId === chunk.documentId ? other : undefined);
    return { chunk, previous: sameDocument(chunks[position - 1]), next: sameDocument(chunks[position + 1]) };
  }
}

/** Each document's mean passage vector, normalised. */
async function documentVectors({ chunks, vectors }: IndexContents): Promise<Map<string, Float32Array>> {
  const sums = new Map<string, Float32Array>();
  await forEachWithPauses(chunks, (chunk, row) => {
    const vector = vectors[row] as Float32Array;
    let sum = sums.get(chunk.documentId);
    if (!sum) {
      sum = new Float32Array(vector.length);
      sums.set(chunk.documentId, sum);
    }
    for (let i = 0; i < vector.length; i += 1) sum[i] = (sum[i] as number) + (vector[i] as number);
  });
  for (const sum of sums.values()) {
    const norm = Math.sqrt(dot(sum, sum)) || 1;
    for (let i = 0; i < sum.length; i += 1) sum[i] = (sum[i] as number) / norm;
  }
  return sums;
}
