import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/embed/index.js';
import { VectorIndex } from '../../src/store/index.js';
import { vectorsFromHnswFile } from '../../src/store/hnsw-file.js';
import { tempDir } from '../support/fs.js';

// A seeded generator, so the vectors and the expected answers are the same on every run.
function randomVectors(count: number, dimension: number, seed: number): Float32Array[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31 - 0.5;
  };
  return Array.from({ length: count }, () => normalize(Array.from({ length: dimension }, next)));
}

function exactNearest(vectors: readonly Float32Array[], query: Float32Array, k: number): number[] {
  const dot = (v: Float32Array): number => v.reduce((sum, x, i) => sum + x * (query[i] as number), 0);
  return vectors.map((v, label) => ({ label, score: dot(v) })).sort((a, b) => b.score - a.score).slice(0, k).map((x) => x.label);
}

// The same contract, run against both hnswlib structures.
describe.each([
  ['bruteforce', Number.POSITIVE_INFINITY],
  ['hnsw', 0],
] as const)('VectorIndex (%s)', (kind, exactBelow) => {
  const vectors = randomVectors(400, 32, 7);
  const queries = randomVectors(20, 32, 99);

  it('finds the exact nearest neighbours with cosine similarity', async () => {
    const index = await VectorIndex.build(vectors, 32, { exactBelow });
    expect(index.kind).toBe(kind);
    for (const query of queries) {
      const hits = index.search(query, 5);
      expect(hits.map((hit) => hit.label)).toEqual(exactNearest(vectors, query, 5));
      const first = hits[0];
      expect(first?.similarity).toBeCloseTo(vectors[first?.label ?? 0]?.reduce((s, x, i) => s + x * (query[i] as number), 0) ?? 0, 4);
    }
  });

  it('finds the nearest of the rows it is told to accept', async () => {
    const index = await VectorIndex.build(vectors, 32, { exactBelow });
    const odd = (row: number): boolean => row % 2 === 1;
    const oddRows = vectors.flatMap((_, row) => (odd(row) ? [row] : []));
    for (const query of queries) {
      const nearestOdd = exactNearest(oddRows.map((row) => vectors[row] as Float32Array), query, 5).map((i) => oddRows[i]);
      expect(index.search(query, 5, odd).map((hit) => hit.label)).toEqual(nearestOdd);
    }
  });

  it('asks for no more neighbours than it holds', async () => {
    const index = await VectorIndex.build(vectors.slice(0, 2), 32, { exactBelow });
    expect(index.search(queries[0] as Float32Array, 10)).toHaveLength(2);
  });
});

describe('an HNSW graph on disk', () => {
  const vectors = randomVectors(300, 32, 11);
  const queries = randomVectors(5, 32, 5);

  it('survives a write and a read, and gives back its vectors from the file bytes as hnswlib would', async () => {
    const file = path.join(await tempDir(), 'v.hnsw');
    const index = await VectorIndex.build(vectors, 32, { exactBelow: 0 });
    await index.write(file);
    const read = await VectorIndex.readGraph(file, 32, vectors.length);
    for (const query of queries) expect(read.search(query, 3)).toEqual(index.search(query, 3));
    const fromBytes = vectorsFromHnswFile(await readFile(file), 32, vectors.length);
    expect(fromBytes).toEqual(await read.points());
    fromBytes?.forEach((row, label) => row.forEach((x, i) => expect(x).toBeCloseTo(vectors[label]?.[i] ?? Number.NaN, 6)));
  });

  it('leaves reading to hnswlib when the bytes are not laid out as expected', async () => {
    const file = path.join(await tempDir(), 'v.hnsw');
    await (await VectorIndex.build(vectors, 32, { exactBelow: 0 })).write(file);
    const bytes = await readFile(file);
    expect(vectorsFromHnswFile(bytes, 32, vectors.length + 1)).toBeUndefined();
    expect(vectorsFromHnswFile(bytes, 64, vectors.length)).toBeUndefined();
    expect(vectorsFromHnswFile(bytes.subarray(0, 50), 32, vectors.length)).toBeUndefined();
  });

  it('refuses to write an exact index, which is rebuilt from its vectors', async () => {
    const index = await VectorIndex.build(vectors, 32, { exactBelow: Number.POSITIVE_INFINITY });
    await expect(index.write(path.join(await tempDir(), 'v.hnsw'))).rejects.toThrow(/rebuilt from its vectors/u);
  });
});

describe('an HNSW graph extended from an earlier one', () => {
  const vectors = randomVectors(300, 32, 21);
  const added = randomVectors(20, 32, 22);
  const queries = randomVectors(10, 32, 23);

  /** The earlier graph extended with `rows`, from its file. */
  async function extendWritten(rows: Parameters<VectorIndex['extend']>[1]): Promise<VectorIndex | undefined> {
    const file = path.join(await tempDir(), 'v.hnsw');
    await (await VectorIndex.build(vectors, 32, { exactBelow: 0 })).write(file);
    return (await VectorIndex.readGraph(file, 32, vectors.length)).extend(file, rows);
  }

  it('keeps the earlier points, inserts only new vectors, drops removed rows, and answers with the new rows', async () => {
    // New rows: the first 100 earlier rows, 20 new vectors, then earlier rows 120-299 (100-119 removed).
    const rows = [
      ...vectors.slice(0, 100).map((vector, row) => ({ vector, previousRow: row })),
      ...added.map((vector) => ({ vector, previousRow: undefined })),
      ...vectors.slice(120).map((vector, i) => ({ vector, previousRow: 120 + i })),
    ];
    const extended = await extendWritten(rows);
    expect(extended?.labels?.elements).toBe(320);
    expect(extended?.size).toBe(300);
    const now = rows.map((row) => row.vector);
    for (const query of queries) expect(extended?.search(query, 5).map((hit) => hit.label)).toEqual(exactNearest(now, query, 5));
    // A filter is asked about rows, not the graph's labels: the 20 new rows (100-119) alone.
    const isNew = (row: number): boolean => row >= 100 && row < 120;
    for (const query of queries) expect(extended?.search(query, 3, isNew).map((hit) => hit.label)).toEqual(exactNearest(added, query, 3).map((i) => 100 + i));

    // Written and read back with its labels, it answers alike, and gives its vectors back by row.
    const file = path.join(await tempDir(), 'extended.hnsw');
    await extended?.write(file);
    const labels = extended?.labels;
    const read = await VectorIndex.readGraph(file, 32, 300, labels);
    for (const query of queries) expect(read.search(query, 5)).toEqual(extended?.search(query, 5));
    const byLabel = vectorsFromHnswFile(await readFile(file), 32, 320);
    const byRow = (await read.points()).map((row) => Array.from(row));
    expect(labels?.rowLabels && Array.from(labels.rowLabels, (label) => Array.from(byLabel?.[label] ?? []))).toEqual(byRow);
    byRow.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(now[i]?.[j] ?? Number.NaN, 6)));
  });

  it('is rebuilt instead when more than a quarter of its points would be deleted', async () => {
    const rows = vectors.slice(0, 200).map((vector, row) => ({ vector, previousRow: row }));
    expect(await extendWritten(rows)).toBeUndefined();
  });

  it('gives a repeated vector a point of its own', async () => {
    const rows = [...vectors.map((vector, row) => ({ vector, previousRow: row })), { vector: vectors[5] as Float32Array, previousRow: 5 }];
    const extended = await extendWritten(rows);
    expect(extended?.labels?.elements).toBe(301);
    expect(new Set(extended?.labels?.rowLabels).size).toBe(301);
  });
});
