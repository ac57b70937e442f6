// Fault suite: damaged index files, a damaged CURRENT, leftovers of a kill, and build locks.
// Real files, the real model, real processes for the locks.
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, refreshIndex } from '../../src/app/index.js';
import { isDocentError } from '../../src/core/index.js';
import type { UseLiteEmbedder } from '../../src/embed/index.js';
import { MAX_DELETED_SHARE, currentSnapshotDir } from '../../src/store/index.js';
import { runDocent } from '../support/cli.js';
import { realEmbedder } from '../support/embedders.js';
import { tempDir, writeFiles } from '../support/fs.js';

let model: UseLiteEmbedder;
beforeAll(async () => {
  model = await realEmbedder();
});

const CORPUS = {
  'alpha.txt': 'Alpha report\n\nThe alpha team shipped the parser in March.\n\nIt was fast.',
  'beta.md': '# Beta notes\n\nBeta covers storage.\n\n## Limits\n\nBeta stores at most ten files.',
};

async function builtIndex(): Promise<{ corpusDir: string; indexDir: string; snapshot: string }> {
  const [corpusDir, indexDir] = [await tempDir('docent-corpus-'), await tempDir()];
  await writeFiles(corpusDir, CORPUS);
  await refreshIndex({ corpusDir, indexDir, embedder: model });
  return { corpusDir, indexDir, snapshot: await currentSnapshotDir(indexDir) };
}

async function loadError(indexDir: string): Promise<unknown> {
  return loadIndex(indexDir).then(() => undefined, (error: unknown) => error);
}

