// npm run bench:ask — per-question latency with the model warm, split into embed, search
// (retrieval and evidence) and answer, for the release and for a corpus of at least 10,000 chunks.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Engine, percentile, readEvalSet } from '../src/app/index.js';
import { loadEngineConfig } from '../src/config/index.js';
import { buildScaleCorpora } from './scale-corpus.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 3);
const BIG_CHUNKS = Number(process.env['BENCH_CHUNKS'] ?? 10_000);
// The large corpus and its index are kept here, so that only the first run pays for embedding.
const CACHE = path.resolve('bench-out');

const evalQuestions = (await readEvalSet('tests/eval/release.json')).map((q) => q.question);
const docsQuestions = [
  'How do I install the package?', 'What does the license allow?', 'How can I parse command line options?',
  'How do I search an index with fuzzy matching?', 'What is a heartbeat interval?', 'How do I write a progress bar to stderr?',
  'Which Node.js versions are supported?', 'How are errors reported?', 'What is the default timeout?', 'How do I load environment variables from a file?',
];

async function measure(label: string, engine: Engine, questions: readonly string[]): Promise<void> {
  for (const question of questions.slice(0, 5)) await engine.ask(question); // warm-up
  const timings: Array<{ embed: number; search: number; answer: number; total: number }> = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const question of questions) timings.push((await engine.ask(question)).timingsMs);
  }
  const row = (name: 'embed' | 'search' | 'answer' | 'total'): string => {
    const values = timings.map((t) => t[name]);
    return `${name.padEnd(7)} p50 ${percentile(values, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(values, 95).toFixed(2).padStart(7)} ms`;
  };
  console.log(`\n${label}: ${engine.index.manifest.counts.chunks} chunks (${engine.index.manifest.vectorIndex.kind}), ${timings.length} questions`);
  for (const name of ['embed', 'search', 'answer', 'total'] as const) console.log(`  ${row(name)}`);
}

/**
 * Question latency while a moderator's re-index runs: one page is added to the large corpus, and a
 * question is asked every 50 ms until the re-index (reusing every other vector, rebuilding the HNSW
 * graph, BM25 index and term statistics) is done. The page is then removed and the index restored.
 */
async function measureDuringReindex(engine: Engine, corpusDir: string, questions: readonly string[]): Promise<void> {
  const added = path.join(corpusDir, 'zz-bench-added-page.md');
  await writeFile(added, '# Added by bench:ask\n\nA moderator added this page about release schedules, so the index is rebuilt.\n');
  const latencies: number[] = [];
  let reindexing = true;
  const asking = (async () => {
    for (let i = 0; reindexing; i += 1) {
      const started = performance.now();
      await engine.ask(questions[i % questions.length] as string);
      latencies.push(performance.now() - started);
      await sleep(50);
    }
  })();
  const started = performance.now();
  try {
    await engine.reindex();
  } finally {
    reindexing = false;
    await asking;
    await rm(added, { force: true });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`
during a re-index of the large corpus (${seconds.toFixed(1)} s), ${latencies.length} questions:`);
  console.log(`  total   p50 ${percentile(latencies, 50).toFixed(2).padStart(7)} ms   p95 ${percentile(latencies, 95).toFixed(2).padStart(7)} ms   max ${Math.max(...latencies).toFixed(0)} ms`);
  await engine.reindex(); // back to the cached corpus
}

const releaseIndex = await mkdtemp(path.join(tmpdir(), 'docent-bench-'));
try {
  const release = await Engine.open(loadEngineConfig({}, { corpus: 'corpus', index: releaseIndex }));
  await measure('release', release, evalQuestions);
  await release.dispose();
} finally {
  await rm(releaseIndex, { recursive: true, force: true });
}

await mkdir(CACHE, { recursive: true });
// The manual pages of this machine (bench:scale's corpora): the npm packages' Markdown no longer
// reaches 10,000 passages since the optional transformers.js backend left the default install.
const [built] = await buildScaleCorpora(path.join(CACHE, 'scale'), [BIG_CHUNKS]);
if (!built) throw new Error('no large corpus');
const corpusDir = built.dir;
console.log(`\nlarge corpus: ${built.documents} manual pages (${built.chunks} passages) in ${corpusDir} (first run embeds them all; later runs reuse ${CACHE})`);
const big = await Engine.open(loadEngineConfig({}, { corpus: corpusDir, index: path.join(CACHE, `ask-index-${BIG_CHUNKS}`) }), {
  onIndexed: (report) => console.log(`indexed ${report.chunks} chunks in ${report.seconds.toFixed(0)} s`),
});
await measure('documentation corpus', big, [...docsQuestions, ...evalQuestions]);
await measureDuringReindex(big, corpusDir, docsQuestions);
await big.dispose();
