// npm run bench:scale — Docent at 10k, 30k and 100k passages of real manual-page text (see
// scale-corpus.ts): embedding throughput on a sample, index build with the vectors already
// embedded, load (Engine.open on the built index, in a fresh process), memory after load, index
// bytes per passage, search and ask latency with the model warm, and question latency while a
// re-index adds one document. Corpora and a vector cache are kept in bench-out/scale, so only the
// first run embeds (100k passages: about half an hour on two cores). Medians of repeated rounds.
import { fork } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Engine, corpusFingerprint, loadIndex, median, percentile, refreshIndex } from '../src/app/index.js';
import { loadEngineConfig } from '../src/config/index.js';
import { EmbedderPool } from '../src/embed/index.js';
import { loadCorpus } from '../src/ingest/index.js';
import { LiveIndex } from '../src/retrieve/index.js';
import { LexicalIndex, VectorIndex, currentSnapshotDir } from '../src/store/index.js';
import { CachedEmbedder, VectorCache, buildScaleCorpora, embeddingInputs, passagesOf, type ScaleCorpus } from './scale-corpus.js';

const SIZES = (process.env['BENCH_SIZES'] ?? '10000,30000,100000').split(',').map(Number);
const THREADS = Number(process.env['EMBED_THREADS'] ?? availableParallelism());
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const LOADS = Number(process.env['BENCH_LOADS'] ?? 3);
const SAMPLE = Number(process.env['BENCH_SAMPLE'] ?? 1000);
const ROOT = path.resolve('bench-out', 'scale');
const DIMENSION = 512;
/** Give passages not yet in the vector cache synthetic vectors (said in the output) instead of embedding them first. */
const SYNTHETIC = process.env['BENCH_SYNTHETIC'] === '1';
let synthesized = 0;
const TARGETS = { searchP50: 5, askP50: 25, loadSeconds: 5, bytesPerPassage: 3 * 1024, reindexMax: 100 } as const;

/** Realistic questions about the manual pages every corpus holds (the 10k corpus is man1 from "CA.pl" to about "find"). */
const QUESTIONS = [
  'How do I change the owner of a file?', 'How do I change file permissions recursively?', 'How do I copy a directory and keep file attributes?',
  'How can I show the disk usage of a folder?', 'How much free space is left on each file system?', 'How do I compare two files line by line?',
  'How do I print the kernel ring buffer messages?', 'How do I make a file immutable?', 'How do I change my login shell?',
  'When does a user\'s password expire?', 'How do I encode a file in base64?', 'How do I compress a file with bzip2?',
  'How do I download a file with curl and follow redirects?', 'How can I cut fields from each line by a delimiter?',
  'How do I copy a disk image with dd and set the block size?', 'How do I find files modified in the last day?',
  'How do I list the contents of a Debian package?', 'How do I add a PPA repository?', 'How do I show the scheduling policy of a process?',
  'How do I send a message on the D-Bus session bus?', 'What does the --preserve option of cp do?', 'How can I substitute environment variables in a file?',
  'How do I factor a number into primes?', 'How do I list the available fonts?', 'How do I determine the type of a file?', 'How do I set the system date and time?',
];

/** What a serving process measured on one index. */
interface ServeResult {
  readonly loadSeconds: number;
  readonly rssMiB: number;
  readonly heapUsedMiB: number;
  readonly full?: {
    readonly components: { readonly modelStart: number; readonly corpusCheck: number; readonly indexRead: number; readonly termStats: number };
    readonly search: Latency & { readonly retrievalP50: number; readonly embedP50: number };
    readonly ask: Latency & { readonly embedP50: number; readonly searchP50: number; readonly answerP50: number };
    readonly reindex: Latency & { readonly max: number; readonly seconds: number; readonly questions: number; readonly maxLoopDelay: number; readonly stalls: string; readonly phases: string };
  };
}

interface Latency {
  readonly p50: number;
  readonly p95: number;
}

/** One size's figures. */
interface SizeResult {
  readonly corpus: ScaleCorpus;
  readonly passages: number;
  readonly buildSeconds: number;
  readonly annSeconds: number;
  readonly lexicalSeconds: number;
  readonly files: ReadonlyMap<string, number>;
  readonly loads: readonly ServeResult[];
  readonly serve: NonNullable<ServeResult['full']>;
}

