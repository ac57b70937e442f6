import { forEachWithPauses } from '../core/index.js';
import type { TermStats } from '../language/index.js';
import type { DocumentAffinity } from './document-affinity.js';

/** A word held by more documents than this (or by a quarter of them or more) ties none. */
const MAX_HOLDERS = 8;
/**
 * A document's shares are counted out of at least this much weight (a rare word held with one other
 * document weighs 1): one odd word shared with a manual is thin evidence, not a full link.
 */
const MIN_EVIDENCE = 3;

/**
 * Which documents share the rare words of a document: for each other document, its share of the
 * words this one holds with 2 to MAX_HOLDERS documents, each word's weight split among the others
 * that hold it. A project's configuration reference, troubleshooting page and migration guide
 * share its option names, error messages and ports, and few manuals do.
 */
export class SharedVocabulary implements DocumentAffinity {
  private readonly shares = new Map<string, ReadonlyMap<string, number>>();

  private constructor(
    private readonly stats: TermStats,
    /** The most documents a word may be held by and still tie them. */
    private readonly mostHolders: number,
    /** Each word's holders, up to one past mostHolders. */
    private readonly holders: ReadonlyMap<string, readonly string[]>,
  ) {}

  /**
   * Reads which documents hold each word (in slices, so a serving bot keeps answering; about 20 ms
   * at 10,000 passages), once per index, so no question waits for it.
   */
  static async build(stats: TermStats, documentIds: readonly string[]): Promise<SharedVocabulary> {
    const mostHolders = Math.min(MAX_HOLDERS, Math.ceil(stats.documentCount / 4) - 1);
    const byTerm = new Map<string, string[]>();
    // Where no word can tie documents, there is nothing to read.
    if (mostHolders >= 2) {
      await forEachWithPauses(documentIds, (documentId) => {
        for (const term of stats.documentTerms(documentId) ?? []) {
          const holding = byTerm.get(term);
          // A list stops one past mostHolders: such a word ties none, however many more hold it.
          if (!holding) byTerm.set(term, [documentId]);
          else if (holding.length <= mostHolders) holding.push(documentId);
        }
      });
    }
    return new SharedVocabulary(stats, mostHolders, byTerm);
  }

  /** False when no word can tie documents (a corpus of eight documents or fewer). */
  get ties(): boolean {
    return this.mostHolders >= 2;
  }

  sharesOf(documentId: string): ReadonlyMap<string, number> {
    const known = this.shares.get(documentId);
    if (known) return known;
    const weights = new Map<string, number>();
    let total = 0;
    for (const term of this.stats.documentTerms(documentId) ?? []) {
      const holding = this.holders.get(term) ?? [];
      if (holding.length < 2 || holding.length > this.mostHolders) continue;
      const weight = 1 / (holding.length - 1);
      for (const other of holding) {
        if (other === documentId) continue;
        weights.set(other, (weights.get(other) ?? 0) + weight);
        total += weight;
      }
    }
    const evidence = Math.max(total, MIN_EVIDENCE);
    for (const [other, weight] of weights) weights.set(other, weight / evidence);
    this.shares.set(documentId, weights);
    return weights;
  }
}
