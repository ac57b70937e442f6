import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { evaluate, loadEvalSet, type EvalReport, type EvalSet } from '../../app/index.js';
import { formatEval } from '../format.js';
import { openEngine } from '../open-engine.js';
import { withIndexOptions, type LocationFlags } from '../options.js';

interface EvalFlags extends LocationFlags {
  json?: boolean;
  compare?: boolean;
}

/**
 * Where a set is asked: --corpus/--index win; a set that names its own corpus gets an index of its
 * own under the temporary folder (kept between runs, so only the first run embeds it).
 */
function locationOf(set: EvalSet, flags: EvalFlags): LocationFlags {
  const corpus = flags.corpus ?? set.corpus;
  if (corpus === undefined || flags.index !== undefined) return flags;
  const key = createHash('sha256').update(path.resolve(corpus)).digest('hex').slice(0, 12);
  return { corpus, index: path.join(tmpdir(), `docent-eval-${key}`) };
}

/** `docent eval FILE...`: answer quality and latency over evaluation sets. */
export function registerEvalCommand(program: Command): void {
  withIndexOptions(program.command('eval'))
    .description('measure evidence recall, answer hits, abstention and latency over question sets')
    .argument('<files...>', 'evaluation sets (JSON), e.g. tests/eval/release.json; a set may name its own corpus')
    .option('--compare', 'also run dense-only and BM25-only retrieval, side by side')
    .option('--json', 'print one JSON line per set: its report(s)')
    .action(async (files: string[], flags: EvalFlags) => {
      for (const file of files) {
        const set = await loadEvalSet(file);
        const engine = await openEngine(locationOf(set, flags));
        try {
          await engine.ask(set.questions[0]?.question ?? 'warm-up'); // warm the model so latency is steady-state
          const reports: EvalReport[] = [await evaluate(engine, set.questions, {}, 'fused')];
          if (flags.compare) {
            reports.push(await evaluate(engine, set.questions, { mode: 'dense' }, 'dense'));
            reports.push(await evaluate(engine, set.questions, { mode: 'lexical' }, 'bm25'));
          }
          if (flags.json) console.log(JSON.stringify({ file, reports }));
          else console.log(`${files.length > 1 ? `\n== ${file}\n` : ''}${formatEval(reports, true)}`);
        } finally {
          await engine.dispose();
        }
      }
    });
}
