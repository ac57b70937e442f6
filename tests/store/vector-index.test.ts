import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/embed/index.js';
import { VectorIndex } from '../../src/store/index.js';
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

  it('survives a write and a read', async () => {
    const file = path.join(await tempDir(), 'v.hnsw');
    const index = await VectorIndex.build(vectors, 32, { exactBelow });
    await index.write(file);
    const read = await VectorIndex.read(file, kind, 32, vectors.length);
    expect(read.search(queries[0] as Float32Array, 3)).toEqual(index.search(queries[0] as Float32Array, 3));
  });

  it('asks for no more neighbours than it holds', async () => {
    const index = await VectorIndex.build(vectors.slice(0, 2), 32, { exactBelow });
    expect(index.search(queries[0] as Float32Array, 10)).toHaveLength(2);
  });
});
