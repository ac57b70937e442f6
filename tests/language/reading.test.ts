import { describe, expect, it } from 'vitest';
import { readingSpans } from '../../src/language/index.js';

describe('readingSpans', () => {
  it('reads a sentence that leans on the one before together with it', () => {
    const text = 'Moderators manage the server. They can re-index. The index is local. “This is fast,” he said.';
    const starts = [0, 30, 49, 69];
    const sentences = starts.map((start, i) => ({ start, end: (starts[i + 1] ?? text.length + 1) - 1 }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read).toEqual([
      'Moderators manage the server.',
      'Moderators manage the server. They can re-index.',
      'The index is local.',
      'The index is local. “This is fast,” he said.',
    ]);
  });
});
