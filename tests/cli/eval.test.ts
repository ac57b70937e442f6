import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDocent } from '../support/cli.js';
import { RELEASE_CORPUS, tempDir, writeFiles } from '../support/fs.js';

describe('docent eval', () => {
  it('asks each set of its own corpus and reports document ranks; a set naming a missing document is an error', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      // Hard-wrapped, as plain-text FAQs are: the supporting sentence is found however it is wrapped.
      'corpus/voice.md': '# Voice\n\nVoice channels close at\n    midnight UTC.',
      'corpus/rules.md': '# Rules\n\nBe kind to other members.',
      'good.json': JSON.stringify({ corpus: 'corpus', questions: [{ question: 'When do voice channels close?', expected: ['close at midnight'], support: ['Voice channels close at midnight UTC.'], documents: ['voice.md'] }] }),
      'bad.json': JSON.stringify({ corpus: 'corpus', questions: [{ question: 'When do voice channels close?', documents: ['nowhere.md'] }] }),
    });
    const good = await runDocent(['eval', path.join(dir, 'good.json'), '--json']);
    expect(good.code).toBe(0);
    const [report] = (JSON.parse(good.stdout.trim().split('\n').at(-1) ?? '{}') as { reports: Array<{ documentAt1: number; answerHit: number; recallAt1: number }> }).reports;
    expect(report).toMatchObject({ documentAt1: 1, answerHit: 1, recallAt1: 1 });
    // A bare --index still asks the set's own corpus: the folder is not filled with the default corpus instead.
    const chosen = await runDocent(['eval', path.join(dir, 'good.json'), '--json', '--index', path.join(dir, 'chosen-index')]);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toMatch(/"documentAt1":1/u);
    const bad = await runDocent(['eval', path.join(dir, 'bad.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/names documents the corpus does not hold: nowhere\.md/u);
  });
});

describe('CORPUS_NAME', () => {
  it('names the corpus in refusals', async () => {
    const result = await runDocent(['ask', 'What is the capital of France?', '--corpus', RELEASE_CORPUS, '--index', await tempDir()], { env: { CORPUS_NAME: 'the handbook' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^The handbook does not seem to answer that/u);
  });
});
