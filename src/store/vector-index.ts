import hnswlib from 'hnswlib-node';
import { DocentError, forEachWithPauses } from '../core/index.js';

const { BruteforceSearch, HierarchicalNSW } = hnswlib;

/** Which hnswlib structure holds the vectors. */
export type VectorIndexKind = 'hnsw' | 'bruteforce';

/** A nearest neighbour: the vector's label (its row) and cosine similarity to the query. */
export interface Neighbour {
  readonly label: number;
  readonly similarity: number;
}

/** Options for building a vector index. */
export interface VectorIndexOptions {
  /** Below this many vectors, exact brute-force search is used (faster and exact on small corpora). Default 5,000. */
  readonly exactBelow?: number;
}

/** The default for `exactBelow`. */
export const DEFAULT_EXACT_BELOW = 5_000;

// hnswlib parameters: M=16 and efConstruction=200 are its documented defaults for good recall.
const HNSW_M = 16;
const HNSW_EF_CONSTRUCTION = 200;
const HNSW_MIN_EF = 64;
const HNSW_SEED = 100;

type Structure = InstanceType<typeof BruteforceSearch> | InstanceType<typeof HierarchicalNSW>;

/** Where an HNSW graph extended from an earlier one stands: a row's label, and how many labels it has given out. */
export interface GraphLabels {
  /** The label of each row (rows are the snapshot's chunks, in order). */
  readonly rowLabels: Uint32Array;
  /** Points in the graph, deleted ones included: labels run from 0 to elements - 1. */
  readonly elements: number;
}

/** A row of an index being extended: its vector, and the row of the earlier index that holds the same vector, if any. */
export interface ExtendedRow {
  readonly vector: Float32Array;
  readonly previousRow: number | undefined;
}

/** Above this share of deleted points, an extended graph is rebuilt instead (deleted points still cost search time and bytes). */
export const MAX_DELETED_SHARE = 0.25;

/**
 * Cosine nearest-neighbour search over an hnswlib index. Results are rows (the snapshot's chunk
 * positions). A graph built at once labels each point by its row; a graph extended from an earlier
 * one (`extend`) keeps the earlier points under their labels, so a row's label is looked up.
 */
export class VectorIndex {
  private readonly rowOfLabel: Int32Array | undefined;

  private constructor(
    readonly kind: VectorIndexKind,
    readonly dimension: number,
    private readonly structure: Structure,
    /** Row labels of an extended graph; undefined where each row is its own label. */
    readonly labels: GraphLabels | undefined,
  ) {
    if (labels) {
      this.rowOfLabel = new Int32Array(labels.elements).fill(-1);
      labels.rowLabels.forEach((label, row) => {
        (this.rowOfLabel as Int32Array)[label] = row;
      });
    }
  }

  /** Builds an index over `vectors`, labelled by their position, pausing now and then (HNSW insertion is slow). */
  static async build(vectors: readonly Float32Array[], dimension: number, options: VectorIndexOptions = {}): Promise<VectorIndex> {
    const kind: VectorIndexKind = vectors.length < (options.exactBelow ?? DEFAULT_EXACT_BELOW) ? 'bruteforce' : 'hnsw';
    const capacity = Math.max(1, vectors.length);
    let structure: Structure;
    if (kind === 'bruteforce') {
      const exact = new BruteforceSearch('cosine', dimension);
      exact.initIndex(capacity);
      structure = exact;
    } else {
      const graph = new HierarchicalNSW('cosine', dimension);
      graph.initIndex(capacity, HNSW_M, HNSW_EF_CONSTRUCTION, HNSW_SEED);
      structure = graph;
    }
    await forEachWithPauses(vectors, (vector, label) => structure.addPoint(Array.from(vector), label));
    return new VectorIndex(kind, dimension, structure, undefined);
  }

