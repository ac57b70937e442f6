import { forEachWithPauses, type Chunk, type Passage, type WeightedTerm } from '../core/index.js';
import { TermStats, type AnalyzedQuestion, type ChunkTerms } from '../language/index.js';
import { LexicalIndex, type IndexContents } from '../store/index.js';
import { DocumentTopics } from './document-topics.js';
import { dot } from './dot.js';

/**
 * Where no topic apart holds them (DocumentTopics), two documents share a topic
 * when the means of their passage vectors are at least this similar.
 * Measured with USE-lite: the release against each of 175 database and Git manuals 0.07–0.33;
 * documents of one FAQ against their nearest other 0.64–0.99 (pairs: median 0.86, Python; 0.89,
 * Debian); a community's four documents 0.57–0.70.
 */
const SAME_TOPIC_SIMILARITY = 0.4;
/** Topics whose statistics are kept (within). */
const MAX_TOPICS = 16;
/** Topics of at most this many passages get a BM25 index of their own (built in about 0.1 s per 1,000). */
const MAX_TOPIC_LEXICAL = 2_000;

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

  /** Statistics of topics asked about lately (within), by their documents. */
  private readonly topics = new Map<string, Promise<LiveIndex>>();

  private constructor(
    readonly contents: IndexContents,
    readonly termStats: TermStats,
    private readonly documentVectors: ReadonlyMap<string, Float32Array>,
    /** Which documents are on one topic apart (shared with the topics narrowed from this index). */
    private readonly topicsApart: DocumentTopics,
    /** The documents whose passages retrieval may return; undefined: all. */
    readonly scope?: ReadonlySet<string>,
    /** The rows of the passages in scope; undefined: all. */
    readonly scopeLabels?: readonly number[],
    positions?: ReadonlyMap<string, number>,
    /** The passages in scope when they are some of its documents' passages (restrictedTo). */
    readonly scopeRows?: ReadonlySet<number>,
  ) {
    this.positionById = positions ?? new Map(contents.chunks.map((chunk, i) => [chunk.id, i]));
  }

  /** Counts the contents' terms and averages each document's vectors (in slices, so a serving bot keeps answering) and wraps them. */
  static async load(contents: IndexContents): Promise<LiveIndex> {
    const termStats = await TermStats.build(contents.chunks);
    return new LiveIndex(contents, termStats, await documentVectors(contents), await DocumentTopics.build(contents, termStats, contents.manifest.documents.map((document) => document.id)));
  }

  /** A question analysed once against this index: weighted terms, answer type, breadth, document references. */
  analyze(question: string): AnalyzedQuestion {
    return this.termStats.analyze(question);
  }

  /** The terms of a chunk of this index, analysed at load. */
  termsOf(chunk: Chunk): ChunkTerms {
    return this.termStats.termsOf(chunk);
  }

  /** How many of this index's passages hold the term. */
  frequency(term: string): number {
    return this.termStats.frequency(term);
  }

  /** How many passages its term statistics count: those in scope, or its topic's (restrictedTo). */
  get chunkCount(): number {
    return this.termStats.chunkCount;
  }

  /** True when one of `documents` says the term in some form (TermStats.saidIn). */
  saidIn(term: WeightedTerm, documents: readonly ReadonlySet<string>[]): boolean {
    return this.termStats.saidIn(term, documents);
  }

  /**
   * The documents a question is about, judged from its best passages: the topic (a passage's
   * document and every document on the same topic) that holds most of their scores (each weighed
   * by the passage's similarity to the question), so one
   * manual's passage ranked first does not pull a question about release notes whose other
   * passages are theirs. When that topic holds half the corpus or more (where the corpus's own
   * statistics are its already), or no more than half their scores, the best passage's topic, if
   * it has one; else undefined.
   */
  topicOf(passages: readonly Passage[]): ReadonlySet<string> | undefined {
    // Scores by document first: each document's topic is then worked out once. Each passage's
    // score counts by how close in meaning it is: a manual's passage that only shares words with
    // "is it cheaper to pay for the whole yr?" (similarity 0.03) does not choose its topic.
    const byDocument = new Map<string, number>();
    for (const passage of passages) byDocument.set(passage.chunk.documentId, (byDocument.get(passage.chunk.documentId) ?? 0) + passage.score * Math.max(0, passage.similarity));
    const votes = new Map<string, { topic: ReadonlySet<string> | undefined; score: number }>();
    for (const [documentId, score] of byDocument) {
      const topic = this.topicOfDocument(documentId);
      const key = topic ? [...topic].sort().join('\n') : '';
      votes.set(key, { topic, score: (votes.get(key)?.score ?? 0) + score });
    }
    let best: { topic: ReadonlySet<string> | undefined; score: number } | undefined;
    let total = 0;
    for (const vote of votes.values()) {
      total += vote.score;
      if (!best || vote.score > best.score) best = vote;
    }
    // Passages of documents too broad to narrow to (half the corpus or more) outvote nothing the
    // best passage is on: a makerspace's page first is not outweighed by manuals' passages after it.
    // Nor does a topic with fewer than half the scores: "can my partner *join*…" is not narrowed to
    // SQL tutorials by two passages on joins among a makerspace's.
    const majority = best !== undefined && best.score * 2 > total ? best.topic : undefined;
    return majority ?? (passages[0] && this.topicOfDocument(passages[0].chunk.documentId));
  }

  /** The document and every document on the same topic (topicOf); undefined when they hold half the corpus or more. */
  topicOfDocument(documentId: string): ReadonlySet<string> | undefined {
    const topic = new Set(this.sameTopicAs([documentId]));
    const chunksInTopic = this.contents.manifest.documents.reduce((sum, doc) => sum + (topic.has(doc.id) ? doc.chunks : 0), 0);
    return chunksInTopic * 2 >= this.contents.chunks.length ? undefined : topic;
  }

  /** True when this index is already narrowed to exactly these documents (within). */
  isWithin(documentIds: ReadonlySet<string>): boolean {
    return this.scope !== undefined && this.scope.size === documentIds.size && [...documentIds].every((id) => this.scope?.has(id));
  }

  /**
   * This index with retrieval restricted to some of its passages (rows), its term statistics
   * unchanged: the question's words weigh as they do on the whole topic, not as one document or
   * section alone weighs them.
   */
  restrictedTo(rows: readonly number[]): LiveIndex {
    const documentIds = new Set(rows.map((row) => (this.contents.chunks[row] as Chunk).documentId));
    return new LiveIndex(this.contents, this.termStats, this.documentVectors, this.topicsApart, documentIds, rows, this.positionById, new Set(rows));
  }

  /** This index narrowed to some documents: their passages only, and term statistics of theirs alone (TermStats.within). Cached per set of documents. */
  within(documentIds: ReadonlySet<string>): Promise<LiveIndex> {
    const key = [...documentIds].sort().join('\n');
    let narrowed = this.topics.get(key);
    if (!narrowed) {
      narrowed = this.narrowTo(documentIds);
      if (this.topics.size >= MAX_TOPICS) this.topics.delete(this.topics.keys().next().value as string);
      this.topics.set(key, narrowed);
    }
    return narrowed;
  }

  private async narrowTo(documentIds: ReadonlySet<string>): Promise<LiveIndex> {
    const { chunks } = this.contents;
    const rows = chunks.flatMap((chunk, row) => (documentIds.has(chunk.documentId) ? [row] : []));
    const stats = await this.termStats.within(rows.map((row) => chunks[row] as Chunk));
    // A small topic gets BM25 statistics of its own too, so its ranking is the one it has alone.
    const contents = rows.length <= MAX_TOPIC_LEXICAL ? { ...this.contents, lexical: await LexicalIndex.ofRows(chunks, rows) } : this.contents;
    return new LiveIndex(contents, stats, this.documentVectors, this.topicsApart, documentIds, rows, this.positionById);
  }

  /** The terms of the given documents and of every document on the same topic as one of them (sameTopicAs). */
  topicDocuments(documentIds: readonly string[]): ReadonlySet<string>[] {
    return this.sameTopicAs(documentIds).flatMap((id) => this.termStats.documentTerms(id) ?? []);
  }

  /** True when a passage of one of the documents writes what `pattern` matches, as written (not as terms: "choreographer" is no "choreographing"). */
  documentsWrite(documentIds: readonly string[], pattern: RegExp): boolean {
    const documents = new Set(documentIds);
    return this.contents.chunks.some((chunk) => documents.has(chunk.documentId) && pattern.test(chunk.text));
  }

  /**
   * The given documents and every document on the same topic as one of them, in index order: the
   * topic apart it is on (DocumentTopics: by its passages' neighbours, the rare words it shares, the
   * names it is about), else every document whose mean vector is at least SAME_TOPIC_SIMILARITY
   * from its own.
   */
  private sameTopicAs(documentIds: readonly string[]): string[] {
    const topic = new Set(documentIds);
    const byVector: Float32Array[] = [];
    for (const id of documentIds) {
      const linked = this.topicsApart.topicOf(id);
      if (linked) for (const other of linked) topic.add(other);
      else {
        const vector = this.documentVectors.get(id);
        if (vector) byVector.push(vector);
      }
    }
    return [...this.documentVectors].filter(([id, vector]) => topic.has(id) || byVector.some((other) => dot(vector, other) >= SAME_TOPIC_SIMILARITY)).map(([id]) => id);
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
