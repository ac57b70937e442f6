import { describe, expect, it } from 'vitest';
import { forEachWithPauses } from '../../src/core/index.js';

/** Keeps the thread busy for `ms`, like a slice of index building. */
function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('forEachWithPauses', () => {
  it('lets waiting work run between slices of a long loop, and visits every item in order', async () => {
    let timerFired = false;
    setTimeout(() => {
      timerFired = true;
    }, 0);
    const seen: number[] = [];
    const firedBefore: boolean[] = [];
    await forEachWithPauses([0, 1, 2, 3, 4, 5], (item) => {
      firedBefore.push(timerFired);
      seen.push(item);
      busy(5);
    }, 8);
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
    // A plain loop would run all six steps before the timer; here it fires partway through.
    expect(firedBefore[0]).toBe(false);
    expect(firedBefore.at(-1)).toBe(true);
  });
});
