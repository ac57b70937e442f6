import type { Command } from 'commander';
import { formatAnswer } from '../format.js';
import { forEachQuery } from '../each-query.js';
import { openEngine } from '../open-engine.js';
import { positiveInt, withIndexOptions, type QueryFlags } from '../options.js';

/** `docent ask`: an answer with numbered citations, for a question or for each line of standard input. */
export function registerAskCommand(program: Command): void {
  withIndexOptions(program.command('ask'), { mustExist: true })
    .description('answer a question with citations (one question per stdin line when none is given)')
    .argument('[question...]', 'the question')
    .option('-k <n>', 'passages retrieved (and at most cited)', positiveInt, 5)
    .option('--json', 'one JSON object per question: {question, answer, abstained, citations, timingsMs}')
    .action(async (words: string[], flags: QueryFlags) => {
      const engine = await openEngine(flags);
      try {
        await forEachQuery(words, flags.json ?? false, 'question', async (question, fromStdin) => {
          const response = await engine.ask(question, { k: flags.k });
          if (flags.json) return JSON.stringify(response);
          return fromStdin ? `Q: ${response.question}\n${formatAnswer(response)}\n` : formatAnswer(response);
        });
      } finally {
        await engine.dispose();
      }
    });
}
