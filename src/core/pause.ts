/** Lets other work run (Discord events, questions) before continuing. */
export function pause(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Longest stretch of work a long loop runs before it pauses, in milliseconds. */
export const WORK_SLICE_MS = 10;

/**
 * Calls `step` on each item in order, pausing whenever about `sliceMs` of work has run since the
 * last pause: building an index of 10,000 chunks takes seconds, and a bot that stopped answering
 * for that long would miss Discord's 3-second window to acknowledge a command.
 */
export async function forEachWithPauses<T>(items: readonly T[], step: (item: T, index: number) => void, sliceMs = WORK_SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i += 1) {
    step(items[i] as T, i);
    if (performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
