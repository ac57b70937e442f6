import { readFile, readdir, writeFile, rm, cp } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, refreshIndex } from '../../src/app/index.js';
import { isDocentError } from '../../src/core/index.js';
import { currentSnapshotDir } from '../../src/store/index.js';
import type { UseLiteEmbedder } from '../../src/embed/index.js';
import { RecordingEmbedder, realEmbedder } from '../support/embedders.js';
import { RELEASE_CORPUS, tempDir, writeFiles } from '../support/fs.js';

let model: UseLiteEmbedder;
beforeAll(async () => {
  model = await realEmbedder();
});

async function corpusOf(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('docent-corpus-');
  await writeFiles(dir, files);
  return dir;
}

const CORPUS = {
  'one.txt': 'Alpha report\n\nThe alpha team shipped the parser in March.\n\nIt was fast.',
  'two.md': '# Beta notes\n\nBeta covers storage.\n\n## Limits\n\nBeta stores at most ten files.',
  'three.txt': 'Gamma memo\n\nGamma will be removed later.',
};

describe('refreshIndex', () => {
  it('builds an index whose manifest records the embedder, counts and corpus', async () => {
    const [corpusDir, indexDir] = [await corpusOf(CORPUS), await tempDir()];
    const { report, contents } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report).toMatchObject({ documents: 3, chunksEmbedded: report.chunks, chunksReused: 0, upToDate: false });
    const loaded = await loadIndex(indexDir);
    expect(loaded.manifest.embedder).toEqual({ backend: 'use-lite', model: 'universal-sentence-encoder-lite', dimension: 512 });
    expect(loaded.manifest.counts).toEqual({ documents: 3, chunks: report.chunks });
    expect(loaded.chunks.map((c) => c.id)).toEqual(contents?.chunks.map((c) => c.id));
    expect(loaded.vectors[0]).toEqual(contents?.vectors[0]);
    const again = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(again.report.upToDate).toBe(true);
  });

  it("keeps a long table's header row with each chunk that starts in its middle, through the index files", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `| Locker ${i + 1} | Member ${1000 + i} |`).join('\n');
    const [corpusDir, indexDir] = [await corpusOf({ 'lockers.md': `# Lockers\n\n| Locker | Member number |\n|---|---|\n${rows}\n` }), await tempDir()];
    await refreshIndex({ corpusDir, indexDir, embedder: model });
    const { chunks } = await loadIndex(indexDir);
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.slice(1).map((chunk) => chunk.tableHeader)).toEqual(chunks.slice(1).map(() => '| Locker | Member number |\n|---|---|'));
  });

  it('re-embeds only new chunks, reuses the rest and drops removed documents', async () => {
    const [corpusDir, indexDir] = [await corpusOf(CORPUS), await tempDir()];
    const first = await refreshIndex({ corpusDir, indexDir, embedder: model });
    await writeFiles(corpusDir, {
      'one.txt': 'Alpha report\n\nThe alpha team shipped the parser in March.\n\nIt was very fast indeed.',
      'four.txt': 'Delta brief\n\nDelta adds a cache.',
    });
    await rm(path.join(corpusDir, 'three.txt'));
    const recording = new RecordingEmbedder(model);
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: recording });
    expect(recording.embeddedTexts.sort()).toEqual(['Delta adds a cache.', 'Delta brief', 'It was very fast indeed.']);
    expect(report).toMatchObject({
      documentsAdded: ['four.txt'],
      documentsChanged: ['one.txt'],
      documentsRemoved: ['three.txt'],
      chunksEmbedded: 3,
      chunksRemoved: 3, // "It was fast." and both chunks of three.txt
    });
    expect(report.chunksReused).toBe(report.chunks - 3);
    const loaded = await loadIndex(indexDir);
    expect(loaded.chunks.some((c) => c.documentId === 'three.txt')).toBe(false);
    expect(loaded.manifest.documents.map((d) => d.id)).toEqual(['four.txt', 'one.txt', 'two.md']);
    // Reused vectors are the stored ones, bit for bit.
    const before = first.contents?.chunks.findIndex((c) => c.text === 'Beta covers storage.') ?? -1;
    const after = loaded.chunks.findIndex((c) => c.text === 'Beta covers storage.');
    expect(loaded.vectors[after]).toEqual(first.contents?.vectors[before]);
  });

  it('leaves the previous index loadable when a build fails midway', async () => {
    const [corpusDir, indexDir] = [await corpusOf(CORPUS), await tempDir()];
    await refreshIndex({ corpusDir, indexDir, embedder: model });
    const before = await loadIndex(indexDir);
    const extra = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`extra-${i}.txt`, `Extra ${i}\n\nExtra document number ${i} about topic ${i * 7}.`]));
    await writeFiles(corpusDir, extra);
    const crashing = new RecordingEmbedder(model, 32);
    await expect(refreshIndex({ corpusDir, indexDir, embedder: crashing })).rejects.toThrow(/simulated crash/u);
    const after = await loadIndex(indexDir);
    expect(after.manifest).toEqual(before.manifest);
    expect(after.chunks).toEqual(before.chunks);
    // No half-written snapshot is left visible, and the next build succeeds.
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report.documents).toBe(43);
    expect((await readdir(indexDir)).filter((e) => e.startsWith('.building-'))).toEqual([]);
  });

  it('reports a damaged or foreign index clearly and rebuilds it', async () => {
    const [corpusDir, indexDir] = [await corpusOf(CORPUS), await tempDir()];
    await refreshIndex({ corpusDir, indexDir, embedder: model });
    const snapshot = await currentSnapshotDir(indexDir);
    const manifestFile = path.join(snapshot, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;

    const cases: Array<[string, () => Promise<void>, string, RegExp]> = [
      ['not JSON', () => writeFile(manifestFile, '{ nope'), 'INDEX_CORRUPT', /not valid JSON/u],
      ['a missing field', () => writeFile(manifestFile, JSON.stringify({ ...manifest, counts: undefined })), 'INDEX_CORRUPT', /counts/u],
      ['another schema', () => writeFile(manifestFile, JSON.stringify({ ...manifest, schemaVersion: 99 })), 'INDEX_MISMATCH', /schema version 99/u],
      ['truncated vectors', () => writeFile(path.join(snapshot, 'vectors.f32'), new Uint8Array(10)), 'INDEX_CORRUPT', /vectors\.f32.*checksum/u],
      ['a damaged lexical index', () => writeFile(path.join(snapshot, 'lexical.json'), '{"documentCount": 1}'), 'INDEX_CORRUPT', /lexical\.json/u],
      ['a missing chunk file', () => rm(path.join(snapshot, 'chunks.jsonl')), 'INDEX_CORRUPT', /chunks\.jsonl/u],
    ];
    const pristine = await tempDir();
    await cp(snapshot, pristine, { recursive: true });
    for (const [what, damage, code, message] of cases) {
      await cp(pristine, snapshot, { recursive: true });
      await damage();
      const error = await loadIndex(indexDir).catch((e: unknown) => e);
      expect(isDocentError(error, code as 'INDEX_CORRUPT'), what).toBe(true);
      expect((error as Error).message, what).toMatch(message);
    }
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report.previousIndexProblem).toMatch(/chunks\.jsonl/u);
    expect((await loadIndex(indexDir)).manifest.counts.documents).toBe(3);
  });

  it('does not reuse vectors from an index built by another model', async () => {
    const [corpusDir, indexDir] = [await corpusOf(CORPUS), await tempDir()];
    await refreshIndex({ corpusDir, indexDir, embedder: model });
    const other = new RecordingEmbedder(model);
    Object.defineProperty(other, 'info', { value: { ...model.info, model: 'other-model' } });
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: other });
    expect(report.previousIndexProblem).toMatch(/built with use-lite:universal-sentence-encoder-lite:512/u);
    expect(report.chunksReused).toBe(0);
    expect(other.embeddedTexts).toHaveLength(report.chunks);
  });
});

describe('the release, indexed with the real model', () => {
  it('finds the Helsinki Final Act paragraph for a question about the founding', async () => {
    const indexDir = await tempDir();
    const { contents } = await refreshIndex({ corpusDir: RELEASE_CORPUS, indexDir, embedder: model });
    const query = await model.embedQuery("Which act's signing led to the founding of the organisation?");
    const hits = contents?.ann.search(query, 3) ?? [];
    const texts = hits.map((hit) => contents?.chunks[hit.label]?.text ?? '');
    expect(texts.some((text) => text.includes('Helsinki Final Act'))).toBe(true);
  });
});
