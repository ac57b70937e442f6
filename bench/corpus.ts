import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, loadCorpus } from '../src/ingest/index.js';

/**
 * Builds a benchmark corpus of real English documentation, offline: the README.md files of the
 * installed npm packages, copied into `dir` until they hold at least `minChunks` chunks.
 */
export async function buildDocsCorpus(dir: string, minChunks: number): Promise<{ documents: number; chunks: number }> {
  const root = path.resolve('node_modules');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const readmes = entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase() === 'readme.md')
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  await mkdir(dir, { recursive: true });
  let chunks = 0;
  let documents = 0;
  for (const file of readmes) {
    if (chunks >= minChunks) break;
    const target = path.join(dir, `${path.relative(root, file).replace(/[\\/]/gu, '__')}`);
    await copyFile(file, target);
    const loaded = await loadCorpus(dir).catch(() => undefined);
    const doc = loaded?.documents.find((d) => path.join(dir, d.id) === target);
    if (doc) {
      chunks += chunkDocument(doc).length;
      documents += 1;
    }
  }
  if (chunks < minChunks) throw new Error(`only ${chunks} chunks of documentation found under node_modules`);
  return { documents, chunks };
}
