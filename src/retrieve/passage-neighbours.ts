import type { Chunk } from '../core/index.js';
import type { VectorIndex } from '../store/index.js';
import type { DocumentAffinity } from './document-affinity.js';
import { rowsByDocument } from './document-rows.js';

/** Passages of a document whose neighbours are looked up (evenly spaced through it). */
const SAMPLED_PASSAGES = 12;
/** Nearest passages of other documents taken per sampled passage. */
const NEIGHBOURS = 10;
/** Room left for a document's own passages among a search's results before a filtered search is needed. */
const OWN_ROOM = 20;

/** What passage neighbours read of an index: its chunks, their vectors and the nearest-neighbour search over them. */
export interface LinkedContents {
  readonly chunks: readonly Chunk[];
  readonly vectors: readonly Float32Array[];
  readonly ann: Pick<VectorIndex, 'search'>;
}

/**
 * Which documents hold the nearest neighbours of a document's passages: the share of its sampled
 * passages' NEIGHBOURS nearest passages of other documents that lie in each. Read lazily, per
 * document (about 4 ms at 100,000 passages), and kept for the index's life.
 */
export class PassageNeighbours implements DocumentAffinity {
  private readonly shares = new Map<string, ReadonlyMap<string, number>>();

  constructor(private readonly contents: LinkedContents) {}

  sharesOf(documentId: string): ReadonlyMap<string, number> {
    const known = this.shares.get(documentId);
    if (known) return known;
    const { chunks, vectors, ann } = this.contents;
    const rows = rowsByDocument(chunks).get(documentId) ?? [];
    const shares = new Map<string, number>();
    this.shares.set(documentId, shares);
    // A document of half the corpus or more is no topic apart (topics that size are not narrowed to),
    // and a filtered search for its few others would visit nearly every point.
    if (rows.length * 2 >= chunks.length) return shares;
    const sample = rows.length <= SAMPLED_PASSAGES ? rows : Array.from({ length: SAMPLED_PASSAGES }, (_, i) => rows[Math.floor((i * rows.length) / SAMPLED_PASSAGES)] as number);
    const elsewhere = (row: number): boolean => chunks[row]?.documentId !== documentId;
    for (const row of sample) {
      // Searched without a filter first (hnswlib asks a filter about every point it visits), with
      // room for the document's own passages; with the filter where those crowd the others out.
      const vector = vectors[row] as Float32Array;
      const unfiltered = ann.search(vector, NEIGHBOURS + Math.min(rows.length, OWN_ROOM)).filter((hit) => elsewhere(hit.label));
      const hits = unfiltered.length >= NEIGHBOURS ? unfiltered.slice(0, NEIGHBOURS) : ann.search(vector, NEIGHBOURS, elsewhere);
      for (const hit of hits) {
        const other = chunks[hit.label]?.documentId;
        if (other !== undefined) shares.set(other, (shares.get(other) ?? 0) + 1 / (sample.length * NEIGHBOURS));
      }
    }
    return shares;
  }
}
