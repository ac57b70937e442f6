// Worker thread entry: counts the terms of a snapshot's chunks file (one JSON chunk a line) and
// sends the counts back, so that loading a large index counts its terms on another core while the
// main thread reads the vector and BM25 indexes (TermStats.countFile).
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { TermCounter, ownTerms, type CountedChunk } from './term-counts.js';

const port = parentPort;
if (!port) throw new Error('term-worker.js runs inside a worker thread');
const counter = new TermCounter();
for (const line of (await readFile(workerData as string, 'utf8')).split('\n')) {
  if (line.length === 0) continue;
  const chunk = JSON.parse(line) as CountedChunk;
  counter.add(chunk, ownTerms(chunk), true);
}
port.postMessage(counter.result());
