import type { Command } from 'commander';
import { isDocentError } from '../../core/index.js';
import { formatAnswer } from '../format.js';
import { queryLines } from '../input.js';
import { openEngine } from '../open-engine.js';
import { positiveInt } from './search-command.js';

interface AskFlags {
  k: number;
  json?: boolean;
  corpus?: string;
  index?: string;
}

/** `docent ask`: an answer with numbered citations, for a question or for each line of standard input. */
export function registerAskCommand(program: Command): void {
  program
    .command('ask')
    .description('answer a question with citations (one question per stdin line when none is given)')
    .argument('[question...]', 'the question')
    .option('-k <n>', 'passages retrieved (and at most cited)', positiveInt, 5)
    .option('--json', 'one JSON object per question: {question, answer, abstained, citations, timingsMs}')
    .option('--corpus <dir>', 'corpus folder (default: CORPUS_DIR or corpus/)')
    .option('--index <dir>', 'index folder (default: INDEX_DIR or embeddings/)')
    .action(async (words: string[], flags: AskFlags) => {
      const engine = await openEngine(flags);
      try {
        const questions = words.length > 0 ? [words.join(' ')] : queryLines();
        let failures = 0;
        let first = true;
        for await (const question of questions) {
          try {
            const response = await engine.ask(question, { k: flags.k });
            if (flags.json) console.log(JSON.stringify(response));
            else console.log(`${first ? '' : '\n'}${words.length > 0 ? '' : `Q: ${response.question}\n`}${formatAnswer(response)}`);
          } catch (error) {
            // One bad line of a batch is reported and the rest still run.
            if (!isDocentError(error, 'BAD_QUERY')) throw error;
            failures += 1;
            if (flags.json) console.log(JSON.stringify({ question, error: error.message }));
            else console.error(`docent: ${error.message}`);
          }
          first = false;
        }
        if (failures > 0) process.exitCode = 1;
      } finally {
        await engine.dispose();
      }
    });
}
