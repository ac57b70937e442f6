import type { Command } from 'commander';
import { formatSearch } from '../format.js';
import { forEachQuery } from '../each-query.js';
import { openEngine } from '../open-engine.js';
import { positiveInt, withIndexOptions, type QueryFlags } from '../options.js';

/** `docent search`: the nearest passages to a text, or to each line of standard input. */
export function registerSearchCommand(program: Command): void {
  withIndexOptions(program.command('search'), { mustExist: true })
    .description('show the passages that best match a text (one query per stdin line when no text is given)')
    .argument('[text...]', 'what to look for')
    .option('-k <n>', 'number of passages', positiveInt, 5)
    .option('--json', 'one JSON object per query: {query, results, timingsMs}')
    .action(async (words: string[], flags: QueryFlags) => {
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
