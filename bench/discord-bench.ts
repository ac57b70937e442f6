// npm run bench:discord — 200 /ask interactions through the local Discord-compatible server to the
// real bot; p50/p95 from INTERACTION_CREATE to the deferral and to the final edit, one at a time
// and with 10 in flight at once; with embedding on worker threads (the default) and, as the
// baseline in the same run, on the main thread (EMBED_THREADS=0).
import { percentile, readEvalSet } from '../src/app/index.js';
import { startBot } from '../tests/support/bot-harness.js';
import type { InteractionRecord } from '../tests/support/fake-discord/server.js';

const TOTAL = Number(process.env['BENCH_QUESTIONS'] ?? 200);
const questions = (await readEvalSet('tests/eval/release.json')).map((q) => q.question);

async function benchBot(embedThreads: string, label: string): Promise<void> {
const { discord, stop } = await startBot({ RATE_LIMIT_QUESTIONS: '100000', LOG_LEVEL: 'warn', EMBED_THREADS: embedThreads });
try {
  const run = async (concurrency: number): Promise<InteractionRecord[]> => {
    const done: InteractionRecord[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < TOTAL) {
        const i = next++;
        const record = discord.sendCommand('ask', { question: questions[i % questions.length] ?? 'When was the OSCE established?' });
        await discord.waitFor(() => record.edits.length > 0, 60_000, `reply ${i}`);
        done.push(record);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return done;
  };
  const report = (label: string, records: InteractionRecord[]): void => {
    const deferral = records.map((r) => (r.initial?.at ?? 0) - r.sentAt);
    const final = records.map((r) => (r.edits[0]?.at ?? 0) - r.sentAt);
    console.log(`${label.padEnd(22)} deferral p50 ${percentile(deferral, 50).toFixed(0).padStart(4)} ms  p95 ${percentile(deferral, 95).toFixed(0).padStart(4)} ms   final edit p50 ${percentile(final, 50).toFixed(0).padStart(4)} ms  p95 ${percentile(final, 95).toFixed(0).padStart(4)} ms`);
  };
  await run(1).then(() => undefined); // warm-up pass is not reported
  console.log(`\n${label}: ${TOTAL} /ask interactions per run, timed from INTERACTION_CREATE:`);
  report('one at a time', await run(1));
  report('10 in flight', await run(10));
  if (discord.violations.length > 0) console.log(`Discord rule violations: ${discord.violations.slice(0, 5).join('; ')}`);
} finally {
  await stop();
}
}

await benchBot('2', 'worker threads (EMBED_THREADS=2)');
await benchBot('0', 'main thread (EMBED_THREADS=0)');