describe('damaged snapshot files', () => {
  it('refuses zeroed vectors of the right length, names the file, and the next open rebuilds', async () => {
    const { corpusDir, indexDir, snapshot } = await builtIndex();
    const vectors = path.join(snapshot, 'vectors.f32');
    const size = (await readFile(vectors)).byteLength;
    await writeFile(vectors, new Uint8Array(size));
    const error = await loadError(indexDir);
    expect(isDocentError(error, 'INDEX_CORRUPT')).toBe(true);
    expect((error as Error).message).toMatch(/vectors\.f32.*does not match the checksum/u);
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report.previousIndexProblem).toMatch(/vectors\.f32/u);
    const rebuilt = await loadIndex(indexDir);
    expect(rebuilt.vectors[0]?.some((value) => value !== 0)).toBe(true);
  });

  it('stores the vectors once, inside the HNSW graph, reads them back and refuses a damaged graph', async () => {
    const [corpusDir, indexDir] = [await tempDir('docent-corpus-'), await tempDir()];
    await writeFiles(corpusDir, CORPUS);
    const built = await refreshIndex({ corpusDir, indexDir, embedder: model, exactBelow: 0 });
    const snapshot = await currentSnapshotDir(indexDir);
    expect((await readdir(snapshot)).sort()).toEqual(['chunks.jsonl', 'lexical.json', 'manifest.json', 'vectors.hnsw']);
    const loaded = await loadIndex(indexDir);
    expect(loaded.ann.kind).toBe('hnsw');
    loaded.vectors.forEach((row, i) => row.forEach((x, j) => expect(x).toBeCloseTo(built.contents?.vectors[i]?.[j] ?? Number.NaN, 5)));
    const graph = path.join(snapshot, 'vectors.hnsw');
    const bytes = await readFile(graph);
    bytes.fill(0, 200, 400);
    await writeFile(graph, bytes);
    expect((await loadError(indexDir) as Error).message).toMatch(/vectors\.hnsw.*does not match the checksum/u);
  });

  it('extends the HNSW graph when a document is added or removed, finding every passage by its own vector', async () => {
    const [corpusDir, indexDir] = [await tempDir('docent-corpus-'), await tempDir()];
    await writeFiles(corpusDir, CORPUS);
    await refreshIndex({ corpusDir, indexDir, embedder: model, exactBelow: 0 });
    // A document that sorts between the others, so every later passage changes row.
    await writeFiles(corpusDir, { 'alpha2.md': '# Alpha two\n\nThe second alpha team tested the parser in April.\n\nThey found two bugs.' });
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model, exactBelow: 0 });
    expect(report.chunksEmbedded).toBeLessThan(report.chunks);
    const snapshot = await currentSnapshotDir(indexDir);
    expect((await readdir(snapshot)).sort()).toEqual(['chunks.jsonl', 'lexical.json', 'manifest.json', 'vector-labels.u32', 'vectors.labelled.hnsw']);
    const findsItself = async (): Promise<void> => {
      const loaded = await loadIndex(indexDir);
      expect(loaded.ann.labels).toBeDefined();
      loaded.vectors.forEach((vector, row) => expect(loaded.ann.search(vector, 1)[0]?.label, loaded.chunks[row]?.text).toBe(row));
    };
    await findsItself();
    await rm(path.join(corpusDir, 'beta.md'));
    const removal = await refreshIndex({ corpusDir, indexDir, embedder: model, exactBelow: 0 });
    const afterRemoval = await loadIndex(indexDir);
    expect(afterRemoval.chunks.some((chunk) => chunk.documentId === 'beta.md')).toBe(false);
    // Deleting more than a quarter of the graph's points rebuilds it instead; fewer are marked deleted.
    const elementsBefore = report.chunks; // the extended graph held no deleted point yet
    const rebuilt = removal.report.chunksRemoved > MAX_DELETED_SHARE * elementsBefore;
    expect(afterRemoval.ann.labels === undefined).toBe(rebuilt);
    afterRemoval.vectors.forEach((vector, row) => expect(afterRemoval.ann.search(vector, 1)[0]?.label).toBe(row));
    // As a serving engine does: the previous index is the one in memory, built in this process
    // (its graph was written under a folder renamed at commit), re-indexed twice in a row.
    let live = removal.contents;
    for (const [name, text] of [['gamma.md', '# Gamma\n\nGamma handles the network layer.'], ['gamma2.md', '# Gamma two\n\nGamma two handles retries.']] as const) {
      await writeFiles(corpusDir, { [name]: text });
      const next = await refreshIndex({ corpusDir, indexDir, embedder: model, exactBelow: 0, ...(live && { previous: live }) });
      expect(next.contents?.ann.labels, name).toBeDefined();
      live = next.contents;
    }
    await findsItself();
    const labelsFile = path.join(await currentSnapshotDir(indexDir), 'vector-labels.u32');
    await writeFile(labelsFile, new Uint8Array((await readFile(labelsFile)).byteLength));
    expect((await loadError(indexDir) as Error).message).toMatch(/vector-labels\.u32.*does not match the checksum/u);
  });

  it('refuses sentence offsets outside a chunk, even when the checksums were rewritten to match', async () => {
    const { indexDir, snapshot } = await builtIndex();
    const chunksFile = path.join(snapshot, 'chunks.jsonl');
    const lines = (await readFile(chunksFile, 'utf8')).trim().split('\n');
    const first = JSON.parse(lines[0] ?? '{}') as { sentences: Array<{ start: number; end: number }> };
    first.sentences = [{ start: 5, end: 99_999 }];
    await writeFile(chunksFile, `${[JSON.stringify(first), ...lines.slice(1)].join('\n')}\n`);
    expect((await loadError(indexDir) as Error).message).toMatch(/chunks\.jsonl.*checksum/u);
    // Someone who also fixes up the manifest's checksum still gets a clear error.
    const manifestFile = path.join(snapshot, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { files: Record<string, string> };
    const { createHash } = await import('node:crypto');
    manifest.files['chunks.jsonl'] = createHash('sha256').update(await readFile(chunksFile)).digest('hex');
    await writeFile(manifestFile, JSON.stringify(manifest));
    const error = await loadError(indexDir);
    expect(isDocentError(error, 'INDEX_CORRUPT')).toBe(true);
    expect((error as Error).message).toMatch(/chunks\.jsonl.*line 1 has sentence offsets outside its text/u);
  });

  it('rewrites an index made before checksums once, reusing every vector', async () => {
    const { corpusDir, indexDir, snapshot } = await builtIndex();
    const manifestFile = path.join(snapshot, 'manifest.json');
    const { files: _files, ...older } = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify(older));
    expect((await loadIndex(indexDir)).manifest.files).toBeUndefined();
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report).toMatchObject({ upToDate: false, chunksEmbedded: 0 });
    expect(Object.keys((await loadIndex(indexDir)).manifest.files ?? {}).sort()).toEqual(['chunks.jsonl', 'lexical.json', 'vectors.f32']);
    expect((await refreshIndex({ corpusDir, indexDir, embedder: model })).report.upToDate).toBe(true);
  });
});