const seconds = (since: number): number => (performance.now() - since) / 1000;

/** When (seconds after the clock was reset) and for how long the vector index, BM25 index and term statistics were last built. */
const phases = new Map<string, { readonly at: number; readonly seconds: number }>();
let phaseClock = performance.now();
function resetPhases(): void {
  phases.clear();
  phaseClock = performance.now();
}
function timePhase<A extends unknown[], R>(label: string, work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    const started = performance.now();
    try {
      return await work(...args);
    } finally {
      phases.set(label, { at: (started - phaseClock) / 1000, seconds: seconds(started) });
    }
  };
}
// The builds inside refreshIndex and Engine are timed where they run, instead of being run again.
VectorIndex.build = timePhase('vector index', VectorIndex.build.bind(VectorIndex));
const extend = VectorIndex.prototype.extend;
VectorIndex.prototype.extend = function (this: VectorIndex, ...args: Parameters<typeof extend>) {
  return timePhase('vector index extended', (...inner: Parameters<typeof extend>) => extend.apply(this, inner))(...args);
};
LexicalIndex.build = timePhase('BM25', LexicalIndex.build.bind(LexicalIndex));
LiveIndex.load = timePhase('term statistics', LiveIndex.load.bind(LiveIndex));
const phaseSeconds = (label: string): number => phases.get(label)?.seconds ?? Number.NaN;
const phaseList = (): string => [...phases.entries()].map(([label, p]) => `${label} ${p.seconds.toFixed(1)} s from ${p.at.toFixed(1)} s`).join(', ');
const mib = (bytes: number): number => bytes / 1024 / 1024;
const latency = (values: readonly number[]): Latency => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
const log = (message: string): void => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, seconds(started)];
}

/** Embeds every passage of the corpora not yet in the cache, smallest corpus first, logging progress. */
async function fillCache(corpora: readonly ScaleCorpus[], cache: VectorCache): Promise<number> {
  const pool = await EmbedderPool.start({ kind: 'use-lite' }, THREADS);
  const embedder = new CachedEmbedder(pool, cache);
  try {
    for (const corpus of corpora) {
      const { documents } = await loadCorpus(corpus.dir);
      const inputs = embeddingInputs(passagesOf(documents));
      const started = performance.now();
      let last = started;
      await embedder.embedPassages(inputs, (done, total) => {
        const now = performance.now();
        if (now - last < 15_000 && done < total) return;
        last = now;
        const rate = done / seconds(started);
        log(`corpus-${corpus.target}: embedded ${done}/${total} missing passages, ${rate.toFixed(1)}/s, ${((total - done) / rate / 60).toFixed(1)} min left`);
      });
    }
    return embedder.embedded;
  } finally {
    await embedder.dispose();
  }
}

/** Passages per second of the worker pool on distinct passages of the corpus (after a warm-up), median of two rounds. */
async function embeddingThroughput(corpus: ScaleCorpus): Promise<{ rate: number; sample: number }> {
  const { documents } = await loadCorpus(corpus.dir);
  const texts = [...new Set(embeddingInputs(passagesOf(documents)))];
  const step = Math.max(1, Math.floor(texts.length / SAMPLE));
  const sample = texts.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  const pool = await EmbedderPool.start({ kind: 'use-lite' }, THREADS);
  try {
    await pool.embedPassages(texts.slice(0, 64)); // warm-up, and the pool grows to THREADS workers
    const rounds: number[] = [];
    for (let round = 0; round < 2; round += 1) rounds.push((await timed(() => pool.embedPassages(sample)))[1]);
    return { rate: sample.length / median(rounds), sample: sample.length };
  } finally {
    await pool.dispose();
  }
}

async function snapshotFiles(indexDir: string): Promise<Map<string, number>> {
  const dir = await currentSnapshotDir(indexDir);
  const files = new Map<string, number>();
  for (const name of (await readdir(dir)).sort()) files.set(name, (await stat(path.join(dir, name))).size);
  return files;
}

/** Runs `--serve` in a fresh Node process (so its memory and load are its own) and returns what it measured. */
function serveInChild(corpus: ScaleCorpus, indexDir: string, full: boolean): Promise<ServeResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--serve', corpus.dir, indexDir, full ? 'full' : 'load'], { execArgv: ['--expose-gc'] });
    let result: ServeResult | undefined;
    child.on('message', (message) => { result = message as ServeResult; });
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`the serving process exited with ${code}`))));
  });
}

