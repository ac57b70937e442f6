import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/app/index.js';
import { runDocent, startDocent } from '../support/cli.js';
import { RELEASE_CORPUS, RELEASE_FILE, tempDir, writeFiles } from '../support/fs.js';

interface SearchLine {
  query: string;
  results: Array<{ chunkId: string; document: string; title: string; location: { paragraph: number; start: number; end: number }; text: string; score: number }>;
  timingsMs: Record<string, number>;
}

describe('docent index and search', () => {
  it('indexes, then answers queries from stdin as JSON lines, loading once', async () => {
    const indexDir = await tempDir();
    const index = await runDocent(['index', '--corpus', RELEASE_CORPUS, '--index', indexDir]);
    expect(index.code).toBe(0);
    expect(index.stdout).toMatch(/Indexed 1 document, 16 chunks \(16 new, 0 reused, 0 removed\) in \d+\.\d s/u);

    const again = await runDocent(['index', '--corpus', RELEASE_CORPUS, '--index', indexDir]);
    expect(again.stdout).toMatch(/Up to date: 1 document, 16 chunks \(0 new, 16 reused, 0 removed\)/u);

    const search = await runDocent(['search', '--json', '-k', '3', '--corpus', RELEASE_CORPUS, '--index', indexDir], {
      input: 'When was the OSCE established?\n\nWho is the OSCE Secretary General?\n',
    });
    expect(search.code).toBe(1); // the blank line gets its error line; the others are answered
    expect(search.stderr).not.toMatch(/Indexed/u); // the index was fresh: no rebuild
    const [first, blank, second] = search.stdout.trim().split('\n').map((line) => JSON.parse(line) as SearchLine & { error?: string });
    expect(blank).toEqual({ query: '', error: expect.stringMatching(/empty/u) as unknown as string });
    const lines = [first, second] as SearchLine[];
    expect(lines.map((line) => line.query)).toEqual(['When was the OSCE established?', 'Who is the OSCE Secretary General?']);
    for (const line of lines) {
      expect(line.results).toHaveLength(3);
      expect(line.results[0]).toMatchObject({ document: RELEASE_FILE, title: expect.stringMatching(/^Kazakhstan stands ready/u) });
      expect(line.timingsMs).toHaveProperty('total');
    }
    expect(lines[0]?.results.some((r) => r.text.includes('established in 1975'))).toBe(true);
  });

  it('builds the index on first use and prints passages for a person', async () => {
    const indexDir = await tempDir();
    const result = await runDocent(['search', 'Helsinki Final Act', '--corpus', RELEASE_CORPUS, '--index', indexDir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/Building a new index: there is no index yet/u);
    expect(result.stdout).toMatch(/^1\. \[score 1\.000, similarity 0\.\d{3}\] kazakhstan-osce-2019-05-07\.txt, paragraph \d+/u);
  });

  it('refreshes a stale index before searching, and names skipped files', async () => {
    const [corpusDir, indexDir] = [await tempDir(), await tempDir()];
    await writeFiles(corpusDir, { 'a.txt': 'Alpha\n\nThe parser shipped in March.' });
    await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    await writeFiles(corpusDir, { 'b.txt': 'Beta\n\nThe cache shipped in May.', 'broken.txt': new Uint8Array([0, 1, 2]) });
    const result = await runDocent(['search', '--json', 'cache', '--corpus', corpusDir, '--index', indexDir]);
    expect(result.stderr).toMatch(/skipped broken\.txt: binary/u);
    expect(result.stderr).toMatch(/2 new, 2 reused/u);
    const line = JSON.parse(result.stdout) as SearchLine;
    expect(line.results.map((r) => r.document)).toContain('b.txt');
  });

  it('rejects bad input with a clear message and no stack trace', async () => {
    const indexDir = await tempDir();
    const empty = await runDocent(['search', '   ', '--corpus', RELEASE_CORPUS, '--index', indexDir]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/docent: The question is empty/u);
    expect(empty.stderr).not.toMatch(/at .*\.js:\d+/u);
    const badK = await runDocent(['search', 'x', '-k', 'many']);
    expect(badK.code).not.toBe(0);
    expect(badK.stderr).toMatch(/must be a whole number/u);
    const noCorpus = await runDocent(['search', 'x', '--corpus', '/nonexistent', '--index', await tempDir()]); // and no index to fall back on
    expect(noCorpus.code).toBe(1);
    expect(noCorpus.stderr).toMatch(/Cannot read the corpus folder \/nonexistent/u);
  });

  it('keeps the previous index when an index run is killed halfway', async () => {
    const [corpusDir, indexDir] = [await tempDir(), await tempDir()];
    await writeFiles(corpusDir, { 'a.txt': 'Alpha\n\nThe parser shipped in March.' });
    await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    const before = await loadIndex(indexDir);
    // How long start-up takes here (model load, corpus read), so the kill lands mid-embedding.
    const startedAt = Date.now();
    await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    const startupMs = Date.now() - startedAt;
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`doc-${i}.txt`, `Doc ${i}\n\n${`Sentence ${i} about subject ${i * 3}. `.repeat(3)}`]));
    await writeFiles(corpusDir, many);
    const child = startDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    // Kill it once it is embedding: start-up plus a little; 600 chunks take many seconds more.
    await new Promise((resolve) => setTimeout(resolve, startupMs + 1_500));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const after = await loadIndex(indexDir);
    expect(after.manifest).toEqual(before.manifest);
    const rerun = await runDocent(['index', '--corpus', corpusDir, '--index', indexDir]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/Indexed 301 documents/u);
    expect((await readdir(indexDir)).filter((name) => name.startsWith('.') && name !== '.lock')).toEqual([]);
    expect(path.isAbsolute(indexDir)).toBe(true);
  });
});
