import { rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDocentError } from '../../src/core/index.js';
import { findCorpusFiles, htmlToText, loadCorpus, readCorpusFile } from '../../src/ingest/index.js';
import { RELEASE_CORPUS, RELEASE_FILE, tempDir, writeFiles } from '../support/fs.js';
import { makePdf } from '../support/pdf.js';
import { chunkDocument } from '../../src/ingest/index.js';

describe('htmlToText', () => {
  it('keeps tables as header: cell rows, page header headings, and drops page furniture', () => {
    const text = htmlToText(`<html><body><header><a href="/">Example Community</a><nav>Home | Events</nav><h1>Hack Day 2024</h1></header>
      <main><p>Our yearly hack day.</p>
      <table><thead><tr><th>Time</th><th>Session</th></tr></thead><tbody><tr><td>09:00</td><td>Kick-off</td></tr><tr><td>17:00</td><td>Demos and judging</td></tr></tbody></table>
      <table><tr><td>Venue</td><td>Room 4 &amp; 5</td></tr></table>
      <noscript>Enable JavaScript</noscript><template><p>Hidden template</p></template><aside>Sponsored</aside><script>var x = 1;</script></main>
      <footer>© 2024 Example Community</footer></body></html>`);
    expect(text).toBe('# Hack Day 2024\n\nOur yearly hack day.\n\nTime: 09:00 · Session: Kick-off.\n\nTime: 17:00 · Session: Demos and judging.\n\nVenue · Room 4 & 5.');
  });

  it('drops the tables of contents, navigation bars and rules of generated documentation', () => {
    const text = htmlToText(`<html><body><div class="navheader"><table><tr><th>Chapter 2. Leadership</th></tr><tr><td><a href="intro.html">Prev</a></td></tr></table><hr/></div>
      <div class="chapter"><h1>Chapter 2. Leadership</h1><div class="toc"><dl class="toc"><dt><a href="#a">2.1. Early days</a></dt><dt><a href="#b">2.2. Elections</a></dt></dl></div>
      <p>Debian has had several leaders.</p><hr/><p>Ian Murdock led it until 1996.</p></div>
      <div id="toc">Contents: Early days</div><div role="navigation">Next: Releases</div><div class="navfooter"><a href="releases.html">Next</a> Chapter 3. Releases</div>
      <ul class="docnav"><li><a href="a.html">Prev</a></li><li><a href="index.html">The Handbook</a></li></ul><div id="banner"><a href="get/">Download the ebook</a></div></body></html>`);
    // (A rule may leave a second blank line, which ends no more paragraphs than one.)
    expect(text.split(/\n\s*\n/u)).toEqual(['# Chapter 2. Leadership', 'Debian has had several leaders.', 'Ian Murdock led it until 1996.']);
    // Preformatted text is a fenced code block: its "# command" lines are no headings.
    expect(htmlToText('<p>Run this:</p><pre class="screen"><code># apt update\n\n# apt upgrade</code></pre><p>Done.</p>')).toBe('Run this:\n\n```\n# apt update\n\n# apt upgrade\n```\n\nDone.');
    // A fence longer than any backticks inside; an empty <pre> says nothing.
    expect(htmlToText('<pre>x = ```code```</pre>')).toBe('````\nx = ```code```\n````');
    expect(htmlToText('<p>A.</p><pre>  </pre><p>B.</p>')).toBe('A.\n\nB.');
    // A banner keeps its headings, as a page header does.
    expect(htmlToText('<header role="banner"><h1>Page Title</h1><a href="/">Home</a></header><p>Body text.</p>')).toBe('# Page Title\n\nBody text.');
    // A rule ends a paragraph rather than gluing its neighbours' words together.
    expect(htmlToText('<div>Last line<hr/>First line</div>')).toBe('Last line\n\nFirst line');
  });
});

describe('PDF documents', () => {
  it('reads the text of each page in order and cites chunks by page; names PDFs it cannot read', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'report.pdf': makePdf([
        ['Annual Report 2024', 'Published 12 March 2024 by the Example Community.'],
        ['The treasurer (Ada Lopez) presented the budget.', 'Membership grew to 1,200 members.'],
        [],
        ['Voice channels close at midnight UTC.'],
      ]),
      'scan.pdf': makePdf([[], []]),
      'renamed.pdf': 'Just text, named .pdf',
      'fake.txt': makePdf([['Hidden PDF named .txt']]),
    });
    const { documents, warnings } = await loadCorpus(dir);
    const report = documents.find((doc) => doc.id === 'report.pdf');
    expect(report?.title).toBe('Annual Report 2024');
    expect(report?.date).toBe('2024-03-12');
    expect(report?.text).toMatch(/^Annual Report 2024\nPublished 12 March 2024 by the Example Community\.\n\nThe treasurer \(Ada Lopez\)/u);
    const chunks = chunkDocument(report as NonNullable<typeof report>);
    const pageOf = (text: string) => chunks.find((chunk) => chunk.text.includes(text))?.location.page;
    expect([pageOf('Annual Report'), pageOf('treasurer'), pageOf('midnight')]).toEqual([1, 2, 4]);
    expect(documents.find((doc) => doc.id === 'fake.txt')?.text).toBe('Hidden PDF named .txt'); // by content, not by name
    expect(warnings).toEqual([
      { path: 'renamed.pdf', reason: 'not a PDF, though named .pdf' },
      { path: 'scan.pdf', reason: 'PDF without a text layer (a scan?): nothing to index' },
    ]);
  });
});

