import { Command, InvalidArgumentError } from 'commander';
import { isDocentError } from '../../core/index.js';
import { formatSearch } from '../format.js';
import { queryLines } from '../input.js';
import { openEngine } from '../open-engine.js';

interface SearchFlags {
  k: number;
  json?: boolean;
  corpus?: string;
  index?: string;
}

/** Parses a positive whole number option. */
export function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50) throw new InvalidArgumentError('must be a whole number from 1 to 50');
  return parsed;
}

/** `docent search`: the nearest passages to a text, or to each line of standard input. */
export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('show the passages nearest to a text (one query per stdin line when no text is given)')
    .argument('[text...]', 'what to look for')
    .option('-k <n>', 'number of passages', positiveInt, 5)
    .option('--json', 'one JSON object per query: {query, results, timingsMs}')
    .option('--corpus <dir>', 'corpus folder (default: CORPUS_DIR or corpus/)')
    .option('--index <dir>', 'index folder (default: INDEX_DIR or embeddings/)')
    .action(async (words: string[], flags: SearchFlags) => {
      const engine = await openEngine(flags);
      try {
        const single = words.join(' ');
        const queries = words.length > 0 ? [single] : queryLines();
        let failures = 0;
        for await (const query of queries) {
          try {
            const response = await engine.search(query, flags.k);
            console.log(flags.json ? JSON.stringify(response) : formatSearch(response));
          } catch (error) {
            // One bad line of a batch is reported and the rest still run.
            if (!isDocentError(error, 'BAD_QUERY')) throw error;
            failures += 1;
            if (flags.json) console.log(JSON.stringify({ query, error: error.message }));
            else console.error(`docent: ${error.message}`);
          }
        }
        if (failures > 0) process.exitCode = 1;
      } finally {
        await engine.dispose();
      }
    });
}
