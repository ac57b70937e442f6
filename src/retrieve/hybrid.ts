import type { Passage, WeightedTerm } from '../core/index.js';
import { ADDRESSES_RATIO, holdsAnswer, termCoverage, type ExpectedAnswer, type TermStats } from '../language/index.js';
import type { IndexContents, LexicalHit } from '../store/index.js';
import { dot } from './dot.js';

/** Which signals rank passages: the shipped fusion, or one alone (for comparison). */
export type RetrievalMode = 'fused' | 'dense' | 'lexical';

/** How much each signal counts in the fused score. */
export interface FusionWeights {
  /** Cosine similarity of question and passage embeddings. */
  readonly dense: number;
  /** BM25 over the passage, its heading and title. */
  readonly lexical: number;
  /** The share of the question's terms (by weight) that one sentence of the passage holds. */
  readonly sentence: number;
}

/**
 * The shipped weights, chosen by measurement on tests/eval/release.json (`npm run tune` prints the
 * grid): recall@1 is 64.4% for USE-lite alone, 86.7% for BM25 alone, 91.1% for the best mix of the
 * two (0.6/0.4), and 97.8% with the sentence signal, on a plateau (dense 0-0.4, BM25 0-0.2,
 * sentence the rest) whose middle this is. Each signal is divided by the best candidate's.
 */
export const DEFAULT_FUSION: FusionWeights = { dense: 0.2, lexical: 0.1, sentence: 0.7 };

/** Options for one retrieval. */
export interface RetrieveOptions {
  readonly k: number;
  readonly mode?: RetrievalMode;
  readonly weights?: FusionWeights;
  /** A wider bonus that orders passages near the best holding what the question asks for; their scores stay as with ANSWER_TYPE_BONUS. */
  readonly answerTypeBonus?: number;
}

/** What retrieval reads of the live index (LiveIndex): its contents and their terms. */
export interface SearchIndex {
  readonly contents: IndexContents;
  readonly termStats: TermStats;
  /** The documents whose passages may be returned; undefined: all (LiveIndex.within). */
  readonly scope?: ReadonlySet<string> | undefined;
  /** The rows of the passages in scope. */
  readonly scopeLabels?: readonly number[] | undefined;
  /** The same rows as a set, where they are only some of those documents' passages (LiveIndex.restrictedTo). */
  readonly scopeRows?: ReadonlySet<number> | undefined;
}

/** A question as retrieval sees it. */
export interface Query {
  readonly text: string;
  readonly vector: Float32Array;
  /** The question's terms, weighed by the same index (TermStats.weigh). */
  readonly terms: readonly WeightedTerm[];
  /** What the question asks for, if anything (expectedAnswer). */
  readonly asksFor?: ExpectedAnswer | undefined;
}

const CANDIDATES_PER_SIGNAL = 50;
/** A scope of at most this many passages has all of them ranked. */
const SCOPE_ALL_CANDIDATES = 500;
/** Added to passages holding what the question asks for (a date for "when…", a number for "how many…"). */
const ANSWER_TYPE_BONUS = 0.1;
/**
 * The wider bonus that orders the passages an answer is quoted from (quotedPassages in
 * src/app/ask.ts). Measured on every set alone and mixed (sixteenth session): 0.2 answered two
 * held-out questions more and none fewer; 0.4, applied to scores as well, lost four others.
 */
export const QUOTE_ANSWER_TYPE_BONUS = 0.2;

/**
 * Ranks passages for a question by three signals: dense similarity, BM25, and how much of the
 * question one sentence of the passage holds. The last one is what tells apart passages that share
 * the question's words: the one that says "Minister of Foreign Affairs of Kazakhstan Beibut
 * Atamkulov" in one sentence answers "Who is Kazakhstan's foreign minister?"; the one with
 * "Kazakhstan" in one sentence and "the Foreign Minister" in another does not. Candidates come from
 * both indexes; each signal is scaled to [0, 1] over the candidates, then combined with `weights`.
 * Overlapping chunks of one paragraph are merged, keeping the better one.
 */
