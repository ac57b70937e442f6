import { Worker } from 'node:worker_threads';
import type { EmbeddingModelSpec } from '../config/index.js';
import { DocentError, workerScript, type DocentErrorCode } from '../core/index.js';
import type { Embedder, EmbedderInfo, ProgressCallback } from './embedder.js';
import type { EmbedRequest, WorkerMessage } from './worker-protocol.js';

// Passages go to workers a few at a time, so a question waits for at most one such task on a busy
// worker (about 50 ms with USE-lite) before its query is embedded: queries jump the queue.
const PASSAGES_PER_TASK = 2;
/** Workers that die one after another without one loading in between before queued work is failed. */
const MAX_RESTARTS = 3;
/** Queued passage tasks (of PASSAGES_PER_TASK) that make it worth starting more workers. */
const MIN_TASKS_TO_GROW = 16;
/** Workers beyond the first are stopped after this long without work (each holds a copy of the model). */
const IDLE_MS = 30_000;

interface Task {
  readonly request: EmbedRequest;
  readonly resolve: (vectors: Float32Array[]) => void;
  readonly reject: (error: Error) => void;
}

interface PoolWorker {
  readonly thread: Worker;
  ready: boolean;
  task: Task | undefined;
}

/**
 * Embeds on worker threads, each holding its own copy of the model: passage batches spread over
 * every worker (both cores of a two-core machine), and queries are embedded off the main thread
 * too, ahead of any queued passages, so a bot's event loop only routes messages. The pool starts
 * with one worker and grows to `threads` when there are passages to embed.
 */
export class EmbedderPool implements Embedder {
  private readonly workers: PoolWorker[] = [];
  private readonly queries: Task[] = [];
  private readonly passages: Task[] = [];
  private nextId = 0;
  private restarts = 0;
  private disposed = false;
  private shrinkTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly info: EmbedderInfo,
    private readonly spec: EmbeddingModelSpec,
    private readonly threads: number,
    first: PoolWorker,
  ) {
    this.adopt(first);
  }

  /** Starts the pool's first worker and waits for its model to load. */
  static async start(spec: EmbeddingModelSpec, threads: number): Promise<EmbedderPool> {
    // Once in a while tfjs's WebAssembly backend is not ready when the model loads ("Backend 'wasm'
    // has not yet been initialized", seen on a loaded machine): a fresh thread loads it fine.
    const { worker, info } = await startWorker(spec).catch(() => startWorker(spec));
    return new EmbedderPool(info, spec, Math.max(1, threads), worker);
  }

  /** Number of worker threads running now. */
  get size(): number {
    return this.workers.length;
  }

  async embedPassages(texts: readonly string[], onProgress?: ProgressCallback): Promise<Float32Array[]> {
    if (this.disposed) throw stoppedError();
    if (texts.length === 0) return [];
    // Similar lengths share a task: padding makes a batch as slow as its longest text.
    const order = texts.map((_, index) => index).sort((a, b) => (texts[a] as string).length - (texts[b] as string).length);
    const vectors = new Array<Float32Array>(texts.length);
    let done = 0;
    const tasks: Array<Promise<void>> = [];
    const mine: Task[] = [];
    for (let from = 0; from < order.length; from += PASSAGES_PER_TASK) {
      const indexes = order.slice(from, from + PASSAGES_PER_TASK);
      tasks.push(
        new Promise<Float32Array[]>((resolve, reject) => {
          const task: Task = { request: { id: this.nextId++, kind: 'passages', texts: indexes.map((i) => texts[i] as string) }, resolve, reject };
          mine.push(task);
        }).then((batch) => {
          indexes.forEach((index, position) => (vectors[index] = batch[position] as Float32Array));
          done += indexes.length;
          onProgress?.(done, texts.length);
        }),
      );
    }
    try {
      this.passages.push(...mine);
      this.grow();
      this.dispatch();
      await Promise.all(tasks);
    } catch (error) {
      // A failure (or a progress callback that aborts) drops this call's tasks still queued.
      for (const task of mine) {
        const at = this.passages.indexOf(task);
        if (at < 0) continue;
        this.passages.splice(at, 1);
        task.reject(error as Error);
      }
      await Promise.allSettled(tasks); // the few already on a worker finish first
      throw error;
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    if (this.disposed) throw stoppedError();
    return new Promise<Float32Array[]>((resolve, reject) => {
      this.queries.push({ request: { id: this.nextId++, kind: 'query', texts: [text] }, resolve, reject });
      this.dispatch();
    }).then(([vector]) => vector as Float32Array);
  }

  /** Stops every worker; anything still queued fails. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.shrinkTimer);
    const stopped = stoppedError();
    for (const task of [...this.queries.splice(0), ...this.passages.splice(0)]) task.reject(stopped);
    await Promise.all(this.workers.splice(0).map((worker) => {
      worker.task?.reject(stopped);
      return worker.thread.terminate();
    }));
  }

  private grow(): void {
    // Loading the model on another thread takes about a second of a core: worth it only for a run
    // long enough (a handful of passages is done sooner by the worker already loaded).
    if (this.passages.length < MIN_TASKS_TO_GROW) return;
    const wanted = Math.min(this.threads, this.workers.length + this.passages.length);
    for (let i = this.workers.length; i < wanted; i += 1) this.adopt(spawn(this.spec));
  }

  private adopt(worker: PoolWorker): void {
    this.workers.push(worker);
    worker.thread.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
    worker.thread.on('error', (error) => this.onExit(worker, error));
    worker.thread.on('exit', (code) => this.onExit(worker, new Error(`the embedding worker stopped (exit code ${code})`)));
    if (worker.ready) worker.thread.unref();
  }

  private onMessage(worker: PoolWorker, message: WorkerMessage): void {
    if (message.type === 'ready') {
      worker.ready = true;
      this.restarts = 0;
      this.dispatch();
      return;
    }
    const task = worker.task;
    worker.task = undefined;
    if (message.type === 'vectors') task?.resolve(message.vectors);
    else if (message.id === undefined) this.onExit(worker, new Error(message.message));
    else task?.reject(new DocentError(message.code ?? 'EMBEDDER_UNAVAILABLE', message.message));
    this.dispatch();
  }

  private onExit(worker: PoolWorker, error: Error): void {
    const at = this.workers.indexOf(worker);
    if (at < 0 || this.disposed) return;
    this.workers.splice(at, 1);
    const failure = new DocentError('EMBEDDER_UNAVAILABLE', `Embedding failed: ${error.message}`, { cause: error });
    worker.task?.reject(failure);
    worker.task = undefined;
    void worker.thread.terminate();
    this.restarts += 1;
    if (this.workers.length === 0 && this.restarts > MAX_RESTARTS) {
      for (const task of [...this.queries.splice(0), ...this.passages.splice(0)]) task.reject(failure);
      return;
    }
    this.dispatch(); // starts a replacement if work is waiting and no worker is left
  }

  /** Gives each idle, loaded worker the next task: queries first. */
  private dispatch(): void {
    const waiting = this.queries.length + this.passages.length;
    // A worker that died while the pool was idle is replaced when work arrives (the next
    // question), so the pool never sits with queued work and no worker.
    if (waiting > 0 && this.workers.length === 0 && !this.disposed) this.adopt(spawn(this.spec));
    for (const worker of this.workers) {
      if (!worker.ready || worker.task) continue;
      const task = this.queries.shift() ?? this.passages.shift();
      if (!task) break;
      worker.task = task;
      worker.thread.ref(); // a task in flight keeps the process alive; an idle pool does not
      worker.thread.postMessage(task.request);
    }
    for (const worker of this.workers) if (worker.ready && !worker.task) worker.thread.unref();
    if (this.queries.length + this.passages.length === 0 && this.workers.length > 1) this.scheduleShrink();
  }

  /** Stops idle workers beyond the first once the pool has had nothing to do for IDLE_MS. */
  private scheduleShrink(): void {
    clearTimeout(this.shrinkTimer);
    this.shrinkTimer = setTimeout(() => {
      const idle = this.workers.filter((worker, i) => i > 0 && worker.ready && !worker.task);
      for (const worker of idle) {
        this.workers.splice(this.workers.indexOf(worker), 1); // removed first, so its exit is not a failure
        void worker.thread.terminate();
      }
    }, IDLE_MS);
    this.shrinkTimer.unref();
  }
}

