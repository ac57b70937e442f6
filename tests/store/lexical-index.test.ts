import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/index.js';
import { chunkDocument, sha256 } from '../../src/ingest/index.js';
import { LexicalIndex } from '../../src/store/index.js';

const doc = (id: string, text: string): Document => ({ id, title: id, date: undefined, text, contentHash: sha256(text) });

describe('LexicalIndex.ofRows', () => {
  it('searches only the given rows, labelled by their rows, with statistics of those rows alone', async () => {
    const chunks = [
      ...chunkDocument(doc('release.txt', 'The minister met the secretary general.\n\nThe seminar takes place in October.')),
      ...chunkDocument(doc('manual.md', 'The minister table holds rows.\n\nOctober is a month in the calendar table.')),
    ];
    const releaseRows = chunks.flatMap((chunk, row) => (chunk.documentId === 'release.txt' ? [row] : []));
    const topic = await LexicalIndex.ofRows(chunks, releaseRows);
    const alone = await LexicalIndex.ofRows(chunks.filter((chunk) => chunk.documentId === 'release.txt'), releaseRows.map((_, i) => i));
    expect(topic.size).toBe(releaseRows.length);
    const hits = topic.search('minister october', 10);
    expect(hits.map((hit) => hit.label).every((label) => releaseRows.includes(label))).toBe(true);
    // The same scores as an index of the release alone: the manual changes nothing.
    expect(hits.map((hit) => hit.score)).toEqual(alone.search('minister october', 10).map((hit) => hit.score));
  });
});