/** Builds the index of one corpus from cached vectors, measures its parts and files, and serves it in fresh processes. */
async function measureSize(corpus: ScaleCorpus, cache: VectorCache): Promise<SizeResult> {
  const indexDir = path.join(ROOT, `index-${corpus.target}`);
  await rm(indexDir, { recursive: true, force: true });
  const pool = await EmbedderPool.start({ kind: 'use-lite' }, 1);
  const embedder = new CachedEmbedder(pool, cache, SYNTHETIC);
  let built: Awaited<ReturnType<typeof refreshIndex>>;
  let buildSeconds: number;
  try {
    resetPhases();
    [built, buildSeconds] = await timed(() => refreshIndex({ corpusDir: corpus.dir, indexDir, embedder }));
  } finally {
    await embedder.dispose();
  }
  synthesized += embedder.synthesized;
  if (embedder.synthesized > 0) log(`corpus-${corpus.target}: ${embedder.synthesized} distinct passages were not cached and got synthetic vectors`);
  if (embedder.embedded > 0) log(`corpus-${corpus.target}: ${embedder.embedded} passages were not cached and were embedded during the build`);
  const contents = built.contents;
  if (!contents) throw new Error('the build returned no index');
  log(`corpus-${corpus.target}: index built in ${buildSeconds.toFixed(1)} s (${contents.manifest.vectorIndex.kind})`);
  const annSeconds = phaseSeconds('vector index');
  const lexicalSeconds = phaseSeconds('BM25');
  const files = await snapshotFiles(indexDir);
  const loads: ServeResult[] = [];
  for (let round = 1; round < LOADS; round += 1) loads.push(await serveInChild(corpus, indexDir, false));
  const last = await serveInChild(corpus, indexDir, true);
  loads.push(last);
  log(`corpus-${corpus.target}: served (load ${loads.map((l) => l.loadSeconds.toFixed(2)).join(', ')} s)`);
  return { corpus, passages: contents.chunks.length, buildSeconds, annSeconds, lexicalSeconds, files, loads, serve: last.full as NonNullable<ServeResult['full']> };
}

/** Seconds to read the snapshot files, and then to count their terms, as Engine.open does. */
async function readAndCount(indexDir: string): Promise<{ indexRead: number; termStats: number }> {
  const [contents, indexRead] = await timed(() => loadIndex(indexDir));
  const termStats = (await timed(() => LiveIndex.load(contents)))[1];
  return { indexRead, termStats };
}

