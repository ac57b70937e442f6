import { createReadStream } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { shorten } from '../core/index.js';
import { writeFileAtomic } from '../core/index.js';
import { checkFeedbackFile } from './feedback-file.js';

/** A 👍 or a 👎. */
export type Vote = 'up' | 'down';

/** The vote a button's value names, or undefined for anything but "up" and "down". */
export function parseVote(value: unknown): Vote | undefined {
  return value === 'up' || value === 'down' ? value : undefined;
}

/**
 * What the feedback file may hold: one vote per user per answer, the newest 5,000 votes and at
 * most 4 MiB (beyond either, the oldest votes are forgotten), each with its question and answer
 * cut to 300 and 1,000 characters and at most 10 chunk ids.
 */
export const FEEDBACK_LIMITS = { records: 5_000, bytes: 4 * 1024 * 1024, questionChars: 300, answerChars: 1_000, chunkIds: 10 } as const;

const recordSchema = z.object({
  at: z.string().max(40),
  /** The message the answer is shown in (with userId, the key: one vote per user per answer). */
  messageId: z.string().max(40),
  userId: z.string().max(40),
  vote: z.enum(['up', 'down']),
  question: z.string().transform((text) => shorten(text, FEEDBACK_LIMITS.questionChars)),
  answer: z.string().transform((text) => shorten(text, FEEDBACK_LIMITS.answerChars)),
  chunkIds: z.array(z.string().max(64)).transform((ids) => ids.slice(0, FEEDBACK_LIMITS.chunkIds)),
});

/** One user's 👍/👎 on one answer. */
export type FeedbackRecord = z.output<typeof recordSchema>;

/** What a vote did: a first vote, a changed one, or the same vote again. */
export type VoteOutcome = 'added' | 'changed' | 'unchanged';

/**
 * Feedback for moderators to review, kept as a JSON Lines file (one vote a line) that is
 * rewritten atomically on each change and bounded by FEEDBACK_LIMITS.
 */
export class FeedbackStore {
  private readonly entries = new Map<string, { record: FeedbackRecord; bytes: number }>();
  private bytes = 0;
  private queued: Promise<void> | undefined;
  private lastWrite: Promise<void> = Promise.resolve();

  private constructor(
    readonly file: string,
    /** Lines of an existing file that were not valid votes, and were dropped. */
    readonly skippedLines: number,
  ) {}

  /** Where the file was copied before its first rewrite would lose or shorten anything in it. */
  backupFile: string | undefined;

  /** Checks that `file` can be written (a DocentError naming FEEDBACK_FILE if not) and reads the votes it holds. */
  static async open(file: string): Promise<FeedbackStore> {
    const { file: absolute, exists } = await checkFeedbackFile(file);
    const loaded: FeedbackRecord[] = [];
    let [skipped, legacy] = [0, false];
    if (exists) {
      let lineNumber = 0;
      for await (const line of createInterface({ input: createReadStream(absolute), crlfDelay: Infinity })) {
        lineNumber += 1;
        if (line.trim().length === 0) continue;
        // Files written before votes were keyed by answer have no messageId: each line stays its own vote.
        const fields = asObject(parseJson(line));
        const parsed = recordSchema.safeParse({ messageId: `line-${lineNumber}`, ...fields });
        if (parsed.success) loaded.push(parsed.data);
        else skipped += 1;
        if (!('messageId' in fields) || (parsed.success && JSON.stringify(parsed.data).length < line.length)) legacy = true;
      }
    }
    const store = new FeedbackStore(absolute, skipped);
    for (const record of loaded) store.remember(record);
    // A file from before these limits (or with lines that are not votes) would lose something on
    // the first rewrite: keep a copy of it as it was.
    if (skipped > 0 || legacy || store.entries.size < loaded.length) {
      store.backupFile = `${absolute}.before-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
      await copyFile(absolute, store.backupFile);
    }
    return store;
  }

  /** Records `record`, replacing the user's earlier vote on the same answer, and saves the file. */
  async vote(record: FeedbackRecord): Promise<VoteOutcome> {
    const parsed = recordSchema.parse(record);
    const previous = this.entries.get(keyOf(parsed))?.record;
    if (previous?.vote === parsed.vote) return 'unchanged';
    this.remember(parsed);
    await this.save();
    return previous ? 'changed' : 'added';
  }

  /** Keeps a vote as the newest, forgetting the oldest beyond FEEDBACK_LIMITS. */
  private remember(record: FeedbackRecord): void {
    const key = keyOf(record);
    this.forget(key);
    const bytes = Buffer.byteLength(JSON.stringify(record)) + 1;
    this.entries.set(key, { record, bytes });
    this.bytes += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= FEEDBACK_LIMITS.records && this.bytes <= FEEDBACK_LIMITS.bytes) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  /**
   * Writes every vote kept. Votes that arrive while a write runs share the next one, so a burst
   * of clicks costs two writes, not one each.
   */
  private save(): Promise<void> {
    if (!this.queued) {
      const next = this.lastWrite.then(() => {
        this.queued = undefined;
        return writeFileAtomic(this.file, [...this.entries.values()].map(({ record }) => `${JSON.stringify(record)}\n`).join(''));
      });
      this.queued = next;
      this.lastWrite = next.catch(() => undefined);
    }
    return this.queued;
  }
}

function keyOf(record: FeedbackRecord): string {
  return `${record.messageId}:${record.userId}`;
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}
