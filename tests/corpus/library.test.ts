import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocentError } from '../../src/core/index.js';
import { CorpusLibrary } from '../../src/corpus/index.js';
import { tempDir, writeFiles } from '../support/fs.js';
import { makePdf } from '../support/pdf.js';

const MB = 1024 * 1024;
const md = (text: string) => Buffer.from(text);

async function refused(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(isDocentError(error, 'BAD_DOCUMENT')).toBe(true);
  return (error as Error).message;
}

describe('CorpusLibrary', () => {
  it('adds checked documents, refuses bad ones without touching the corpus, and logs who did what', async () => {
    const corpus = await tempDir();
    await writeFiles(corpus, { 'rules.md': '# Rules\n\nBe kind.' });
    const library = new CorpusLibrary(corpus, 1 * MB);
    expect(await library.add('voice.md', md('# Voice\n\nVoice channels close at midnight UTC.'), { by: 'mod-1' })).toMatchObject({ kind: 'added', title: 'Voice' });
    expect(await library.add('report.pdf', makePdf([['Annual Report 2024', 'Published 12 March 2024.']]), { by: 'mod-1' })).toMatchObject({ kind: 'added', title: 'Annual Report 2024', date: '2024-03-12' });
    expect(await library.add('copy.md', md('# Voice\n\nVoice channels close at midnight UTC.'), { by: 'mod-2' })).toEqual({ kind: 'duplicate', name: 'copy.md', existing: 'voice.md' });
    const before = (await readdir(corpus)).sort();
    expect(await refused(library.add('../evil.md', md('x'), { by: 'mod-2' }))).toMatch(/not a safe document name/u);
    expect(await refused(library.add('.hidden.md', md('x'), { by: 'mod-2' }))).toMatch(/not a safe document name/u);
    expect(await refused(library.add('tool.exe', md('x'), { by: 'mod-2' }))).toMatch(/not a type Docent reads/u);
    expect(await refused(library.add('fake.pdf', md('just text'), { by: 'mod-2' }))).toMatch(/not a PDF, though named \.pdf/u);
    expect(await refused(library.add('scan.pdf', makePdf([[]]), { by: 'mod-2' }))).toMatch(/without a text layer/u);
    expect(await refused(library.add('big.md', Buffer.alloc(2 * MB, 'a'), { by: 'mod-2' }))).toMatch(/at most 1 MB \(MAX_DOCUMENT_MB\)/u);
    expect(await refused(library.add('rules.md', md('# Rules\n\nBe very kind.'), { by: 'mod-2' }))).toMatch(/already has rules\.md; add it with replace/u);
    expect((await readdir(corpus)).sort()).toEqual(before);
    expect(await library.add('rules.md', md('# Rules\n\nBe very kind.'), { by: 'mod-2', replace: true })).toMatchObject({ kind: 'replaced' });
    const list = await library.list();
    expect(list.map((entry) => [entry.name, entry.added?.by])).toEqual([['report.pdf', 'mod-1'], ['rules.md', 'mod-2'], ['voice.md', 'mod-1']]);
    expect((await library.history()).map((change) => `${change.by} ${change.action} ${change.document}`)).toEqual(['mod-1 add voice.md', 'mod-1 add report.pdf', 'mod-2 replace rules.md']);
  });

  it('undoes a removal and a replacement with restore, and keeps both of two adds made at once', async () => {
    const corpus = await tempDir();
    const library = new CorpusLibrary(corpus, MB);
    await library.add('a.md', md('# A\n\nFirst version.'), { by: 'm' });
    await library.add('a.md', md('# A\n\nSecond version.'), { by: 'm', replace: true });
    await library.restore('a.md', { by: 'm' });
    expect(await readFile(path.join(corpus, 'a.md'), 'utf8')).toBe('# A\n\nFirst version.');
    await library.remove('a.md', { by: 'm' });
    expect((await library.list()).map((entry) => entry.name)).toEqual([]);
    await library.restore('a.md', { by: 'm' });
    expect(await readFile(path.join(corpus, 'a.md'), 'utf8')).toBe('# A\n\nFirst version.');
    expect(await refused(library.remove('nothing.md', { by: 'm' }))).toMatch(/has no document nothing\.md/u);
    await Promise.all([library.add('b.md', md('# B\n\nBee.'), { by: 'x' }), library.add('c.md', md('# C\n\nSea.'), { by: 'y' })]);
    expect((await library.list()).map((entry) => entry.name)).toEqual(['a.md', 'b.md', 'c.md']);
    expect((await library.history()).map((change) => change.action)).toEqual(['add', 'replace', 'restore', 'remove', 'restore', 'add', 'add']);
  });
});