describe('the index folder itself', () => {
  it('recovers from a CURRENT that is a folder and removes CURRENT.*.tmp files and lock drafts a kill left', async () => {
    const { corpusDir, indexDir } = await builtIndex();
    await writeFile(path.join(indexDir, 'CURRENT.4242.abcdef.tmp'), 'snap-half-written\n');
    // A lock draft of a process that is gone is removed; one of a live process (taking the lock) is its own.
    const deadDraft = '.lock.3999999.abcdef01';
    const liveDraft = `.lock.${process.ppid}.abcdef02`;
    await writeFile(path.join(indexDir, deadDraft), '{}\n');
    await writeFile(path.join(indexDir, liveDraft), '{}\n');
    await import('node:fs/promises').then(({ rm }) => rm(path.join(indexDir, 'CURRENT')));
    await mkdir(path.join(indexDir, 'CURRENT'));
    expect(isDocentError(await loadError(indexDir), 'INDEX_CORRUPT')).toBe(true);
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder: model });
    expect(report.upToDate).toBe(false);
    expect((await loadIndex(indexDir)).manifest.counts.documents).toBe(2);
    expect((await readdir(indexDir)).filter((name) => name.startsWith('CURRENT'))).toEqual(['CURRENT']);
    expect((await readdir(indexDir)).filter((name) => name.startsWith('.lock.'))).toEqual([liveDraft]);
  });

  it('says so clearly (exit 1, not an unexpected error) when --index names a file', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'corpus/a.txt': 'Alpha\n\nThe parser shipped in March.', 'not-a-folder': 'x' });
    for (const index of ['not-a-folder', 'not-a-folder/below']) {
      const result = await runDocent(['index', '--corpus', path.join(dir, 'corpus'), '--index', path.join(dir, index)]);
      expect(result.code, index).toBe(1);
      expect(result.stderr, index).toMatch(/The index folder .* is a file \(or lies under one\)/u);
    }
  });
});

/** A process that runs until killed, and its lock record as a live Docent would write it. */
function sleeper() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  return child;
}

async function startTicksOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
}