export function retrieve(index: SearchIndex, query: Query, options: RetrieveOptions): Passage[] {
  const { contents, termStats } = index;
  const mode = options.mode ?? 'fused';
  const weights: FusionWeights =
    mode === 'dense' ? { dense: 1, lexical: 0, sentence: 0 } : mode === 'lexical' ? { dense: 0, lexical: 1, sentence: 0 } : (options.weights ?? DEFAULT_FUSION);
  const { scope, scopeLabels, scopeRows } = index;
  const limit = Math.min(contents.chunks.length, scopeLabels ? CANDIDATES_PER_SIGNAL * 4 : CANDIDATES_PER_SIGNAL);
  const bm25 = new Map<number, number>();
  // The corpus's own words for what the question says otherwise ("FM" -> "foreign minister") are searched too.
  const alternatives = query.terms.flatMap((t) => (t.alternatives ?? []).flatMap((a) => a.terms));
  for (const hit of lexicalSearch(index, query, alternatives, limit)) bm25.set(hit.label, hit.score);
  const labels = new Set<number>(bm25.keys());
  for (const hit of contents.ann.search(query.vector, limit)) labels.add(hit.label);

  // Within a few documents, every passage of theirs is a candidate: the searches above rank the
  // whole corpus and may return few of them.
  if (scopeLabels && scopeLabels.length <= SCOPE_ALL_CANDIDATES) for (const label of scopeLabels) labels.add(label);
  // A scope of some sections of a document (questionScope) is a scope of rows.
  const inScope = [...labels].filter((label) => (scopeRows ? scopeRows.has(label) : scope === undefined || scope.has((contents.chunks[label] as Passage['chunk']).documentId)));
  const candidates = inScope.map((label) => {
    const chunk = contents.chunks[label] as Passage['chunk'];
    const sentence = weights.sentence > 0 ? Math.max(0, ...termStats.termsOf(chunk).sentences.map((terms) => termCoverage(query.terms, terms))) : 0;
    return { chunk, similarity: dot(query.vector, contents.vectors[label] as Float32Array), bm25: bm25.get(label) ?? 0, sentence };
  });
  // Scaled by the best candidate's value, not min-max: when every candidate is far from the
  // question, min-max would still hand the least-far one full marks.
  const maxBm25 = Math.max(0, ...candidates.map((c) => c.bm25));
  const maxSim = Math.max(0, ...candidates.map((c) => c.similarity));
  const maxSentence = Math.max(0, ...candidates.map((c) => c.sentence));
  const fused = candidates
    .map(({ chunk, similarity, bm25: lexicalScore, sentence }) => {
      const lexical = maxBm25 > 0 ? lexicalScore / maxBm25 : 0;
      const dense = maxSim > 0 ? Math.max(0, similarity) / maxSim : 0;
      const sentenceShare = maxSentence > 0 ? sentence / maxSentence : 0;
      return { chunk, similarity, lexical, raw: weights.dense * dense + weights.lexical * lexical + weights.sentence * sentenceShare };
    })
    .sort((a, b) => b.raw - a.raw || b.similarity - a.similarity);
  // The bonus can only lift passages within its size of the best, so only those are read for
  // entities (about a millisecond a sentence).
  // A wider bonus (answerTypeBonus) reorders, but scores stay as with the usual one: passages it
  // does not lift keep their score beside those it does, as the answer composer weighs them.
  const { asksFor } = query;
  const best = fused[0]?.raw ?? 0;
  const orderBonus = Math.max(ANSWER_TYPE_BONUS, options.answerTypeBonus ?? ANSWER_TYPE_BONUS);
  const ranked = fused
    .map((c) => {
      const holds = asksFor !== undefined && c.raw >= best - orderBonus && chunkHoldsAnswer(c.chunk, asksFor, termStats.termsOf(c.chunk).sentences, query.terms);
      const raw = holds && c.raw >= best - ANSWER_TYPE_BONUS ? c.raw + ANSWER_TYPE_BONUS : c.raw;
      return { ...c, raw, order: holds ? c.raw + orderBonus : c.raw };
    })
    .sort((a, b) => b.order - a.order || b.similarity - a.similarity);
  const top = Math.max(0, ...ranked.map((c) => c.raw));
  const passages = ranked.map(({ raw, order: _order, ...rest }) => ({ ...rest, score: top > 0 ? raw / top : 0 }));
  return mergeOverlapping(passages).slice(0, options.k);
}

/** From this many indexed passages up, BM25 leaves out the question's commonest words (below). */
const LARGE_CORPUS = 5_000;
/** A word in more than this share of a large corpus's passages is left out of its BM25 search. */
const COMMON_SHARE = 0.05;

/**
 * BM25 candidates. MiniSearch scores and sorts every passage that holds any query word, so in a
 * large corpus a common word ("use", "file") costs tens of milliseconds and adds almost nothing
 * to the score (its IDF is near 0): there, words in more than COMMON_SHARE of the passages are
 * left out, unless nothing else is left. (The sentence signal still counts them.)
 */
function lexicalSearch({ contents, termStats }: SearchIndex, query: Query, alternatives: readonly string[], limit: number): LexicalHit[] {
  // The BM25 index's own size decides (a small topic's index is searched whole, as it is alone).
  if (contents.lexical.size < LARGE_CORPUS) return contents.lexical.search(query.text, limit, alternatives);
  const common = COMMON_SHARE * termStats.chunkCount;
  const rare = [...new Set([...query.terms.map((t) => t.term), ...alternatives])].filter((term) => termStats.frequency(term) <= common);
  return rare.length > 0 ? contents.lexical.search('', limit, rare) : contents.lexical.search(query.text, limit, alternatives);
}

/**
 * True when one of the chunk's sentences that address the question holds the answer type: a date
 * elsewhere in the passage does not say when what the question asks happened.
 */
function chunkHoldsAnswer(chunk: Passage['chunk'], asksFor: ExpectedAnswer, sentenceTerms: readonly ReadonlySet<string>[], terms: readonly WeightedTerm[]): boolean {
  const coverage = sentenceTerms.map((set) => termCoverage(terms, set));
  const best = Math.max(0, ...coverage);
  return chunk.sentences.some(({ start, end }, i) => (coverage[i] ?? 0) >= ADDRESSES_RATIO * best && holdsAnswer(chunk.text.slice(start, end), asksFor));
}

/** Drops passages that overlap a better-ranked one of the same paragraph, or repeat its text. */
function mergeOverlapping(passages: readonly Passage[]): Passage[] {
  const kept: Passage[] = [];
  for (const passage of passages) {
    const { chunk } = passage;
    const duplicate = kept.some(({ chunk: other }) =>
      other.text === chunk.text ||
      (other.documentId === chunk.documentId && other.location.start < chunk.location.end && chunk.location.start < other.location.end),
    );
    if (!duplicate) kept.push(passage);
  }
  return kept;
}
