import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../src/app/index.js';
import { runDocent } from '../support/cli.js';
import { RELEASE_CORPUS, tempDir } from '../support/fs.js';

describe('docent ask', () => {
  it('answers README\'s first question with a cited answer, building the index first', async () => {
    const indexDir = await tempDir();
    const result = await runDocent(['ask', 'When was the OSCE established?', '--corpus', RELEASE_CORPUS, '--index', indexDir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/was established in 1975 after the signing of the Helsinki Final Act\. \[1\]/u);
    expect(result.stdout).toMatch(/Sources:\n {2}\[1\] Kazakhstan stands ready .*, 2019-05-07, paragraph 14/u);
  });

  it('answers each stdin line as one JSON object, surviving bad lines', async () => {
    const indexDir = await tempDir();
    const input = [
      'When was the OSCE established?', 'What is the capital of France?', '@everyone <@123>', 'x'.repeat(10_000), 'Когда была основана ОБСЕ?', 'Who is \u0007the OSCE Secretary General?',
      'What is this press release about?', 'When was it published?',
    ].join('\n');
    const result = await runDocent(['ask', '--json', '--corpus', RELEASE_CORPUS, '--index', indexDir], { input });
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/u);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as AskResponse & { error?: string });
    expect(lines).toHaveLength(8);
    const [established, france, mentions, huge, russian, control, about, published] = lines;
    expect(established).toMatchObject({ question: 'When was the OSCE established?', abstained: false });
    expect(Object.keys(established ?? {})).toEqual(['question', 'answer', 'abstained', 'citations', 'timingsMs']);
    expect(Object.keys(established?.timingsMs ?? {})).toEqual(['embed', 'search', 'answer', 'total']);
    expect(Object.keys(established?.citations[0] ?? {})).toEqual(expect.arrayContaining(['n', 'chunkId', 'document', 'title', 'location', 'text', 'quote', 'score']));
    expect(france?.abstained).toBe(true);
    expect(mentions?.error).toMatch(/empty/u);
    expect(huge?.error).toMatch(/keep it under 1000/u);
    expect(russian?.answer).toBeTypeOf('string');
    expect(control?.answer).toMatch(/Greminger/u);
    // Questions about the release itself are answered from its opening, not abstained on for
    // "never mentioning" the words "release" or "published".
    expect(about).toMatchObject({ abstained: false, answer: expect.stringMatching(/^VIENNA, May 7, 2019 - Kazakhstan stands ready .* \[1\] The meeting discussed .* \[2\]/u) });
    expect(published).toMatchObject({ abstained: false, answer: expect.stringMatching(/May 7, 2019.*\[1\]$/u) });
    expect(result.code).toBe(1); // two lines could not be asked
  });
});
