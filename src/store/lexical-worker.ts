// Worker thread entry: builds the BM25 index of the documents in workerData and sends it back
// serialized, so neither building nor serializing blocks the thread that answers questions.
import { parentPort, workerData } from 'node:worker_threads';
import { buildMiniSearch, type LexicalDocument } from './lexical-index.js';

const port = parentPort;
if (!port) throw new Error('lexical-worker.js runs inside a worker thread');
const index = await buildMiniSearch(workerData as LexicalDocument[]);
port.postMessage(JSON.stringify(index));
