import { BoundedMap } from './bounded-map.js';

/**
 * Allows one public refusal per user per window, so a flood of mentions gets one explanation,
 * not one message each (the rest are acknowledged quietly).
 */
export class RefusalGate {
  private readonly lastShown = new BoundedMap<string, number>(10_000);

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when `userId` may be told a refusal now (and records it); false when one was shown within the window. */
  take(userId: string): boolean {
    const now = this.now();
    const last = this.lastShown.get(userId);
    if (last !== undefined && now - last < this.windowMs) return false;
    this.lastShown.set(userId, now);
    return true;
  }
}
