// Worker thread entry: counts the terms of a snapshot's chunks (one JSON chunk a line, read from
// the file or sent as text) and sends the counts back, so that a large index's terms are counted on
// another core while the main thread reads or builds the vector and BM25 indexes (TermStats.countLines).
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { TermCounter, ownTerms, type CountedChunk } from './term-counts.js';

const port = parentPort;
if (!port) throw new Error('term-worker.js runs inside a worker thread');
const counter = new TermCounter();
const source = workerData as { readonly file: string } | { readonly text: string };
for (const line of ('text' in source ? source.text : await readFile(source.file, 'utf8')).split('\n')) {
  if (line.length === 0) continue;
  const chunk = JSON.parse(line) as CountedChunk;
  counter.add(chunk, ownTerms(chunk), true);
}
port.postMessage(counter.result());
