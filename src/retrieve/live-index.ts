import type { Chunk } from '../core/index.js';
import { TermStats, type AnalyzedQuestion, type ChunkTerms } from '../language/index.js';
import type { IndexContents } from '../store/index.js';

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
  ) {
    this.positionById = new Map(contents.chunks.map((chunk, i) => [chunk.id, i]));
  }

  /** Counts the contents' terms (in slices, so a serving bot keeps answering) and wraps them. */
  static async load(contents: IndexContents): Promise<LiveIndex> {
    return new LiveIndex(contents, await TermStats.build(contents.chunks));
  }

  /** A question analysed once against this index: weighted terms, answer type, breadth, document references. */
  analyze(question: string): AnalyzedQuestion {
    return this.termStats.analyze(question);
  }

  /** The terms of a chunk of this index, analysed at load. */
  termsOf(chunk: Chunk): ChunkTerms {
    return this.termStats.termsOf(chunk);
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
