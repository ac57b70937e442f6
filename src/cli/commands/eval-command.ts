import type { Command } from 'commander';
import { evaluate, readEvalSet, type EvalReport } from '../../app/index.js';
import { formatEval } from '../format.js';
import { openEngine } from '../open-engine.js';
import { withIndexOptions, type LocationFlags } from '../options.js';

interface EvalFlags extends LocationFlags {
  json?: boolean;
  compare?: boolean;
}

/** `docent eval FILE`: answer quality and latency over an evaluation set. */
export function registerEvalCommand(program: Command): void {
  withIndexOptions(program.command('eval'))
    .description('measure evidence recall, answer hits, abstention and latency over a question set')
    .argument('<file>', 'evaluation set (JSON), e.g. tests/eval/release.json')
    .option('--compare', 'also run dense-only and BM25-only retrieval, side by side')
    .option('--json', 'print the report(s) as JSON')
    .action(async (file: string, flags: EvalFlags) => {
      const questions = await readEvalSet(file);
      const engine = await openEngine(flags);
      try {
        await engine.ask(questions[0]?.question ?? 'warm-up'); // warm the model so latency is steady-state
        const reports: EvalReport[] = [await evaluate(engine, questions, {}, 'fused')];
        if (flags.compare) {
          reports.push(await evaluate(engine, questions, { mode: 'dense' }, 'dense'));
          reports.push(await evaluate(engine, questions, { mode: 'lexical' }, 'bm25'));
        }
        console.log(flags.json ? JSON.stringify(flags.compare ? reports : reports[0]) : formatEval(reports, true));
      } finally {
        await engine.dispose();
      }
    });
}
