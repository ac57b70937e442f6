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

/** Cosine nearest-neighbour search over an hnswlib index. */
export class VectorIndex {
  private constructor(
    readonly kind: VectorIndexKind,
    readonly dimension: number,
    private readonly structure: Structure,
  ) {}

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
    return new VectorIndex(kind, dimension, structure);
  }

  /** Reads an HNSW graph written by `write`, checking it holds `count` vectors. (Exact indexes are not written: `build` them from the vectors.) */
  static async readGraph(file: string, dimension: number, count: number): Promise<VectorIndex> {
    const structure = new HierarchicalNSW('cosine', dimension);
    try {
      await structure.readIndex(file);
    } catch (error) {
      throw new DocentError('INDEX_CORRUPT', `The vector index ${file} cannot be read: ${(error as Error).message}`, { cause: error });
    }
    if (structure.getCurrentCount() !== count) {
      throw new DocentError('INDEX_CORRUPT', `The vector index ${file} holds ${structure.getCurrentCount()} vectors; the manifest says ${count}.`);
    }
    return new VectorIndex('hnsw', dimension, structure);
  }

  /** The stored vectors (normalised), row `label` at position `label`, asked of hnswlib one by one: slow, a fallback. */
  async points(): Promise<Float32Array[]> {
    const { structure } = this;
    if (!(structure instanceof HierarchicalNSW)) throw new Error('Only an HNSW graph holds its points for reading.');
    const labels = Array.from({ length: this.size }, (_, label) => label);
    const rows: Float32Array[] = [];
    await forEachWithPauses(labels, (label) => rows.push(Float32Array.from(structure.getPoint(label))));
    return rows;
  }

  /** Number of vectors. */
  get size(): number {
    return this.structure.getCurrentCount();
  }

  /** The k nearest vectors to `query`, closest first. */
  search(query: Float32Array, k: number): Neighbour[] {
    const wanted = Math.min(k, this.size);
    if (wanted <= 0) return [];
    if (this.structure instanceof HierarchicalNSW) this.structure.setEf(Math.max(HNSW_MIN_EF, wanted * 2));
    const { neighbors, distances } = this.structure.searchKnn(Array.from(query), wanted);
    return neighbors.map((label, i) => ({ label, similarity: 1 - (distances[i] ?? 1) }));
  }

  /** Writes an HNSW graph to `file`; an exact index has nothing to write beyond its vectors. */
  async write(file: string): Promise<void> {
    if (this.kind !== 'hnsw') throw new Error('An exact index is rebuilt from its vectors, not written.');
    await this.structure.writeIndex(file);
  }
}
