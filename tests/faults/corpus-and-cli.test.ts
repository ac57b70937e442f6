// Fault suite: stray paths in the corpus and slips on the command line, through the real CLI.
import { chmod, mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/ingest/index.js';
import { runDocent, type CliResult } from '../support/cli.js';
import { RELEASE_CORPUS, tempDir, writeFiles } from '../support/fs.js';

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
interface DryRunReport {
  documents: number;
  documentsAdded: string[];
  warnings: Array<{ path: string; reason: string }>;
}

const dryRun = (result: CliResult): DryRunReport => JSON.parse(result.stdout) as DryRunReport;

describe('paths in the corpus folder', () => {
  it('never indexes a symbolic link that leaves the corpus, and names it in the report', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'outside/secret.txt': 'Secret memo\n\nThe launch code of the vault is 7319.',
      'corpus/alpha.txt': 'Alpha report\n\nThe alpha team shipped the parser in March.',
      'corpus/notes/beta.txt': 'Beta notes\n\nBeta covers storage.',
    });
    const corpus = path.join(dir, 'corpus');
    await symlink(path.join(dir, 'outside/secret.txt'), path.join(corpus, 'secret.txt'));
    await symlink('/etc/passwd', path.join(corpus, 'passwd.txt'));
    await symlink(path.join(corpus, 'notes/beta.txt'), path.join(corpus, 'beta-link.txt')); // inside: followed
    await symlink(path.join(dir, 'gone.txt'), path.join(corpus, 'dangling.txt'));
    await symlink(path.join(dir, 'outside'), path.join(corpus, 'shared')); // a folder, named without an extension
    const index = path.join(dir, 'index');
    const built = await runDocent(['index', '--json', '--corpus', corpus, '--index', index]);
    expect(built.code).toBe(0);
    const report = dryRun(built);
    expect(report.documentsAdded.sort()).toEqual(['alpha.txt', 'beta-link.txt', 'notes/beta.txt']);
    expect(report.warnings).toEqual(expect.arrayContaining([
      { path: 'passwd.txt', reason: expect.stringMatching(/outside the corpus folder/u) as unknown as string },
      { path: 'secret.txt', reason: expect.stringMatching(/outside the corpus folder/u) as unknown as string },
      { path: 'dangling.txt', reason: expect.stringMatching(/unreadable/u) as unknown as string },
      { path: 'shared', reason: 'symbolic link to a folder, not followed' },
    ]));
    expect(built.stderr).toMatch(/passwd\.txt.*outside the corpus folder/u);
    const search = await runDocent(['search', '--json', 'launch code of the vault root', '--corpus', corpus, '--index', index]);
    expect(search.stdout).not.toMatch(/7319|root:/u);
  });

  it('skips an unreadable subfolder with a warning and indexes the rest', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'corpus/alpha.txt': 'Alpha report\n\nThe alpha team shipped the parser in March.',
      'corpus/private/hidden.txt': 'Private\n\nNot for the bot.',
    });
    await chmod(dir, 0o755);
    await chmod(path.join(dir, 'corpus'), 0o755);
    await chmod(path.join(dir, 'corpus/private'), 0o000);
    let report: { documentsAdded: string[]; warnings: unknown[] };
    if (asRoot) {
      // Root reads every folder whatever its mode: read the corpus as nobody (the effective user
      // only, so this test process can become root again).
      process.seteuid?.(NOBODY);
      try {
        const { documents, warnings } = await loadCorpus(path.join(dir, 'corpus'));
        report = { documentsAdded: documents.map((doc) => doc.id), warnings };
      } finally {
        process.seteuid?.(0);
      }
    } else {
      const result = await runDocent(['index', '--dry-run', '--json', '--corpus', path.join(dir, 'corpus'), '--index', path.join(dir, 'index')]);
      expect(result.code).toBe(0);
      report = dryRun(result);
    }
    await chmod(path.join(dir, 'corpus/private'), 0o755);
    expect(report.documentsAdded).toEqual(['alpha.txt']);
    expect(report.warnings).toEqual([{ path: 'private/', reason: 'folder skipped: unreadable (EACCES)' }]);
  });
});

