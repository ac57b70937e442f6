import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocent } from '../support/cli.js';
import { tempDir, writeFiles } from '../support/fs.js';
import { makePdf } from '../support/pdf.js';

describe('docent corpus', () => {
  it('adds a PDF that answers at once, refuses a bad file, and removal then restore brings the answer back', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'corpus/rules.md': '# Rules\n\nBe kind to other members.',
      'report.pdf': makePdf([['Annual Report 2024', 'Published 12 March 2024.'], ['Membership grew to 1,200 members during the year.']]),
      'fake.pdf': 'not a pdf',
    });
    const where = ['--corpus', path.join(dir, 'corpus'), '--index', path.join(dir, 'index')];
    const question = ['ask', 'How many members are there?', ...where];

    const added = await runDocent(['corpus', 'add', path.join(dir, 'report.pdf'), ...where]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added report\.pdf: "Annual Report 2024", 2024-03-12\.\n(Building a new index: there is no index yet\n)?Indexed 2 documents/u);
    expect((await runDocent(question)).stdout).toMatch(/Membership grew to 1,200 members during the year\. \[1\][\s\S]*p\. 2 \(report\.pdf/u);

    const bad = await runDocent(['corpus', 'add', path.join(dir, 'fake.pdf'), ...where]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/fake\.pdf cannot be added: not a PDF, though named \.pdf/u);

    expect((await runDocent(['corpus', 'remove', 'report.pdf', ...where])).stdout).toMatch(/^Removed report\.pdf\.\nIndexed 1 document/u);
    expect((await runDocent(question)).stdout).toMatch(/does not seem to answer/u);
    expect((await runDocent(['corpus', 'restore', 'report.pdf', ...where])).code).toBe(0);
    expect((await runDocent(question)).stdout).toMatch(/1,200 members/u);

    const history = await runDocent(['corpus', 'history', ...where]);
    expect(history.stdout.trim().split('\n').map((line) => line.split(/\s+/u).slice(2).join(' '))).toEqual(['restore report.pdf', 'remove report.pdf', 'add report.pdf']);
    const list = await runDocent(['corpus', 'list', ...where]);
    expect(list.stdout).toMatch(/^report\.pdf .* added by cli:\S+ at \S+\nrules\.md .* added outside Docent$/mu);
  });
});
