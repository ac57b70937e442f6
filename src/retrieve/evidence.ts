import { hasTerm, termCoverage, type Passage, type WeightedTerm } from '../core/index.js';
import type { ChunkTerms } from './term-stats.js';

/** How strongly the best passages support answering a question. */
export interface Evidence {
  /** Highest cosine similarity between the question and the best passages. */
  readonly similarity: number;
  /** Share (by IDF weight) of the question's terms found in the best passages, in [0, 1]. */
  readonly coverage: number;
  /** The weightiest question terms the best passages lack. */
  readonly missingTerms: string[];
  /** Names in the question that the corpus never mentions. */
  readonly unknownNames: string[];
}

/** When Docent says the release does not answer. */
export interface AbstentionPolicy {
  /** Abstain below this cosine similarity, whatever the terms say. */
  readonly minSimilarity: number;
  /** Abstain when less than this share of the question's terms (by IDF) is in the best passages. */
  readonly minCoverage: number;
  /** Abstain when the question names something the corpus never mentions. */
  readonly abstainOnUnknownNames: boolean;
}

/**
 * Chosen by measurement on tests/eval/release.json (`npm run tune`). USE-lite gives unrelated
 * questions about the same country similarities as high as related ones, so similarity is only a
 * floor; the terms decide.
 */
export const DEFAULT_ABSTENTION: AbstentionPolicy = { minSimilarity: 0.1, minCoverage: 0.15, abstainOnUnknownNames: true };

const PASSAGES_CONSIDERED = 3;

/** Measures the evidence for a question in its best passages; `termsOf` gives a passage's terms (TermStats.termsOf). */
export function measureEvidence(terms: readonly WeightedTerm[], passages: readonly Passage[], termsOf: (passage: Passage) => ChunkTerms): Evidence {
  const best = passages.slice(0, PASSAGES_CONSIDERED);
  const termSets = best.map((passage) => termsOf(passage).passage);
  const present = new Set(termSets.flatMap((set) => [...set]));
  return {
    similarity: Math.max(0, ...best.map((p) => p.similarity)),
    // The evidence must stand in one passage: terms scattered over several do not answer together.
    // A question with no content terms at all ("what is it?") has nothing to find.
    coverage: Math.max(0, ...termSets.map((set) => termCoverage(terms, set))),
    missingTerms: terms.filter((t) => !hasTerm(present, t.term)).sort((a, b) => b.weight - a.weight).map((t) => t.term),
    unknownNames: terms.filter((t) => t.isName && !t.inCorpus).map((t) => t.term),
  };
}

/** True when the evidence is too weak to answer from. */
export function shouldAbstain(evidence: Evidence, policy: AbstentionPolicy = DEFAULT_ABSTENTION): boolean {
  if (policy.abstainOnUnknownNames && evidence.unknownNames.length > 0) return true;
  return evidence.similarity < policy.minSimilarity || evidence.coverage < policy.minCoverage;
}
