// npm run bench:index — the whole indexing pipeline against the raw embedder, on the same texts,
// in one run. Prints chunks/second of both, their ratio, peak memory and index size per chunk.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { embeddingInput, median, refreshIndex } from '../src/app/index.js';
import { UseLiteEmbedder } from '../src/embed/index.js';
import { chunkDocument, loadCorpus } from '../src/ingest/index.js';
import { currentSnapshotDir } from '../src/store/index.js';
import { buildDocsCorpus } from './corpus.js';

const MIN_CHUNKS = Number(process.env['BENCH_CHUNKS'] ?? 1200);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 2);

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

const work = await mkdtemp(path.join(tmpdir(), 'docent-bench-'));
try {
  const corpusDir = path.join(work, 'corpus');
  const built = await buildDocsCorpus(corpusDir, MIN_CHUNKS);
  const { documents } = await loadCorpus(corpusDir);
  const chunkTexts = documents.flatMap((doc) => chunkDocument(doc)).map(embeddingInput);
  // The pipeline embeds each distinct text once (repeated boilerplate shares a vector), so the raw
  // embedder gets the same distinct texts: both do the same embedding work.
  const texts = [...new Set(chunkTexts)];
  console.log(`corpus: ${built.documents} Markdown files from node_modules, ${chunkTexts.length} chunks (${texts.length} distinct texts), ${ROUNDS} rounds`);

  const embedder = await UseLiteEmbedder.load();
  await embedder.embedPassages(texts.slice(0, 32)); // warm-up

  const raw: number[] = [];
  const pipeline: number[] = [];
  let indexBytes = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    // Alternate the two so that a noisy neighbour slows both alike.
    let started = performance.now();
    await embedder.embedPassages(texts);
    raw.push(chunkTexts.length / ((performance.now() - started) / 1000));

    const indexDir = path.join(work, `index-${round}`);
    started = performance.now();
    const { report } = await refreshIndex({ corpusDir, indexDir, embedder });
    pipeline.push(report.chunks / ((performance.now() - started) / 1000));
    indexBytes = await folderBytes(await currentSnapshotDir(indexDir));
  }
  const rawMedian = median(raw);
  const pipelineMedian = median(pipeline);
  console.log(`raw embedder:     ${rawMedian.toFixed(1)} chunks/s of the same corpus (rounds: ${raw.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`whole pipeline:   ${pipelineMedian.toFixed(1)} chunks/s (rounds: ${pipeline.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`pipeline / raw:   ${((pipelineMedian / rawMedian) * 100).toFixed(1)}% (target: at least 90%)`);
  console.log(`peak memory:      ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (max RSS)`);
  console.log(`index size:       ${(indexBytes / chunkTexts.length / 1024).toFixed(2)} KiB per chunk (${(indexBytes / 1024 / 1024).toFixed(1)} MiB)`);
  await embedder.dispose();
} finally {
  await rm(work, { recursive: true, force: true });
}