describe('findCorpusFiles', () => {
  it('says why a file without an extension is not read, and passes over other types quietly', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'notes.txt': 'Notes\n\nRead.', NEWS: 'News\n\nNot read.', 'docs/README': 'Readme', 'logo.png': 'png', '.hidden': 'x' });
    const { files, warnings } = await findCorpusFiles(dir, new Set(['.txt', '.md']));
    expect(files).toEqual(['notes.txt']);
    expect(warnings).toEqual([
      { path: 'NEWS', reason: 'no file extension: only .txt, .md files are read (rename it NEWS.txt to index it)' },
      { path: 'docs/README', reason: 'no file extension: only .txt, .md files are read (rename it README.txt to index it)' },
    ]);
  });
});

describe('readCorpusFile', () => {
  it('refuses a listed file that became a link to outside the corpus before it was read', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'corpus/z.txt': 'Zed\n\nAn honest document.', 'secret.env': 'DISCORD_TOKEN=abc' });
    const { root, files } = await findCorpusFiles(path.join(dir, 'corpus'), new Set(['.txt']));
    expect(files).toEqual(['z.txt']);
    await rm(path.join(root, 'z.txt'));
    await symlink(path.join(dir, 'secret.env'), path.join(root, 'z.txt'));
    expect(await readCorpusFile(root, 'z.txt', 1_000)).toBe('symbolic link to a file outside the corpus folder, not followed');
  });
});

describe('loadCorpus', () => {
  it('loads the release with its title and date', async () => {
    const { documents, warnings } = await loadCorpus(RELEASE_CORPUS);
    expect(warnings).toEqual([]);
    expect(documents.map((doc) => doc.id)).toEqual([RELEASE_FILE]);
    const [release] = documents;
    expect(release?.title).toBe('Kazakhstan stands ready to contribute to OSCE security and co-operation efforts');
    expect(release?.date).toBe('2019-05-07');
  });

  it('loads .txt, .md and .html recursively, with ids relative to the corpus', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.txt': 'Plain title\n\nBody text, dated 12.03.2021.',
      'notes/b.md': 'Intro line\n\n# Markdown Title\n\nSome text on 2020-01-31.',
      'web/c.html': '<html><head><title>ignored</title></head><body><h1>HTML &amp; Title</h1><p>First <a href="http://x">link</a>.</p><h2>Part</h2><p>Second.</p></body></html>',
      'skip.pdf': 'not a corpus type',
      '.hidden/d.txt': 'hidden',
    });
    const { documents } = await loadCorpus(dir);
    expect(documents.map((doc) => [doc.id, doc.title, doc.date])).toEqual([
      ['a.txt', 'Plain title', '2021-03-12'],
      ['notes/b.md', 'Markdown Title', '2020-01-31'],
      ['web/c.html', 'HTML & Title', undefined],
    ]);
    const html = documents[2]?.text ?? '';
    expect(html).toContain('# HTML & Title');
    expect(html).toContain('## Part');
    expect(html).not.toContain('http://x');
    expect(html).toMatch(/First link\.\n\n## Part\n\nSecond\./u);
  });

  it('skips unusable files with a warning that names each, and indexes the rest', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'good.txt': 'A good document.',
      'empty.txt': '  \n\n ',
      'binary.txt': new Uint8Array([0x50, 0x4b, 0x00, 0x03, 0x04]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]),
      'huge.md': 'x'.repeat(2048),
    });
    await symlink(path.join(dir, 'missing-target.txt'), path.join(dir, 'dangling.txt'));
    const { documents, warnings } = await loadCorpus(dir, { maxFileBytes: 1024 });
    expect(documents.map((doc) => doc.id)).toEqual(['good.txt']);
    const reasons = Object.fromEntries(warnings.map((w) => [w.path, w.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['binary.txt', 'dangling.txt', 'empty.txt', 'huge.md', 'latin1.txt']);
    expect(reasons['empty.txt']).toBe('empty');
    expect(reasons['binary.txt']).toMatch(/binary/u);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/u);
    expect(reasons['huge.md']).toMatch(/larger than 1024 bytes/u);
    expect(reasons['dangling.txt']).toMatch(/unreadable.*ENOENT/u);
  });

  it('fails clearly when no document is usable', async () => {
    const dir = await tempDir();
    await writeFiles(dir, { 'empty.txt': '' });
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(isDocentError(error, 'NO_DOCUMENTS')).toBe(true);
    expect((error as Error).message).toMatch(/No usable document.*empty\.txt: empty/u);
  });

  it('fails clearly when the corpus folder does not exist', async () => {
    const error = await loadCorpus('/nonexistent/corpus').catch((e: unknown) => e);
    expect(isDocentError(error, 'CORPUS_NOT_FOUND')).toBe(true);
  });
});