/** The serving process: Engine.open on the built index, memory, then (when `full`) load components, search, ask and a re-index. */
async function serve(corpusDir: string, indexDir: string, full: boolean): Promise<ServeResult> {
  const config = loadEngineConfig({}, { corpus: corpusDir, index: indexDir });
  const [engine, loadSeconds] = await timed(() => Engine.open(config, { onIndexed: () => { throw new Error('the index was not up to date'); } }));
  (globalThis as { gc?: () => void }).gc?.();
  const memory = process.memoryUsage();
  const result = { loadSeconds, rssMiB: mib(memory.rss), heapUsedMiB: mib(memory.heapUsed) };
  if (!full) {
    await engine.dispose();
    return result;
  }
  // What Engine.open spent its time on, each part again on its own.
  const modelStart = (await timed(async () => (await EmbedderPool.start(config.embeddingModel, 1)).dispose()))[1];
  // An index that is up to date is served without chunking the corpus: reading it is the check.
  const corpusCheck = (await timed(async () => corpusFingerprint((await loadCorpus(corpusDir)).documents)))[1];
  const { indexRead, termStats } = await readAndCount(indexDir);
  (globalThis as { gc?: () => void }).gc?.(); // the second copy of the index read just now is garbage

  for (const question of QUESTIONS.slice(0, 5)) await engine.ask(question); // warm-up
  const searchWall: number[] = [];
  const searchParts = { embed: [] as number[], search: [] as number[] };
  const askWall: number[] = [];
  const askParts = { embed: [] as number[], search: [] as number[], answer: [] as number[] };
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const question of QUESTIONS) {
      let started = performance.now();
      const found = await engine.search(question);
      searchWall.push(performance.now() - started);
      searchParts.embed.push(found.timingsMs.embed);
      searchParts.search.push(found.timingsMs.search);
      started = performance.now();
      const answered = await engine.ask(question);
      askWall.push(performance.now() - started);
      askParts.embed.push(answered.timingsMs.embed);
      askParts.search.push(answered.timingsMs.search);
      askParts.answer.push(answered.timingsMs.answer);
    }
  }

  const added = path.join(corpusDir, 'zz-bench-scale-added-page.md');
  await writeFile(added, '# Release schedule\n\nA moderator added this page: releases are cut on the first Monday of each month, so the index is rebuilt.\n');
  const latencies: number[] = [];
  const stalls: Array<{ took: number; at: number }> = [];
  const loop = monitorEventLoopDelay({ resolution: 10 });
  let reindexing = true;
  const reindexStarted = performance.now();
  resetPhases();
  const asking = (async () => {
    for (let i = 0; reindexing; i += 1) {
      const started = performance.now();
      await engine.ask(QUESTIONS[i % QUESTIONS.length] as string);
      const took = performance.now() - started;
      latencies.push(took);
      if (took > TARGETS.reindexMax) stalls.push({ took, at: (started - reindexStarted) / 1000 });
      await sleep(50);
    }
  })();
  loop.enable();
  let reindexSeconds: number;
  try {
    reindexSeconds = (await timed(() => engine.reindex()))[1];
  } finally {
    reindexing = false;
    loop.disable();
    await asking;
    await rm(added, { force: true });
  }
  await engine.dispose();
  const median50 = (values: number[]): number => percentile(values, 50);
  return {
    ...result,
    full: {
      components: { modelStart, corpusCheck, indexRead, termStats },
      search: { ...latency(searchWall), embedP50: median50(searchParts.embed), retrievalP50: median50(searchParts.search) },
      ask: { ...latency(askWall), embedP50: median50(askParts.embed), searchP50: median50(askParts.search), answerP50: median50(askParts.answer) },
      reindex: {
        ...latency(latencies), max: Math.max(...latencies), seconds: reindexSeconds, questions: latencies.length,
        maxLoopDelay: loop.max / 1e6, stalls: `${stalls.length} in all, the longest: ${stalls.sort((x, y) => y.took - x.took).slice(0, 10).map((x) => `${x.took.toFixed(0)} ms at ${x.at.toFixed(1)} s`).join(', ')}`, phases: phaseList(),
      },
    },
  };
}

