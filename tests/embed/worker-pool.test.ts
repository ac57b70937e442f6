// The embedding pool runs the real model on real worker threads (the built dist/ worker script).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDocentError } from '../../src/core/index.js';
import { EmbedderPool, type UseLiteEmbedder } from '../../src/embed/index.js';
import { realEmbedder } from '../support/embedders.js';

const TEXTS = Array.from({ length: 24 }, (_, i) => `Passage ${i}: the committee met in room ${i * 3} to discuss ${['budgets', 'elections', 'security', 'trade'][i % 4]}.${' More words.'.repeat(i % 5)}`);

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * (b[i] as number), 0);

let pool: EmbedderPool;
let inThread: UseLiteEmbedder;
beforeAll(async () => {
  [pool, inThread] = await Promise.all([EmbedderPool.start({ kind: 'use-lite' }, 2), realEmbedder()]);
});
afterAll(async () => {
  await pool.dispose();
});

describe('EmbedderPool', () => {
  it('gives the same vectors as the model in this thread, in input order, on two workers', async () => {
    expect(pool.size).toBe(1); // one worker until there are enough passages to embed
    await pool.embedPassages(TEXTS.slice(0, 6));
    expect(pool.size).toBe(1); // a few passages are not worth loading the model again
    const many = [...TEXTS, ...TEXTS.map((text) => `${text} Also noted.`)];
    const progress: number[] = [];
    const pooled = await pool.embedPassages(many, (done) => progress.push(done));
    const local = await inThread.embedPassages(many);
    expect(pool.size).toBe(2);
    expect(pooled).toHaveLength(many.length);
    pooled.forEach((vector, i) => expect(dot(vector, local[i] as Float32Array), many[i]).toBeGreaterThan(0.9999));
    expect(progress.at(-1)).toBe(many.length);
    const query = await pool.embedQuery('Where did the committee meet?');
    expect(dot(query, await inThread.embedQuery('Where did the committee meet?'))).toBeGreaterThan(0.9999);
  });

  it('embeds a query ahead of passages queued before it', async () => {
    const finished: string[] = [];
    const passages = pool.embedPassages([...TEXTS, ...TEXTS.map((t) => `${t} Again.`)]).then(() => finished.push('passages'));
    const query = pool.embedQuery('What did they discuss?').then(() => finished.push('query'));
    await Promise.all([passages, query]);
    expect(finished).toEqual(['query', 'passages']);
  });

  it('stops a run whose progress callback throws, and keeps working after', async () => {
    const aborted = pool.embedPassages(TEXTS, (done) => {
      if (done >= 4) throw new Error('cancelled by the caller');
    });
    await expect(aborted).rejects.toThrow(/cancelled by the caller/u);
    expect(await pool.embedPassages(TEXTS.slice(0, 3))).toHaveLength(3);
  });

  it('replaces a worker that died while idle, so the next question is still answered', async () => {
    const workers = (pool as unknown as { workers: Array<{ thread: { terminate(): Promise<number> } }> }).workers;
    await Promise.all(workers.map((worker) => worker.thread.terminate()));
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the exits be seen
    expect(pool.size).toBe(0);
    const query = await pool.embedQuery('Where did the committee meet?');
    expect(dot(query, await inThread.embedQuery('Where did the committee meet?'))).toBeGreaterThan(0.9999);
    expect(pool.size).toBe(1);
  });

  it('fails clearly when the model cannot load, and after being stopped', async () => {
    const error = await EmbedderPool.start({ kind: 'local', folder: '/nonexistent/model' }, 2).catch((e: unknown) => e);
    expect(isDocentError(error, 'EMBEDDER_UNAVAILABLE')).toBe(true);
    expect((error as Error).message).toMatch(/No model at \/nonexistent\/model/u);
    const stopped = await EmbedderPool.start({ kind: 'use-lite' }, 1);
    const pending = stopped.embedPassages(TEXTS).catch((e: unknown) => e);
    await stopped.dispose();
    expect(await pending).toMatchObject({ code: 'EMBEDDER_UNAVAILABLE', message: expect.stringMatching(/stopped/u) as unknown as string });
    await expect(stopped.embedQuery('anyone there?')).rejects.toThrow(/stopped/u);
    expect(stopped.size).toBe(0);
  });
});
