import type { Command } from 'commander';
import { evalIndexDir, evaluate, loadEvalSet, missedTargets, type EvalReport, type EvalSet } from '../../app/index.js';
import { formatEval } from '../format.js';
import { openEngine } from '../open-engine.js';
import { withIndexOptions, type LocationFlags } from '../options.js';

interface EvalFlags extends LocationFlags {
  json?: boolean;
  compare?: boolean;
}

/**
 * Where a set is asked: --corpus/--index win; a set that names its own corpus gets an index of its own (evalIndexDir).
 * Why the set's corpus also goes with a bare --index: indexing the default corpus into that folder would drop the set's documents.
 */
function locationOf(set: EvalSet, flags: EvalFlags): LocationFlags {
  const corpus = flags.corpus ?? set.corpus;
  if (corpus === undefined) return flags;
  return { corpus, index: flags.index ?? evalIndexDir(corpus) };
}

/** `docent eval FILE...`: answer quality and latency over evaluation sets. */
export function registerEvalCommand(program: Command): void {
  withIndexOptions(program.command('eval'))
    .description('measure evidence recall, answer hits, abstention and latency over question sets; exits 1 when a set\'s floors or ceilings are missed')
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
          const missed = missedTargets(set, reports[0] as EvalReport);
          for (const miss of missed) console.error(`docent: ${file}: ${miss}`);
          if (missed.length > 0) process.exitCode = 1;
        } finally {
          await engine.dispose();
        }
      }
    });
}
