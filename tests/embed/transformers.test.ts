import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEmbedder, refreshIndex } from '../../src/app/index.js';
import { parseEmbeddingModel } from '../../src/config/index.js';
import { isDocentError } from '../../src/core/index.js';
import { TRANSFORMERS_INSTALL, TransformersEmbedder, prefixesFor } from '../../src/embed/index.js';
import { tempDir, writeFiles } from '../support/fs.js';
import { writeTinyModel } from '../support/tiny-model.js';

// The transformers.js backend is an optional install (.ci/run adds it, with onnx-proto for the
// tiny model): with it, the real pipeline is tested; without it, the error that says how to add it.
const installed = existsSync(path.resolve(import.meta.dirname, '../../node_modules/@huggingface/transformers/package.json'));

const dot = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] as number), 0);

describe('without the optional transformers.js install', () => {
  it.skipIf(installed)('says how to install it instead of failing with a stack trace', async () => {
    const error = await createEmbedder(parseEmbeddingModel('hf:Xenova/bge-small-en-v1.5')).catch((e: unknown) => e);
    expect(isDocentError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toContain(TRANSFORMERS_INSTALL);
  });
});

describe.skipIf(!installed)('TransformersEmbedder on a tiny local ONNX model', () => {
  it('runs the real pipeline: mean-pooled, normalized, similar words close', async () => {
    const folder = await writeTinyModel(path.join(await tempDir(), 'tiny-bert'));
    const embedder = await TransformersEmbedder.load({ kind: 'local', folder });
    try {
      expect(embedder.info).toEqual({ backend: 'transformers', model: 'tiny-bert', dimension: 8 });
      const [cat, stocks] = await embedder.embedPassages(['The cat sat on the mat', 'Stocks fell sharply']);
      const query = await embedder.embedQuery('kitten');
      expect(Math.hypot(...(cat as Float32Array))).toBeCloseTo(1, 5);
      expect(dot(query, cat as Float32Array)).toBeGreaterThan(dot(query, stocks as Float32Array));
      // Batches of mixed length give the same vectors as one at a time (padding is masked).
      const [alone] = await embedder.embedPassages(['Stocks fell sharply']);
      expect(Array.from(alone as Float32Array)).toEqual(Array.from(stocks as Float32Array).map((x) => expect.closeTo(x, 5)));
    } finally {
      await embedder.dispose();
    }
  });

  it('builds an index through EMBEDDING_MODEL=local:…', async () => {
    const folder = await writeTinyModel(path.join(await tempDir(), 'tiny-bert'));
    const embedder = await createEmbedder(parseEmbeddingModel(`local:${folder}`));
    const [corpusDir, indexDir] = [await tempDir(), await tempDir()];
    await writeFiles(corpusDir, { 'pets.txt': 'Pets\n\nThe cat sat on the mat.', 'money.txt': 'Money\n\nStocks fell sharply.' });
    const { contents } = await refreshIndex({ corpusDir, indexDir, embedder });
    expect(contents?.manifest.embedder).toEqual({ backend: 'transformers', model: 'tiny-bert', dimension: 8 });
    const hits = contents?.ann.search(await embedder.embedQuery('kitten'), 1) ?? [];
    expect(contents?.chunks[hits[0]?.label ?? -1]?.text).toBe('The cat sat on the mat.');
    await embedder.dispose();
  });

  it('says clearly when the model folder is missing', async () => {
    const error = await TransformersEmbedder.load({ kind: 'local', folder: '/nonexistent/model' }).catch((e: unknown) => e);
    expect(isDocentError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/config\.json missing/u);
  });
});

describe('prefixesFor', () => {
  it('knows the prefixes retrieval models were trained with', () => {
    expect(prefixesFor('Xenova/bge-small-en-v1.5').query).toMatch(/^Represent this sentence/u);
    expect(prefixesFor('intfloat/multilingual-e5-small')).toEqual({ query: 'query: ', passage: 'passage: ' });
    expect(prefixesFor('Xenova/all-MiniLM-L6-v2')).toEqual({ query: '', passage: '' });
  });
});

describe('parseEmbeddingModel', () => {
  it('understands the documented forms and rejects others clearly', () => {
    expect(parseEmbeddingModel(undefined)).toEqual({ kind: 'use-lite' });
    expect(parseEmbeddingModel('hf:Xenova/bge-small-en-v1.5')).toEqual({ kind: 'hub', repo: 'Xenova/bge-small-en-v1.5' });
    expect(parseEmbeddingModel('local:/models/x')).toEqual({ kind: 'local', folder: '/models/x' });
    expect(() => parseEmbeddingModel('bert')).toThrow(/EMBEDDING_MODEL="bert" is not understood/u);
  });
});
