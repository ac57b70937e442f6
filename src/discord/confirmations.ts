import { randomBytes } from 'node:crypto';
import { BoundedMap } from './bounded-map.js';

/** How long a confirm button stays valid. */
export const CONFIRM_MS = 2 * 60_000;

/** A change waiting for its moderator's confirmation. */
export interface PendingChange {
  readonly userId: string;
  readonly document: string;
  readonly expiresAt: number;
}

/** Why a confirmation cannot be used. */
export type ConfirmRefusal = 'expired' | 'not-yours';

/**
 * Changes waiting for a confirm button: each is keyed by a random token (the button's id), can be
 * taken once, only by the user who asked for it, and only before it expires.
 */
export class Confirmations {
  private readonly pending = new BoundedMap<string, PendingChange>(1000);

  constructor(
    private readonly ttlMs = CONFIRM_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers a change and returns the token its buttons carry. */
  ask(userId: string, document: string): string {
    const token = randomBytes(9).toString('base64url');
    this.pending.set(token, { userId, document, expiresAt: this.now() + this.ttlMs });
    return token;
  }

  /** The change behind `token` for `userId`, taken (so it cannot be confirmed twice); or why not. */
  take(token: string, userId: string): PendingChange | ConfirmRefusal {
    const change = this.pending.get(token);
    if (!change || change.expiresAt <= this.now()) {
      this.pending.delete(token);
      return 'expired';
    }
    if (change.userId !== userId) return 'not-yours';
    this.pending.delete(token);
    return change;
  }
}
