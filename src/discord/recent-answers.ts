import type { AskResponse } from '../app/index.js';

/** The most recent answers by id, so buttons under them can find what they refer to. */
export class RecentAnswers {
  private readonly answers = new Map<string, AskResponse>();

  constructor(private readonly capacity = 1000) {}

  /** Remembers an answer, forgetting the oldest beyond capacity. */
  remember(id: string, response: AskResponse): void {
    this.answers.set(id, response);
    if (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
  }

  /** The answer with this id, if still remembered. */
  get(id: string): AskResponse | undefined {
    return this.answers.get(id);
  }
}
