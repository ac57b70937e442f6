import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

/** One 👍/👎 on an answer. */
export interface FeedbackRecord {
  readonly at: string;
  readonly userId: string;
  readonly vote: 'up' | 'down';
  readonly question: string;
  readonly answer: string;
  readonly chunkIds: readonly string[];
}

/** Feedback kept in an append-only JSON Lines file, for moderators to review. */
export class FeedbackStore {
  constructor(readonly file: string) {}

  /** Appends one record (one line; appends of this size are not interleaved). */
  async add(record: FeedbackRecord): Promise<void> {
    await mkdir(path.dirname(path.resolve(this.file)), { recursive: true });
    await appendFile(this.file, `${JSON.stringify(record)}\n`);
  }
}
