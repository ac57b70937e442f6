// Worker thread entry: loads one embedder (workerData is its EmbeddingModelSpec) and embeds what
// the pool sends, one request at a time. Vectors travel back as transferred buffers, not copies.
import { parentPort, workerData } from 'node:worker_threads';
import type { EmbeddingModelSpec } from '../config/index.js';
import { isDocentError } from '../core/index.js';
import type { Embedder } from './embedder.js';
import { loadEmbedder } from './load.js';
import type { EmbedRequest, WorkerMessage } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('embed-worker.js runs inside a worker thread');

function failure(id: number | undefined, error: unknown): WorkerMessage {
  return { type: 'failed', id, code: isDocentError(error) ? error.code : undefined, message: (error as Error).message ?? String(error) };
}

let embedder: Embedder;
try {
  embedder = await loadEmbedder(workerData as EmbeddingModelSpec);
  port.postMessage({ type: 'ready', info: embedder.info } satisfies WorkerMessage);
} catch (error) {
  port.postMessage(failure(undefined, error));
  process.exit(1);
}

port.on('message', (request: EmbedRequest) => {
  const work = request.kind === 'query'
    ? embedder.embedQuery(request.texts[0] ?? '').then((vector) => [vector])
    : embedder.embedPassages(request.texts);
  work.then(
    (vectors) => {
      const buffers = [...new Set(vectors.map((vector) => vector.buffer as ArrayBuffer))]; // each transferred once
      port.postMessage({ type: 'vectors', id: request.id, vectors } satisfies WorkerMessage, buffers);
    },
    (error: unknown) => port.postMessage(failure(request.id, error)),
  );
});