/** The markdown table of every size, the 100k targets beside the figures, and what limits each missed target. */
function report(results: readonly SizeResult[], throughput: { rate: number; sample: number }): string {
  const f = (value: number, digits = 1): string => value.toFixed(digits);
  const fileNames = [...new Set(results.flatMap((r) => [...r.files.keys()]))];
  const total = (r: SizeResult): number => [...r.files.values()].reduce((a, b) => a + b, 0);
  const loadMedian = (r: SizeResult): number => median(r.loads.map((l) => l.loadSeconds));
  const rows: Array<[string, (r: SizeResult) => string, string, ((r: SizeResult) => boolean)?]> = [
    ['documents / passages', (r) => `${r.corpus.documents} / ${r.passages}`, ''],
    ['embedding, whole corpus (s, at the sampled rate)', (r) => f(r.passages / throughput.rate, 0), ''],
    ['index build, vectors already embedded (s)', (r) => f(r.buildSeconds), ''],
    ['  of which vector index (HNSW insertion) (s)', (r) => f(r.annSeconds), ''],
    ['  of which BM25 (s)', (r) => f(r.lexicalSeconds), ''],
    ['load: Engine.open, model cold (s, median)', (r) => f(loadMedian(r), 2), `<= ${TARGETS.loadSeconds}`, (r) => loadMedian(r) <= TARGETS.loadSeconds],
    ['  model start (s)', (r) => f(r.serve.components.modelStart, 2), ''],
    ['  corpus read (up-to-date check) (s)', (r) => f(r.serve.components.corpusCheck, 2), ''],
    ['  index files read (s)', (r) => f(r.serve.components.indexRead, 2), ''],
    ['  term statistics (s)', (r) => f(r.serve.components.termStats, 2), ''],
    ['RSS after load (MiB, median)', (r) => f(median(r.loads.map((l) => l.rssMiB)), 0), ''],
    ['heapUsed after load (MiB, median)', (r) => f(median(r.loads.map((l) => l.heapUsedMiB)), 0), ''],
    ['index bytes per passage (all files)', (r) => f(total(r) / r.passages, 0), `<= ${TARGETS.bytesPerPassage}`, (r) => total(r) / r.passages <= TARGETS.bytesPerPassage],
    ...fileNames.map((name): [string, (r: SizeResult) => string, string] => [`  ${name}`, (r) => f((r.files.get(name) ?? 0) / r.passages, 0), '']),
    ['search p50 / p95 (ms, wall, query embedding included)', (r) => `${f(r.serve.search.p50, 2)} / ${f(r.serve.search.p95, 2)}`, `p50 <= ${TARGETS.searchP50}`, (r) => r.serve.search.p50 <= TARGETS.searchP50],
    ['  search p50: query embed / retrieval (ms)', (r) => `${f(r.serve.search.embedP50, 2)} / ${f(r.serve.search.retrievalP50, 2)}`, `retrieval <= ${TARGETS.searchP50}`, (r) => r.serve.search.retrievalP50 <= TARGETS.searchP50],
    ['ask p50 / p95 (ms, wall, model warm)', (r) => `${f(r.serve.ask.p50, 2)} / ${f(r.serve.ask.p95, 2)}`, `p50 <= ${TARGETS.askP50}`, (r) => r.serve.ask.p50 <= TARGETS.askP50],
    ['  ask p50: embed / search / answer (ms)', (r) => `${f(r.serve.ask.embedP50, 2)} / ${f(r.serve.ask.searchP50, 2)} / ${f(r.serve.ask.answerP50, 2)}`, ''],
    ['re-index adding one document (s)', (r) => f(r.serve.reindex.seconds), ''],
    ['asks during it: count, p50 / p95 / max (ms)', (r) => `${r.serve.reindex.questions}: ${f(r.serve.reindex.p50, 0)} / ${f(r.serve.reindex.p95, 0)} / ${f(r.serve.reindex.max, 0)}`, `max <= ${TARGETS.reindexMax}`, (r) => r.serve.reindex.max <= TARGETS.reindexMax],
    ['  longest event-loop stall during it (ms)', (r) => f(r.serve.reindex.maxLoopDelay, 0), ''],
  ];
  const largest = results.at(-1);
  const header = `| | ${results.map((r) => `${r.corpus.target / 1000}k`).join(' | ')} | target (100k) | ${largest ? `met at ${largest.corpus.target / 1000}k` : ''} |`;
  const met = (check: ((r: SizeResult) => boolean) | undefined): string => (!check || !largest ? '' : check(largest) ? 'yes' : '**no**');
  const lines = [header, `|---|${results.map(() => '---:').join('|')}|---|---|`, ...rows.map(([label, cell, target, check]) => `| ${label} | ${results.map(cell).join(' | ')} | ${target} | ${met(check)} |`)];

  const notes: string[] = [];
  if (largest) {
    const name = `${largest.corpus.target / 1000}k`;
    const c = largest.serve.components;
    if (loadMedian(largest) > TARGETS.loadSeconds) {
      notes.push(`- load at ${name} (${f(loadMedian(largest), 2)} s; the corpus read, the snapshot read and, from 5,000 passages, counting terms on a worker thread overlap): model start ${f(c.modelStart, 2)} s, re-reading the corpus to check the index is current ${f(c.corpusCheck, 2)} s, reading the snapshot files ${f(c.indexRead, 2)} s, term statistics ${f(c.termStats, 2)} s.`);
    }
    const biggest = [...largest.files.entries()].sort((a, b) => b[1] - a[1])[0];
    if (total(largest) / largest.passages > TARGETS.bytesPerPassage && biggest) {
      notes.push(`- index size at ${name} (${f(total(largest) / largest.passages, 0)} B/passage): a 512-dimension float32 vector is 2,048 B by itself; ${[...largest.files.entries()].map(([file, bytes]) => `${file} ${f(bytes / largest.passages, 0)}`).join(', ')} B/passage.`);
    }
    if (largest.serve.search.p50 > TARGETS.searchP50) {
      notes.push(`- search at ${name} (p50 ${f(largest.serve.search.p50, 2)} ms): embedding the query ${f(largest.serve.search.embedP50, 2)} ms, retrieval ${f(largest.serve.search.retrievalP50, 2)} ms.`);
    }
    if (largest.serve.ask.p50 > TARGETS.askP50) {
      notes.push(`- ask at ${name} (p50 ${f(largest.serve.ask.p50, 2)} ms): embed ${f(largest.serve.ask.embedP50, 2)} ms, search ${f(largest.serve.ask.searchP50, 2)} ms, answer ${f(largest.serve.ask.answerP50, 2)} ms.`);
    }
    if (largest.serve.reindex.max > TARGETS.reindexMax) {
      notes.push(`- asks during the re-index at ${name} (max ${f(largest.serve.reindex.max, 0)} ms): the re-index runs in the serving process (${f(largest.serve.reindex.seconds, 1)} s for one new document: ${largest.serve.reindex.phases || 'no vector index, BM25 or term statistics build timed'}; the BM25 index and term statistics are rebuilt over every passage); the longest event-loop stall was ${f(largest.serve.reindex.maxLoopDelay, 0)} ms; slow asks (length, seconds into the re-index): ${largest.serve.reindex.stalls}.`);
    }
  }
  const details = results.map((r) => `- ${r.corpus.target / 1000}k: re-index ${f(r.serve.reindex.seconds, 1)} s (${r.serve.reindex.phases}); asks over ${TARGETS.reindexMax} ms (length, seconds into it): ${r.serve.reindex.stalls || 'none'}`);
  return [...lines, '', 'During the re-index:', ...details, '', notes.length > 0 ? `What limits the missed targets:\n${notes.join('\n')}` : 'Every target is met.'].join('\n');
}

