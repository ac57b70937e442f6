import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/index.js';
import { chunkDocument, findDate, findTitle, sha256 } from '../../src/ingest/index.js';
import type { IndexContents } from '../../src/store/index.js';
import { openingPassages, referencedDocument, titlePassage } from '../../src/retrieve/opening.js';

const chunksOf = (id: string, text: string): Chunk[] => chunkDocument({ id, title: findTitle(text, id), date: findDate(text), text, contentHash: sha256(text) });

describe('referencedDocument', () => {
  it('takes "this release" to mean the newest document that opens with a date, not a manual with a newer footer', () => {
    const release = chunksOf('release.txt', 'Ministers meet\n\nVIENNA, May 7, 2019 - The ministers met.\n\nThey talked.');
    const manual = chunksOf('manual.md', '# Using the tool\n\nRun it as you like.\n\nThis page last modified on 2022-12-14.');
    const notes = chunksOf('notes.md', '# Release 2.4\n\nPublished: 2026-03-04\n\nIt adds plugins.');
    expect(referencedDocument([...manual, ...release])).toBe('release.txt');
    expect(referencedDocument([...manual, ...release, ...notes])).toBe('notes.md');
    // With no dateline anywhere, the newest dated document.
    expect(referencedDocument([...manual])).toBe('manual.md');
  });

  it('reads a document\'s opening paragraphs, then its last one (a footer with when it was posted)', () => {
    const text = ['Ministers meet', 'VIENNA, May 7, 2019 - The ministers met.', 'They talked.', 'Then they ate.', 'Then they left.', 'Then it rained.', 'Created at : 7.05.2019, 16:30'].join('\n\n');
    const chunks = chunksOf('release.txt', text);
    const contents = { chunks, vectors: chunks.map(() => new Float32Array([1, 0])) } as unknown as IndexContents;
    const texts = openingPassages(contents, new Float32Array([1, 0])).map((passage) => passage.chunk.text);
    expect(texts.at(-1)).toContain('Created at');
    expect(texts[0]).toContain('VIENNA');
    expect(texts.some((t) => t.includes('Then it rained'))).toBe(false);
  });

  it('finds the title line of the document meant, when it has one of its own', () => {
    const chunks = [...chunksOf('release.txt', 'Ministers meet\n\nVIENNA, May 7, 2019 - The ministers met.'), ...chunksOf('manual.md', '# Using the tool\n\nRun it as you like.')];
    const contents = { chunks, vectors: chunks.map(() => new Float32Array([1, 0])) } as unknown as IndexContents;
    expect(titlePassage(contents, new Float32Array([1, 0]))?.chunk.text).toBe('Ministers meet');
    expect(titlePassage(contents, new Float32Array([1, 0]), 'manual.md')).toBeUndefined();
  });
});
