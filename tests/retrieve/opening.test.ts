import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/index.js';
import { chunkDocument, findDate, findTitle, sha256 } from '../../src/ingest/index.js';
import type { IndexContents } from '../../src/store/index.js';
import { announcingOpening, openingPassages, referencedDocument, releaseDate, titlePassage } from '../../src/retrieve/opening.js';

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

describe('releases', () => {
  const first = chunksOf('2025-02-11-grant.md', '# Grant awarded\n\n*For immediate release*\n\n**ALDERCOMBE, 11 February 2025 —** Researchers will survey 14 seagrass sites.\n\nThe study runs to 2030.');
  const later = chunksOf('2026-03-30-partnership.md', '# Partnership\n\n**ALDERCOMBE, 30 March 2026 —** The seagrass project will expand from 14 to 16 study sites.');
  const log = chunksOf('announcements.md', '# Announcements\n\n2026-06-10 — The room moves to the Oak Room.\n\n2026-07-01 — Fees rise to £60.');
  const chunks = [...first, ...later, ...log];
  const contents = { chunks, vectors: chunks.map(() => new Float32Array([1, 0])) } as unknown as IndexContents;

  it('state every paragraph on their dateline; a log of dated entries is no release', () => {
    expect(chunks.filter((chunk) => chunk.text.includes('study runs')).map((chunk) => releaseDate(chunks, chunk))).toEqual(['2025-02-11']);
    expect(chunks.filter((chunk) => chunk.text.includes('Oak Room')).map((chunk) => releaseDate(chunks, chunk))).toEqual([undefined]);
  });

  it("answer when something was announced from the dateline of the best passage's release", () => {
    const best = { chunk: later.find((chunk) => chunk.text.includes('16 study sites')) as Chunk, score: 1, similarity: 0.5, lexical: 1 };
    expect(announcingOpening(contents, new Float32Array([1, 0]), best)?.map((passage) => passage.chunk.text).join(' ')).toContain('30 March 2026');
    const entry = { chunk: log.find((chunk) => chunk.text.includes('Fees')) as Chunk, score: 1, similarity: 0.5, lexical: 1 };
    expect(announcingOpening(contents, new Float32Array([1, 0]), entry)).toBeUndefined();
  });
});
