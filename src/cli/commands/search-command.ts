import { Command, InvalidArgumentError } from 'commander';
import { formatSearch } from '../format.js';
import { forEachQuery } from '../each-query.js';
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
        await forEachQuery(words, flags.json ?? false, 'query', async (query) => {
          const response = await engine.search(query, flags.k);
          return flags.json ? JSON.stringify(response) : formatSearch(response);
        });
      } finally {
        await engine.dispose();
      }
    });
}
