// npm run bench:index — embedding on a pool of worker threads against one thread, and the whole
// indexing pipeline against one thread embedding the same documents split the LangChain way
// (1,000-character chunks, 200 overlap), all on the same corpus in one run. Rounds alternate so
// that a noisy neighbour slows every contender alike; medians are reported.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { embeddingInput, median, refreshIndex } from '../src/app/index.js';
import { EmbedderPool, UseLiteEmbedder } from '../src/embed/index.js';
import { chunkDocument, loadCorpus } from '../src/ingest/index.js';
import { currentSnapshotDir } from '../src/store/index.js';
import { buildDocsCorpus } from './corpus.js';

const MIN_CHUNKS = Number(process.env['BENCH_CHUNKS'] ?? 1200);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);
const THREADS = Number(process.env['EMBED_THREADS'] ?? availableParallelism());

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** LangChain's RecursiveCharacterTextSplitter at 1,000/200, near enough: windows of at most 1,000 characters ending at white space, each starting 200 before the last ended. */
function splitLangChainWay(text: string, size = 1000, overlap = 200): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > start + size / 2) end = space;
    }
    pieces.push(text.slice(start, end));
    if (end >= text.length) break;
    start = Math.max(start + 1, end - overlap);
  }
  return pieces;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

const work = await mkdtemp(path.join(tmpdir(), 'docent-bench-'));
try {
  const corpusDir = path.join(work, 'corpus');
  const built = await buildDocsCorpus(corpusDir, MIN_CHUNKS);
  const { documents } = await loadCorpus(corpusDir);
  const chunkTexts = documents.flatMap((doc) => chunkDocument(doc)).map(embeddingInput);
  // The pipeline embeds each distinct text once, so the raw embedders get the same distinct texts.
  const texts = [...new Set(chunkTexts)];
  const langChainChunks = documents.flatMap((doc) => splitLangChainWay(doc.text));
  console.log(`corpus: ${built.documents} Markdown files from node_modules, ${chunkTexts.length} passages (${texts.length} distinct); LangChain-style split: ${langChainChunks.length} chunks; ${ROUNDS} rounds, pool of ${THREADS}`);

  const oneThread = await UseLiteEmbedder.load();
  const pool = await EmbedderPool.start({ kind: 'use-lite' }, THREADS);
  await oneThread.embedPassages(texts.slice(0, 32)); // warm-up
  await pool.embedPassages(texts.slice(0, 64));

  const [single, pooled, pipeline, langChain]: [number[], number[], number[], number[]] = [[], [], [], []];
  let indexBytes = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    single.push(await timed(() => oneThread.embedPassages(texts)));
    pooled.push(await timed(() => pool.embedPassages(texts)));
    const indexDir = path.join(work, `index-${round}`);
    pipeline.push(await timed(() => refreshIndex({ corpusDir, indexDir, embedder: pool })));
    indexBytes = await folderBytes(await currentSnapshotDir(indexDir));
    langChain.push(await timed(() => oneThread.embedPassages(langChainChunks)));
  }
  const rate = (seconds: number[]) => texts.length / median(seconds);
  const list = (seconds: number[]) => seconds.map((s) => s.toFixed(1)).join(', ');
  console.log(`one thread:        ${rate(single).toFixed(1)} passages/s (${list(single)} s)`);
  console.log(`pool of ${THREADS}:         ${rate(pooled).toFixed(1)} passages/s (${list(pooled)} s): ${(median(single) / median(pooled)).toFixed(2)}x one thread (target: at least 1.7x on 2 cores)`);
  console.log(`whole pipeline:    ${median(pipeline).toFixed(1)} s with the pool (${list(pipeline)} s)`);
  console.log(`LangChain-style:   ${median(langChain).toFixed(1)} s to embed its ${langChainChunks.length} chunks on one thread (${list(langChain)} s): pipeline / LangChain-style ${(median(pipeline) / median(langChain)).toFixed(2)} (target: below 1)`);
  console.log(`peak memory:       ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (max RSS of the main thread's process, workers included)`);
  console.log(`index size:        ${(indexBytes / chunkTexts.length / 1024).toFixed(2)} KiB per passage (${(indexBytes / 1024 / 1024).toFixed(1)} MiB)`);
  await Promise.all([oneThread.dispose(), pool.dispose()]);
} finally {
  await rm(work, { recursive: true, force: true });
}