async function main(): Promise<void> {
  const started = performance.now();
  await mkdir(ROOT, { recursive: true });
  const [corpora, corporaSeconds] = await timed(() => buildScaleCorpora(ROOT, SIZES));
  log(`corpora (${corporaSeconds.toFixed(0)} s): ${corpora.map((c) => `${c.target}: ${c.documents} manual pages, ${c.chunks} passages`).join('; ')}`);
  const cache = await VectorCache.open(path.join(ROOT, 'vectors.cache'), DIMENSION);
  const [embedded, cacheSeconds] = SYNTHETIC ? [0, 0] : await timed(() => fillCache(corpora, cache));
  log(`vector cache (${cacheSeconds.toFixed(0)} s): ${embedded} passages embedded now, ${cache.size} cached (${mib(await cache.bytes()).toFixed(0)} MiB)`);
  const [throughput, rateSeconds] = await timed(() => embeddingThroughput(corpora[0] as ScaleCorpus));
  log(`embedding (${rateSeconds.toFixed(0)} s): ${throughput.rate.toFixed(1)} passages/s, pool of ${THREADS}, ${throughput.sample} distinct passages, median of 2 rounds`);
  const results: SizeResult[] = [];
  for (const corpus of corpora) {
    const [result, sizeSeconds] = await timed(() => measureSize(corpus, cache));
    log(`corpus-${corpus.target} measured in ${sizeSeconds.toFixed(0)} s`);
    results.push(result);
  }
  const vectors = synthesized > 0
    ? `SYNTHETIC VECTORS for ${synthesized} distinct passages not yet embedded (another passage's real vector plus noise; BENCH_SYNTHETIC=1), real USE-lite vectors for the rest`
    : 'real vectors (USE-lite)';
  console.log(`\n## bench:scale — ${vectors}; pool of ${THREADS} for embedding; manual pages from /usr/share/man; ${ROUNDS} rounds of ${QUESTIONS.length} questions; load median of ${LOADS} fresh processes (OS file cache warm)\n`);
  console.log(report(results, throughput));
  log(`whole run ${(seconds(started) / 60).toFixed(1)} min`);
}

if (process.argv[2] === '--serve') {
  const [corpusDir, indexDir, mode] = process.argv.slice(3);
  const result = await serve(corpusDir as string, indexDir as string, mode === 'full');
  process.send?.(result, () => process.disconnect());
} else {
  await main();
}
