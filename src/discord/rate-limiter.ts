/** Per-user sliding-window limit on questions. */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt; returns 0 when allowed, else the milliseconds until the user may ask again. */
  take(userId: string): number {
    const now = this.now();
    const times = (this.recent.get(userId) ?? []).filter((time) => now - time < this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(userId, times);
      return this.windowMs - (now - (times[0] as number));
    }
    times.push(now);
    this.recent.set(userId, times);
    if (this.recent.size > 10_000) this.prune(now);
    return 0;
  }

  private prune(now: number): void {
    for (const [user, times] of this.recent) if (times.every((time) => now - time >= this.windowMs)) this.recent.delete(user);
  }
}
