import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../src/app/index.js';
import { runDocent } from '../support/cli.js';
import { RELEASE_CORPUS, tempDir, writeFiles } from '../support/fs.js';
import { makePdf } from '../support/pdf.js';

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

  it('answers from the right row of an HTML table and never cites the page footer', async () => {
    const corpus = await tempDir();
    await writeFiles(corpus, {
      'hack-day.html': `<html><body><header><nav>Home | Events</nav><h1>Hack Day 2024</h1></header><main>
        <p>Our yearly hack day brings members together for a day of building.</p>
        <table><tr><th>Time</th><th>Session</th></tr><tr><td>09:00</td><td>Kick-off</td></tr><tr><td>12:30</td><td>Lunch</td></tr><tr><td>17:00</td><td>Demos and judging</td></tr></table>
        </main><footer>© 2024 Example Community. All rights reserved.</footer></body></html>`,
    });
    const result = await runDocent(['ask', '--json', 'What happens at 17:00?', '--corpus', corpus, '--index', await tempDir()]);
    expect(result.code).toBe(0);
    const response = JSON.parse(result.stdout) as AskResponse;
    expect(response.abstained).toBe(false);
    expect(response.answer).toMatch(/Time: 17:00 · Session: Demos and judging\. \[1\]/u);
    expect(response.answer).not.toMatch(/Kick-off|Lunch|rights reserved/u);
  });

  it('answers from a PDF and cites the page', async () => {
    const corpus = await tempDir();
    await writeFiles(corpus, {
      'report.pdf': makePdf([
        ['Annual Report 2024', 'Published 12 March 2024 by the Example Community.'],
        ['The treasurer presented the budget for the coming year.'],
        ['Membership grew to 1,200 members during the year.'],
      ]),
    });
    const result = await runDocent(['ask', 'How many members does the community have?', '--corpus', corpus, '--index', await tempDir()]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Membership grew to 1,200 members during the year\. \[1\]/u);
    expect(result.stdout).toMatch(/\[1\] Annual Report 2024, 2024-03-12, p\. 3 \(report\.pdf/u);
  });
});
