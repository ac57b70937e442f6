import { createInterface } from 'node:readline';

/** Non-blank lines of standard input, one query each. */
export async function* queryLines(input: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim().length > 0) yield line;
}
