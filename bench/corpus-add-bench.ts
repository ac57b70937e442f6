// npm run bench:corpus-add — the time from a moderator's `/corpus add` (a generated PDF with about
// 40 lines of distinct text per page) to the first `/ask` answer that cites the new document,
// through the local Discord-compatible server and the real bot and model: download, checks, save,
// re-index, then questions. For a 1-page and a 50-page PDF, BENCH_RUNS runs each (default 5),
// each with new content; prints every run and the median.
import { median } from '../src/app/index.js';
import { startBot } from '../tests/support/bot-harness.js';
import type { InteractionRecord } from '../tests/support/fake-discord/server.js';
import { makePdf } from '../tests/support/pdf.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const SIZES = [1, 50];
const LINES_PER_PAGE = 40;
const SUBJECTS = ['The harbour board', 'The regional council', 'The audit committee', 'The transport office', 'The water utility', 'The school district', 'The port authority', 'The museum trust'];
const VERBS = ['reviewed', 'approved', 'postponed', 'inspected', 'funded', 'published', 'discussed', 'revised'];
const OBJECTS = ['the maintenance plan for', 'the budget line of', 'the safety report on', 'the tender for', 'the survey of', 'the timetable for', 'the lease of', 'the archive of'];
const PLACES = ['the north quay', 'the ferry terminal', 'the old mill', 'the river locks', 'the east depot', 'the lighthouse road', 'the market hall', 'the canal bridge'];

/** A page of distinct, sentence-like lines; `fact` (if any) is the page's first line. */
function page(run: string, n: number, fact?: string): string[] {
  const lines = Array.from({ length: LINES_PER_PAGE }, (_, i) => {
    const k = n * LINES_PER_PAGE + i;
    return `${SUBJECTS[k % 8]} ${VERBS[(k >> 3) % 8]} ${OBJECTS[(k >> 6) % 8]} ${PLACES[(k * 7) % 8]} (item ${run}-${n}-${i}, ${1990 + (k % 30)}).`;
  });
  return fact ? [fact, ...lines] : lines;
}

/** A PDF of `pages` pages whose last page holds a fact only this run's document states. */
function benchPdf(run: string, pages: number): { pdf: Buffer; question: string } {
  const keeper = `Ansel${run.replace(/\W/gu, '')}`;
  const fact = `The keeper of the Brannock lighthouse in ${run} was ${keeper} Morrow, appointed on 4 June 2021.`;
  const pdf = makePdf(Array.from({ length: pages }, (_, i) => page(run, i, i === pages - 1 ? fact : undefined)));
  return { pdf, question: `Who was the keeper of the Brannock lighthouse in ${run}?` };
}

const { discord, stop } = await startBot({ RATE_LIMIT_QUESTIONS: '100000', LOG_LEVEL: 'warn' });
try {
  const moderator = { user: { id: '700000000000000001', username: 'bench-mod' }, roles: [discord.moderatorRoleId] };
  const finished = (record: InteractionRecord) => discord.waitFor(() => (record.original && /\n(Re-indexed|Already up to date)|^Not added/u.test(record.original.content) ? record.original : undefined), 600_000, 'the add');
  console.log(`/corpus add → first /ask answer citing the new PDF (${RUNS} runs each, ${LINES_PER_PAGE} lines a page):`);
  for (const pages of SIZES) {
    const totals: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const id = `y${pages}r${run}`;
      const name = `bench-${id}.pdf`;
      const { pdf, question } = benchPdf(id, pages);
      const t0 = performance.now();
      const add = discord.sendSubcommand('corpus', 'add', { file: discord.attach(name, pdf) }, moderator);
      const added = await finished(add);
      if (!added.content.startsWith('Added')) throw new Error(`not added: ${added.content}`);
      const tAdded = performance.now();
      let asks = 0;
      for (;;) {
        asks += 1;
        const ask = discord.sendCommand('ask', { question }, { user: { id: '700000000000000002', username: 'bench-asker' } });
        const reply = await discord.waitFor(() => (ask.edits.length > 0 ? ask.original : undefined), 60_000, 'the answer');
        if (JSON.stringify(reply.embeds).includes(name)) break;
        if (asks >= 20) throw new Error(`no answer cited ${name}`);
      }
      const total = performance.now() - t0;
      totals.push(total);
      console.log(`  ${String(pages).padStart(2)} page${pages === 1 ? ' ' : 's'} run ${run + 1}: ${(total / 1000).toFixed(2)} s (add and re-index ${((tAdded - t0) / 1000).toFixed(2)} s, ${asks} question${asks === 1 ? '' : 's'}; ${(pdf.length / 1024).toFixed(0)} KiB, ${added.content.match(/\d+ passages?/u)?.[0] ?? '?'})`);
    }
    console.log(`${String(pages).padStart(2)} page${pages === 1 ? ' ' : 's'}: median ${(median(totals) / 1000).toFixed(2)} s`);
  }
  if (discord.violations.length > 0) console.log(`Discord rule violations: ${discord.violations.slice(0, 5).join('; ')}`);
} finally {
  await stop();
}
