import { expectedAnswerType, hasAnswerType, type Passage } from '../core/index.js';
import type { IndexContents } from '../store/index.js';

/** Which signals rank passages: the shipped fusion, or one alone (for comparison). */
export type RetrievalMode = 'fused' | 'dense' | 'lexical';

/** How much each signal counts in the fused score. */
export interface FusionWeights {
  readonly dense: number;
  readonly lexical: number;
}

/**
 * The shipped weights, chosen by measurement on tests/eval/release.json (`npm run tune` prints the
 * grid; best recall@1, then best MRR): recall@1 is 62.2% for USE-lite alone, 82.2% for BM25 alone,
 * 86.7% (MRR 0.917) at these weights, 86.7% (MRR 0.913) at 0.6/0.4, 84.4% at 0.5/0.5. Each signal
 * is divided by the best candidate's before they are combined.
 */
export const DEFAULT_FUSION: FusionWeights = { dense: 0.7, lexical: 0.3 };

/** Options for one retrieval. */
export interface RetrieveOptions {
  readonly k: number;
  readonly mode?: RetrievalMode;
  readonly weights?: FusionWeights;
}

const CANDIDATES_PER_SIGNAL = 50;
/** Added to passages holding what the question asks for (a date for "when…", a number for "how many…"). */
const ANSWER_TYPE_BONUS = 0.1;

/**
 * Ranks passages for a question by dense similarity and BM25 together. Candidates come from both
 * indexes; each gets its exact cosine similarity (from the stored vectors) and its BM25 score, each
 * scaled to [0, 1] over the candidates, then combined with `weights`. Overlapping chunks of one
 * paragraph are merged, keeping the better one.
 */
export function retrieve(contents: IndexContents, question: string, queryVector: Float32Array, options: RetrieveOptions): Passage[] {
  const mode = options.mode ?? 'fused';
  const weights = mode === 'dense' ? { dense: 1, lexical: 0 } : mode === 'lexical' ? { dense: 0, lexical: 1 } : (options.weights ?? DEFAULT_FUSION);
  const limit = Math.min(contents.chunks.length, CANDIDATES_PER_SIGNAL);
  const bm25 = new Map<number, number>();
  for (const hit of contents.lexical.search(question, limit)) bm25.set(hit.label, hit.score);
  const labels = new Set<number>(bm25.keys());
  for (const hit of contents.ann.search(queryVector, limit)) labels.add(hit.label);

  const similarity = new Map<number, number>();
  for (const label of labels) similarity.set(label, dot(queryVector, contents.vectors[label] as Float32Array));
  const maxBm25 = Math.max(0, ...bm25.values());
  const maxSim = Math.max(0, ...similarity.values());
  const answerType = expectedAnswerType(question);

  const ranked = [...labels]
    .map((label) => {
      const sim = similarity.get(label) ?? 0;
      const lexical = maxBm25 > 0 ? (bm25.get(label) ?? 0) / maxBm25 : 0;
      // Scaled by the best similarity, not min-max: when every candidate is far from the question,
      // min-max would still hand the least-far one full marks.
      const dense = maxSim > 0 ? Math.max(0, sim) / maxSim : 0;
      const chunk = contents.chunks[label] as Passage['chunk'];
      const typeBonus = answerType && hasAnswerType(chunk.text, answerType) ? ANSWER_TYPE_BONUS : 0;
      return { chunk, similarity: sim, lexical, raw: weights.dense * dense + weights.lexical * lexical + typeBonus };
    })
    .sort((a, b) => b.raw - a.raw || b.similarity - a.similarity);
  const top = ranked[0]?.raw ?? 0;
  const passages = ranked.map(({ raw, ...rest }) => ({ ...rest, score: top > 0 ? raw / top : 0 }));
  return mergeOverlapping(passages).slice(0, options.k);
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

function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] as number) * (b[i] as number);
  return sum;
}
