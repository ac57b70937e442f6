import { isDocentError } from '../core/index.js';
import { queryLines } from './input.js';

/**
 * Runs `answer` on the query given as words, or on each line of standard input, printing what it
 * returns. A query that cannot be run (BAD_QUERY) is reported, as `{<key>, error}` with --json,
 * and the rest still run; the exit code is then 1.
 */
export async function forEachQuery(words: readonly string[], json: boolean, key: 'query' | 'question', answer: (query: string, fromStdin: boolean) => Promise<string>): Promise<void> {
  const fromStdin = words.length === 0;
  const queries = fromStdin ? queryLines() : [words.join(' ')];
  let failures = 0;
  for await (const query of queries) {
    try {
      console.log(await answer(query, fromStdin));
    } catch (error) {
      if (!isDocentError(error, 'BAD_QUERY')) throw error;
      failures += 1;
      if (json) console.log(JSON.stringify({ [key]: query, error: error.message }));
      else console.error(`docent: ${error.message}`);
    }
  }
  if (failures > 0) process.exitCode = 1;
}
