// npm run tune — how the shipped fusion weights and abstention thresholds were chosen: every
// combination on a grid, measured on tests/eval/release.json in one run.
import { Engine, evaluate, readEvalSet } from '../src/app/index.js';
import { loadEngineConfig } from '../src/config/index.js';
import { DEFAULT_ABSTENTION, DEFAULT_FUSION } from '../src/retrieve/index.js';

const file = process.argv[2] ?? 'tests/eval/release.json';
const questions = await readEvalSet(file);
const engine = await Engine.open(loadEngineConfig(process.env));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

console.log(`Fusion weights, recall@1 / MRR on ${file}: rows dense, columns BM25, sentence terms take the rest.`);
console.log(`dense ${Array.from({ length: 11 }, (_, i) => `bm25 ${(i / 10).toFixed(1)}`.padStart(13)).join('')}`);
const noAbstention = { minSimilarity: -1, minCoverage: -1, abstainOnUnknownNames: false, requireAnswerType: false, requireNamesTogether: false };
for (let d = 0; d <= 10; d += 1) {
  let line = (d / 10).toFixed(1).padStart(5);
  for (let l = 0; l <= 10 - d; l += 1) {
    const weights = { dense: d / 10, lexical: l / 10, sentence: (10 - d - l) / 10 };
    const r = await evaluate(engine, questions, { weights, policy: noAbstention });
    line += `${pct(r.recallAt1)} ${r.mrr.toFixed(3)}`.padStart(13);
  }
  console.log(line);
}

console.log('\nAbstention thresholds with the shipped fusion (best first by abstention recall - 2 x false abstentions):');
const rows: Array<{ label: string; recall: number; falseRate: number; hit: number }> = [];
for (const minCoverage of [0, 0.1, 0.15, 0.2, 0.25, 0.3]) {
  for (const minSimilarity of [0, 0.1, 0.15, 0.2, 0.25]) {
    for (const abstainOnUnknownNames of [false, true]) {
      for (const requireAnswerType of [false, true]) {
        const r = await evaluate(engine, questions, { weights: DEFAULT_FUSION, policy: { minCoverage, minSimilarity, abstainOnUnknownNames, requireAnswerType, requireNamesTogether: requireAnswerType } });
        const label = `coverage<${minCoverage} sim<${minSimilarity} names:${abstainOnUnknownNames} type+together:${requireAnswerType}`;
        rows.push({ label, recall: r.abstentionRecall, falseRate: r.falseAbstention, hit: r.answerHit });
      }
    }
  }
}
rows.sort((a, b) => b.recall - 2 * b.falseRate - (a.recall - 2 * a.falseRate));
for (const row of rows.slice(0, 12)) console.log(`${row.label.padEnd(52)} abstained ${pct(row.recall)}  false ${pct(row.falseRate)}  answer hit ${pct(row.hit)}`);
console.log(`\nshipped: fusion ${JSON.stringify(DEFAULT_FUSION)}, abstention ${JSON.stringify(DEFAULT_ABSTENTION)}`);
await engine.dispose();