describe('command-line slips', () => {
  it('refuses empty --corpus and --index paths instead of indexing the working folder', async () => {
    const dir = await tempDir();
    for (const args of [['index', '--dry-run', '--corpus', '', '--index', dir], ['ask', 'When?', '--corpus', ' ', '--index', dir], ['search', 'x', '--index', '']]) {
      const result = await runDocent(args, { cwd: dir });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr, args.join(' ')).toMatch(/--(corpus|index) needs a folder, not an empty path/u);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not take a question word for a missing --index folder', async () => {
    const dir = await tempDir();
    const result = await runDocent(['ask', '--corpus', RELEASE_CORPUS, '--index', 'When', 'was', 'the', 'OSCE', 'established?'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/there is no folder "When"/u);
    expect(await readdir(dir)).toEqual([]);
  });

  it('accepts -k only as plain digits from 1 to 50', async () => {
    for (const k of ['0x10', '1e1', ' 7 ', '0', '51', '-3', '2.5']) {
      const result = await runDocent(['search', 'x', '-k', k, '--corpus', RELEASE_CORPUS]);
      expect(result.code, k).toBe(1);
      expect(result.stderr, k).toMatch(/must be a whole number from 1 to 50/u);
    }
  });

  it('prints an error line for each blank line of a batch, in order', async () => {
    const indexDir = await tempDir();
    const result = await runDocent(['ask', '--json', '--corpus', RELEASE_CORPUS, '--index', indexDir], {
      input: 'When was the OSCE established?\n\n   \nWho is the OSCE Secretary General?\n',
    });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { question: string; error?: string; answer?: string });
    expect(lines.map((line) => line.error === undefined)).toEqual([true, false, false, true]);
    expect(lines[1]?.error).toMatch(/The question is empty/u);
  });

  it('exits 1 when an evaluation set misses its floors, 0 when it meets them', async () => {
    const dir = await tempDir();
    const set = (floors: Record<string, number>) => JSON.stringify({
      corpus: 'corpus',
      floors,
      questions: [{ question: 'When do voice channels close?', expected: ['midnight'] }, { question: 'Who founded the guild?', expected: ['Ada'] }],
    });
    await writeFiles(dir, {
      'corpus/voice.md': '# Voice\n\nVoice channels close at midnight UTC.',
      'met.json': set({ answerHit: 0.5 }),
      'missed.json': set({ answerHit: 0.9 }),
      'unmeasurable.json': set({ documentAt1: 0.5 }), // no question names its documents
    });
    const met = await runDocent(['eval', path.join(dir, 'met.json')]);
    expect(met.code).toBe(0);
    const missed = await runDocent(['eval', path.join(dir, 'missed.json')]);
    expect(missed.code).toBe(1);
    expect(missed.stderr).toMatch(/answerHit 0\.500 is below its floor 0\.9/u);
    const unmeasurable = await runDocent(['eval', path.join(dir, 'unmeasurable.json')]);
    expect(unmeasurable.code).toBe(1);
    expect(unmeasurable.stderr).toMatch(/documentAt1 cannot be measured on this set/u);
  });

  it('prints its version', async () => {
    const result = await runDocent(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});

describe('an index without its corpus', () => {
  it('answers from the existing index with a warning; only re-indexing needs the corpus', async () => {
    const dir = await tempDir();
    const corpus = path.join(dir, 'corpus');
    const index = path.join(dir, 'index');
    await writeFiles(dir, { 'corpus/voice.md': '# Voice\n\nVoice channels close at midnight UTC.' });
    expect((await runDocent(['index', '--corpus', corpus, '--index', index])).code).toBe(0);
    await rm(corpus, { recursive: true });
    const asked = await runDocent(['ask', 'When do voice channels close?', '--corpus', corpus, '--index', index]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/midnight UTC.*\[1\]/u);
    expect(asked.stderr).toMatch(/warning: Cannot read the corpus folder .*Serving the existing index \(1 documents/u);
    const reindexed = await runDocent(['index', '--corpus', corpus, '--index', index]);
    expect(reindexed.code).toBe(1);
    expect(reindexed.stderr).toMatch(/Cannot read the corpus folder/u);
    await mkdir(corpus); // an empty corpus folder: the same
    expect((await runDocent(['ask', 'When do voice channels close?', '--corpus', corpus, '--index', index])).stdout).toMatch(/midnight UTC/u);
  });
});