  /**
   * A new HNSW index made from this one's graph, as written in `file` (its snapshot's), rather than from scratch: rows whose vector
   * this index holds keep its point, new vectors are inserted, and points no row uses any more are
   * marked deleted. Inserting 100,000 points takes minutes; a re-index that adds one document
   * inserts only its passages. Undefined when this index cannot be extended (not an HNSW graph) or
   * when too many points would be deleted (MAX_DELETED_SHARE): build it afresh then.
   */
  async extend(file: string, rows: readonly ExtendedRow[]): Promise<VectorIndex | undefined> {
    if (this.kind !== 'hnsw') return undefined;
    const previousRows = this.size;
    const previousElements = this.labels?.elements ?? previousRows;
    const rowLabel = (row: number): number => this.labels?.rowLabels[row] ?? row;
    // A row keeps an earlier point when it is the first to ask for it; every other row needs a new one.
    const claimed = new Set(rows.flatMap((row) => (row.previousRow === undefined ? [] : [row.previousRow])));
    const fresh = rows.length - claimed.size;
    const elements = previousElements + fresh;
    const deleted = elements - rows.length;
    if (deleted > MAX_DELETED_SHARE * elements) return undefined;

    const graph = new HierarchicalNSW('cosine', this.dimension);
    await graph.readIndex(file);
    graph.resizeIndex(Math.max(1, elements));
    const rowLabels = new Uint32Array(rows.length);
    const kept = new Set<number>();
    let next = previousElements;
    await forEachWithPauses(rows, ({ vector, previousRow }, row) => {
      if (previousRow !== undefined && !kept.has(previousRow)) {
        kept.add(previousRow);
        rowLabels[row] = rowLabel(previousRow);
      } else {
        graph.addPoint(Array.from(vector), next);
        rowLabels[row] = next;
        next += 1;
      }
    });
    for (let row = 0; row < previousRows; row += 1) if (!kept.has(row)) graph.markDelete(rowLabel(row));
    return new VectorIndex('hnsw', this.dimension, graph, { rowLabels, elements });
  }

  /** Reads an HNSW graph written by `write`, checking it holds the points the manifest says. (Exact indexes are not written: `build` them from the vectors.) */
  static async readGraph(file: string, dimension: number, count: number, labels?: GraphLabels): Promise<VectorIndex> {
    const structure = new HierarchicalNSW('cosine', dimension);
    try {
      await structure.readIndex(file);
    } catch (error) {
      throw new DocentError('INDEX_CORRUPT', `The vector index ${file} cannot be read: ${(error as Error).message}`, { cause: error });
    }
    const elements = labels?.elements ?? count;
    if (structure.getCurrentCount() !== elements) {
      throw new DocentError('INDEX_CORRUPT', `The vector index ${file} holds ${structure.getCurrentCount()} vectors; the manifest says ${elements}.`);
    }
    if (labels && (labels.rowLabels.length !== count || labels.rowLabels.some((label) => label >= elements))) {
      throw new DocentError('INDEX_CORRUPT', `The labels of the vector index ${file} do not match its ${count} passages.`);
    }
    return new VectorIndex('hnsw', dimension, structure, labels);
  }

  /** The stored vectors (normalised), one per row, asked of hnswlib one by one: slow, a fallback. */
  async points(): Promise<Float32Array[]> {
    const { structure } = this;
    if (!(structure instanceof HierarchicalNSW)) throw new Error('Only an HNSW graph holds its points for reading.');
    const rows = Array.from({ length: this.size }, (_, row) => this.labels?.rowLabels[row] ?? row);
    const vectors: Float32Array[] = [];
    await forEachWithPauses(rows, (label) => vectors.push(Float32Array.from(structure.getPoint(label))));
    return vectors;
  }

  /** Number of rows (passages). */
  get size(): number {
    return this.labels?.rowLabels.length ?? this.structure.getCurrentCount();
  }

  /** The k nearest rows to `query`, closest first; only rows `accept` accepts, when given. */
  search(query: Float32Array, k: number, accept?: (row: number) => boolean): Neighbour[] {
    const wanted = Math.min(k, this.size);
    if (wanted <= 0) return [];
    if (this.structure instanceof HierarchicalNSW) this.structure.setEf(Math.max(HNSW_MIN_EF, wanted * 2));
    const rowOf = this.rowOfLabel;
    const filter = accept && ((label: number): boolean => accept(rowOf ? (rowOf[label] as number) : label));
    const { neighbors, distances } = filter ? this.structure.searchKnn(Array.from(query), wanted, filter) : this.structure.searchKnn(Array.from(query), wanted);
    return neighbors.map((label, i) => ({ label: rowOf ? (rowOf[label] as number) : label, similarity: 1 - (distances[i] ?? 1) })).filter((hit) => hit.label >= 0);
  }

  /** Writes an HNSW graph to `file`; an exact index has nothing to write beyond its vectors. */
  async write(file: string): Promise<void> {
    if (this.kind !== 'hnsw') throw new Error('An exact index is rebuilt from its vectors, not written.');
    await this.structure.writeIndex(file);
  }
}
