import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, sha256 } from '../src/ingest/index.js';

/**
 * Builds a benchmark corpus of real English documentation, offline: the Markdown files of the
 * installed npm packages (duplicates skipped), copied into `dir` until they hold at least
 * `minChunks` chunks. The same install gives the same corpus.
 */
export async function buildDocsCorpus(dir: string, minChunks: number): Promise<{ documents: number; chunks: number }> {
  const root = path.resolve('node_modules');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.md$/iu.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => Number(!/readme\.md$/iu.test(a)) - Number(!/readme\.md$/iu.test(b)) || a.localeCompare(b));
  await mkdir(dir, { recursive: true });
  const seen = new Set<string>();
  let chunks = 0;
  for (const file of files) {
    if (chunks >= minChunks) break;
    const text = await readFile(file, 'utf8');
    const hash = sha256(text);
    if (seen.has(hash) || text.trim().length === 0) continue;
    seen.add(hash);
    const id = path.relative(root, file).replace(/[\\/]/gu, '__');
    await writeFile(path.join(dir, id), text);
    chunks += chunkDocument({ id, title: id, date: undefined, text, contentHash: hash }).length;
  }
  if (chunks < minChunks) throw new Error(`only ${chunks} chunks of documentation found under node_modules`);
  return { documents: seen.size, chunks };
}
