import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FeedbackStore } from '../../src/discord/feedback-store.js';
import { tempDir } from '../support/fs.js';

const vote = { at: '2026-11-29T00:00:00.000Z', messageId: 'm1', userId: 'u1', vote: 'up' as const, question: 'Q?', answer: 'A. [1]', chunkIds: ['c1'] };

describe('FeedbackStore', () => {
  it('copies a file written before the limits aside before its first rewrite, so no old vote is lost', async () => {
    const file = path.join(await tempDir(), 'feedback.jsonl');
    const old = [
      JSON.stringify({ at: '2025-01-01T00:00:00.000Z', userId: 'u9', vote: 'down', question: 'x'.repeat(2_000), answer: 'y', chunkIds: [] }),
      'not a vote',
    ].join('\n');
    await writeFile(file, `${old}\n`);
    const store = await FeedbackStore.open(file);
    expect(store.skippedLines).toBe(1);
    expect(store.backupFile).toMatch(/feedback\.jsonl\.before-/u);
    expect(await readFile(store.backupFile as string, 'utf8')).toBe(`${old}\n`);
    await store.vote(vote);
    const lines = (await readFile(file, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2); // the old vote (its question cut to 300 characters) and the new one
    expect(await readFile(store.backupFile as string, 'utf8')).toBe(`${old}\n`);
  });

  it('makes no copy of a file already within the limits', async () => {
    const file = path.join(await tempDir(), 'feedback.jsonl');
    await writeFile(file, `${JSON.stringify(vote)}\n`);
    const store = await FeedbackStore.open(file);
    expect(store.backupFile).toBeUndefined();
    expect(await store.vote({ ...vote, vote: 'down' })).toBe('changed');
  });
});
