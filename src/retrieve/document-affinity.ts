/** How much a document is drawn to each other document: shares summing to at most 1. */
export interface DocumentAffinity {
  /** For each other document, its share of this document's links (missing: none). */
  sharesOf(documentId: string): ReadonlyMap<string, number>;
}

/** The mean of several affinities, each counting equally: two kinds of evidence that documents belong together. */
export class AveragedAffinity implements DocumentAffinity {
  private readonly known = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly parts: readonly DocumentAffinity[]) {}

  sharesOf(documentId: string): ReadonlyMap<string, number> {
    const cached = this.known.get(documentId);
    if (cached) return cached;
    const shares = new Map<string, number>();
    for (const part of this.parts) {
      for (const [other, share] of part.sharesOf(documentId)) shares.set(other, (shares.get(other) ?? 0) + share / this.parts.length);
    }
    this.known.set(documentId, shares);
    return shares;
  }
}