function stoppedError(): DocentError {
  return new DocentError('EMBEDDER_UNAVAILABLE', 'The embedder was stopped.');
}

/** The worker's script, or a clear error when the build is missing. */
function embedWorkerScript(): URL {
  const script = workerScript(import.meta.url, './embed-worker.js');
  if (!script) throw new DocentError('EMBEDDER_UNAVAILABLE', 'The embedding worker script (embed-worker.js) is missing: run `npm run build`.');
  return script;
}

function spawn(spec: EmbeddingModelSpec): PoolWorker {
  return { thread: new Worker(embedWorkerScript(), { workerData: spec }), ready: false, task: undefined };
}

/** Starts a worker and waits until its model is loaded (or fails to load). */
function startWorker(spec: EmbeddingModelSpec): Promise<{ worker: PoolWorker; info: EmbedderInfo }> {
  const worker = spawn(spec);
  return new Promise((resolve, reject) => {
    const fail = (message: string, code: DocentErrorCode = 'EMBEDDER_UNAVAILABLE', cause?: unknown) => {
      void worker.thread.terminate();
      reject(new DocentError(code, message, { cause }));
    };
    const onError = (error: Error) => fail(`The embedding worker failed: ${error.message}`, 'EMBEDDER_UNAVAILABLE', error);
    const onExit = (code: number) => fail(`The embedding worker stopped while loading the model (exit code ${code}).`);
    worker.thread.once('error', onError);
    worker.thread.once('exit', onExit);
    worker.thread.once('message', (message: WorkerMessage) => {
      worker.thread.off('error', onError);
      worker.thread.off('exit', onExit);
      if (message.type === 'ready') {
        worker.ready = true;
        resolve({ worker, info: message.info });
      } else if (message.type === 'failed') {
        fail(message.message, message.code);
      }
    });
  });
}
