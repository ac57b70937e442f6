import { createInterface } from 'node:readline';

/**
 * Lines of standard input, one query each. Blank lines are kept, so that each gets its "empty
 * query" error line in order; a terminal is told how to type them first.
 */
export async function* queryLines(input: NodeJS.ReadableStream & { isTTY?: boolean } = process.stdin): AsyncGenerator<string> {
  if (input.isTTY) console.error('docent: type one question per line and press Enter; Ctrl-D ends (or give the question as arguments).');
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}
