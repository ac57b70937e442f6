// npm run tune — how the shipped fusion weights and abstention thresholds were chosen: every
// combination on a grid, measured on tests/eval/release.json in one run.
import { Engine, evaluate, readEvalSet } from '../src/app/index.js';
import { loadEngineConfig } from '../src/config/index.js';
import { DEFAULT_ABSTENTION, DEFAULT_FUSION } from '../src/retrieve/index.js';

const file = process.argv[2] ?? 'tests/eval/release.json';
const questions = await readEvalSet(file);
const engine = await Engine.open(loadEngineConfig(process.env));
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);

console.log(`Fusion weights (lexical share; dense = 1 - lexical), on ${file}:`);
console.log('lexical  recall@1  recall@3     MRR');
for (let lexical = 0; lexical <= 1.0001; lexical += 0.1) {
  const weights = { dense: 1 - lexical, lexical };
  const r = await evaluate(engine, questions, { weights, policy: { minSimilarity: -1, minCoverage: -1, abstainOnUnknownNames: false } });
  console.log(`${lexical.toFixed(1).padStart(7)}  ${pct(r.recallAt1)}   ${pct(r.recallAt3)}   ${r.mrr.toFixed(3)}`);
}

console.log('\nAbstention thresholds with the shipped fusion (best first by abstention recall - 2 x false abstentions):');
const rows: Array<{ label: string; recall: number; falseRate: number; hit: number }> = [];
for (const minCoverage of [0, 0.1, 0.15, 0.2, 0.25, 0.3]) {
  for (const minSimilarity of [0, 0.1, 0.15, 0.2, 0.25]) {
    for (const abstainOnUnknownNames of [false, true]) {
      const r = await evaluate(engine, questions, { weights: DEFAULT_FUSION, policy: { minCoverage, minSimilarity, abstainOnUnknownNames } });
      rows.push({ label: `coverage<${minCoverage} sim<${minSimilarity} names:${abstainOnUnknownNames}`, recall: r.abstentionRecall, falseRate: r.falseAbstention, hit: r.answerHit });
    }
  }
}
rows.sort((a, b) => b.recall - 2 * b.falseRate - (a.recall - 2 * a.falseRate));
for (const row of rows.slice(0, 12)) console.log(`${row.label.padEnd(42)} abstained ${pct(row.recall)}  false ${pct(row.falseRate)}  answer hit ${pct(row.hit)}`);
console.log(`\nshipped: fusion ${JSON.stringify(DEFAULT_FUSION)}, abstention ${JSON.stringify(DEFAULT_ABSTENTION)}`);
await engine.dispose();