describe('build locks', () => {
  const bootId = () => readFile('/proc/sys/kernel/random/boot_id', 'utf8').then((text) => text.trim());
  const lockOf = async (pid: number, startTicks: number, host = hostname()) =>
    JSON.stringify({ pid, host, bootId: await bootId(), startTicks, acquiredAt: '2026-01-01T00:00:00.000Z' });

  it('takes over a lock whose pid is alive but belongs to another process (pid reuse), or is a bare pid', async () => {
    const { corpusDir, indexDir } = await builtIndex();
    await writeFiles(corpusDir, { 'gamma.txt': 'Gamma memo\n\nGamma adds a cache.' });
    // pid 1 is alive, but it did not start at tick 1: a crashed build's pid, reused.
    await writeFile(path.join(indexDir, '.lock'), await lockOf(1, 1));
    expect((await refreshIndex({ corpusDir, indexDir, embedder: model })).report.documents).toBe(3);
    await writeFiles(corpusDir, { 'delta.txt': 'Delta brief\n\nDelta adds a queue.' });
    await writeFile(path.join(indexDir, '.lock'), '1\n'); // an older Docent's lock, or `echo 1 > .lock`
    expect((await refreshIndex({ corpusDir, indexDir, embedder: model })).report.documents).toBe(4);
    expect((await readdir(indexDir)).filter((name) => name.startsWith('.lock'))).toEqual([]);
  });

  it('waits for a live owner, naming --break-lock, which refuses while the owner runs; its lock is taken over once it is gone', async () => {
    const { corpusDir, indexDir } = await builtIndex();
    await writeFiles(corpusDir, { 'gamma.txt': 'Gamma memo\n\nGamma adds a cache.' });
    const owner = sleeper();
    try {
      const pid = owner.pid as number;
      await writeFile(path.join(indexDir, '.lock'), await lockOf(pid, await startTicksOf(pid)));
      const error = await refreshIndex({ corpusDir, indexDir, embedder: model }).then(() => undefined, (e: unknown) => e);
      expect(isDocentError(error, 'INDEX_BUSY')).toBe(true);
      expect((error as Error).message).toMatch(new RegExp(`pid ${pid}.*docent index --break-lock`, 'u'));
      const refused = await runDocent(['index', '--break-lock', '--corpus', corpusDir, '--index', indexDir]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(new RegExp(`belongs to pid ${pid}, which is running`, 'u'));
    } finally {
      owner.kill('SIGKILL');
      await new Promise((resolve) => owner.once('exit', resolve));
    }
    const after = await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/Indexed 3 documents/u);
  });

  it('treats a lock from another host as held, and `docent index --break-lock` clears it', async () => {
    const { corpusDir, indexDir } = await builtIndex();
    await writeFiles(corpusDir, { 'gamma.txt': 'Gamma memo\n\nGamma adds a cache.' });
    await writeFile(path.join(indexDir, '.lock'), await lockOf(1, 1, 'another-container'));
    const busy = await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/pid 1 on another-container/u);
    const broken = await runDocent(['index', '--break-lock', '--corpus', corpusDir, '--index', indexDir]);
    expect(broken.code).toBe(0);
    expect(broken.stderr).toMatch(/removed the build lock of pid 1 on another-container/u);
    expect(broken.stdout).toMatch(/Indexed 3 documents/u);
  });

  it('lets exactly one of several processes that start at once hold the lock, also when taking over a stale one', async () => {
    const indexDir = await tempDir();
    const lockModule = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/src/store/build-lock.js')).href;
    // Each process loads, waits for a common start time (so they really collide), tries to take
    // the lock, holds it for 300 ms, and says whether it got it.
    const script = (startAt: number) => `const { acquireBuildLock } = await import(${JSON.stringify(lockModule)});
      while (Date.now() < ${startAt}) {}
      try { const release = await acquireBuildLock(${JSON.stringify(indexDir)}); console.log('held'); await new Promise((r) => setTimeout(r, 300)); await release(); }
      catch (error) { console.log(error.code); }`;
    for (const round of [1, 2, 3, 4]) {
      if (round % 2 === 0) await writeFile(path.join(indexDir, '.lock'), await lockOf(1, 1)); // stale: pid 1 reused
      const startAt = Date.now() + 1_500;
      const outputs = await Promise.all(Array.from({ length: 6 }, () => new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script(startAt)], { stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (data: Buffer) => (out += data.toString()));
        child.on('close', () => resolve(out.trim()));
      })));
      expect(outputs.filter((out) => out === 'held'), `round ${round}: ${outputs.join(',')}`).toHaveLength(1);
      expect(outputs.filter((out) => out !== 'held').every((out) => out === 'INDEX_BUSY')).toBe(true);
      expect((await readdir(indexDir)).filter((name) => name.startsWith('.lock'))).toEqual([]);
    }
  });
});
