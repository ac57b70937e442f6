// Fault suite: `docent index` killed with SIGKILL at points spread over a whole real build, from
// start-up to the snapshot commit, then used as a user would: `docent ask` still answers from the
// release, the index on disk is the old one or the new complete one (never a mix), and the next
// `docent index` cleans up and reports every document. Real processes, the real model, real files.
import { existsSync, watch } from 'node:fs';
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../../src/app/index.js';
import type { Manifest } from '../../src/store/index.js';
import { runDocent, startDocent } from '../support/cli.js';
import { RELEASE_CORPUS, RELEASE_FILE, tempDir, writeFiles } from '../support/fs.js';

const QUESTION = 'When was the OSCE established?';
/** Documents added to the release for the build that gets killed: enough to embed for a few seconds. */
const ADDED = 150;
const ALL = ADDED + 1;
/** Seeds the kill points, so a failure names a run that can be repeated. */
const SEED = 20_261_129;
/** Timed kill points: one in each fifth of [0.1, 1.1] of a full build's duration, so they span start-up to the commit. */
const TIMED_POINTS = 5;

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Documents about other things, in words the release does not use, each with a few passages. */
function addedDocuments(): Record<string, string> {
  const topics = ['orchard', 'glacier', 'compiler', 'lighthouse', 'violin', 'harbour', 'beekeeping', 'telescope'];
  return Object.fromEntries(
    Array.from({ length: ADDED }, (_, i) => {
      const topic = topics[i % topics.length] ?? 'orchard';
      const paragraphs = [
        `Note ${i} on the ${topic}`,
        `The ${topic} log number ${i} records ${i * 7} visits by volunteers. Each visit took about ${(i % 9) + 1} hours of careful work.`,
        `Volunteers of group ${i % 13} wrote that the ${topic} needed ${i % 5} new parts. They ordered them from workshop ${i * 3}.`,
      ];
      return [`notes/${topic}-${i}.txt`, paragraphs.join('\n\n')];
    }),
  );
}

interface AskLine {
  readonly answer: string;
  readonly abstained: boolean;
  readonly citations: ReadonlyArray<{ readonly n: number; readonly document: string }>;
}

/** What a kill point did. */
interface Outcome {
  readonly point: string;
  readonly killed: boolean;
  readonly index: 'old' | 'new';
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const closed = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('close', (code, signal) => resolve({ code, signal }));
  });

/** Resolves when an entry whose name passes `test` appears in `dir` (inotify: within a millisecond or so of its creation; removals are ignored). */
function entryAppears(dir: string, test: (name: string) => boolean): { appeared: Promise<string>; stop: () => void } {
  let stop = () => {};
  const appeared = new Promise<string>((resolve) => {
    const watcher = watch(dir, (_event, name) => {
      if (name !== null && test(name) && existsSync(path.join(dir, name))) resolve(name);
    });
    stop = () => watcher.close();
  });
  return { appeared, stop };
}

describe('docent index killed with SIGKILL at any point', () => {
  it('leaves an index that answers, is the old or the new one whole, and is cleaned up by the next build', async () => {
    const [smallCorpus, fullCorpus, indexDir] = [await tempDir('docent-small-'), await tempDir('docent-full-'), await tempDir()];
    await cp(path.join(RELEASE_CORPUS, RELEASE_FILE), path.join(smallCorpus, RELEASE_FILE));
    await cp(path.join(RELEASE_CORPUS, RELEASE_FILE), path.join(fullCorpus, RELEASE_FILE));
    await writeFiles(fullCorpus, addedDocuments());
    const index = (corpus: string) => runDocent(['index', '--corpus', corpus, '--index', indexDir]);

    const first = await index(smallCorpus);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Indexed 1 document, /u);

    // One full build, to learn how long the build that gets killed takes here and what it makes.
    const startedAt = Date.now();
    const full = await index(fullCorpus);
    const fullMs = Date.now() - startedAt;
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toMatch(new RegExp(`Indexed ${ALL} documents, `, 'u'));
    const complete: Manifest = (await loadIndex(indexDir)).manifest;
    expect(complete.counts.documents).toBe(ALL);

    const next = random(SEED);
    const fractions = Array.from({ length: TIMED_POINTS }, (_, i) => 0.1 + (i + next()) / TIMED_POINTS);
    // Also kill on what the build does at its end (all embedded), whenever that is: the snapshot
    // folder begun (under the build lock), the finished snapshot renamed into place, the new
    // CURRENT written aside, and CURRENT replaced (old snapshots not yet pruned, lock not yet released).
    type Trigger = { readonly point: string; readonly at: () => { appeared: Promise<unknown>; stop: () => void } };
    let knownSnapshots = new Set<string>();
    const triggers: Trigger[] = [
      ...fractions.map((fraction): Trigger => ({
        point: `${fraction.toFixed(3)} T (${Math.round(fraction * fullMs)} ms)`,
        at: () => ({ appeared: sleep(fraction * fullMs), stop: () => {} }),
      })),
      { point: 'snapshot folder created', at: () => entryAppears(indexDir, (name) => name.startsWith('.building-')) },
      { point: 'snapshot renamed into place', at: () => entryAppears(indexDir, (name) => name.startsWith('snap-') && !knownSnapshots.has(name)) },
      { point: 'temporary CURRENT written', at: () => entryAppears(indexDir, (name) => /^CURRENT\..*\.tmp$/u.test(name)) },
      { point: 'CURRENT replaced', at: () => entryAppears(indexDir, (name) => name === 'CURRENT') },
    ];

    const outcomes: Outcome[] = [];
    for (const { point, at } of triggers) {
      // Every kill interrupts the same build: from the release alone to the release and the notes.
      const back = await index(smallCorpus);
      expect(back.code, `${point}: ${back.stderr}`).toBe(0);
      expect(back.stdout, point).toMatch(/Indexed 1 document, /u);
      const before = (await loadIndex(indexDir)).manifest;
      knownSnapshots = new Set((await readdir(indexDir)).filter((name) => name.startsWith('snap-')));

      const trigger = at();
      const child = startDocent(['index', '--corpus', fullCorpus, '--index', indexDir]);
      const finished = closed(child);
      const first = await Promise.race([trigger.appeared.then(() => 'trigger' as const), finished.then(() => 'exited' as const)]);
      trigger.stop();
      if (first === 'trigger') child.kill('SIGKILL');
      const exit = await finished;
      const killed = exit.signal === 'SIGKILL';
      if (!killed) expect(exit.code, `${point}: the build ran to its end before the kill and succeeded`).toBe(0);

      // The index on disk loads, and is the previous one or the new complete one.
      const after = (await loadIndex(indexDir)).manifest;
      const state = after.counts.documents === before.counts.documents ? 'old' : 'new';
      if (state === 'old') expect(after, point).toEqual(before);
      else {
        expect(after.counts, point).toEqual(complete.counts);
        expect(after.corpusFingerprint, point).toBe(complete.corpusFingerprint);
        expect(after.documents.map((doc) => doc.id), point).toEqual(complete.documents.map((doc) => doc.id));
      }
      outcomes.push({ point, killed, index: state });
      console.log(`kill-index: ${point}: ${killed ? 'killed' : 'finished first'}, index ${state} (${Date.now() - startedAt} ms into the test)`);

      // A user asks: the answer comes from the release, cited (after bringing the index up to date if need be).
      const asked = await runDocent(['ask', '--json', '--corpus', fullCorpus, '--index', indexDir, QUESTION]);
      expect(asked.code, `${point}: ${asked.stderr}`).toBe(0);
      const line = JSON.parse(asked.stdout) as AskLine;
      expect(line.abstained, point).toBe(false);
      expect(line.answer, point).toMatch(/established in 1975/u);
      expect(line.citations[0]?.document, point).toBe(RELEASE_FILE);

      // The next build succeeds, reports every document, and leaves no half-written snapshot or
      // temporary CURRENT. (A kill after CURRENT was replaced may leave its .lock and a third
      // snapshot until a build is needed: the lock's owner is dead, so the next build takes it over
      // and prunes, as the next pass's first build and the last build below show.)
      const rerun = await index(fullCorpus);
      expect(rerun.code, `${point}: ${rerun.stderr}`).toBe(0);
      expect(rerun.stdout, point).toMatch(new RegExp(`^(Indexed|Up to date:) ${ALL} documents, ${complete.counts.chunks} chunks`, 'u'));
      const left = await readdir(indexDir);
      expect(left.filter((name) => name.startsWith('.building-') || /^CURRENT\..*\.tmp$/u.test(name)), point).toEqual([]);
      expect((await loadIndex(indexDir)).manifest.counts, point).toEqual(complete.counts);
    }

    // A last build that has to write (--force): it takes over any lock a kill left, reports every
    // document, and leaves nothing behind but CURRENT and at most two snapshots.
    const last = await runDocent(['index', '--force', '--corpus', fullCorpus, '--index', indexDir]);
    expect(last.code, last.stderr).toBe(0);
    expect(last.stdout).toMatch(new RegExp(`^Indexed ${ALL} documents, ${complete.counts.chunks} chunks`, 'u'));
    expect((await readdir(indexDir)).filter((name) => name.startsWith('.') || /^CURRENT\..*\.tmp$/u.test(name))).toEqual([]);
    expect((await readdir(indexDir)).filter((name) => name.startsWith('snap-')).length).toBeLessThanOrEqual(2); // the live one and its predecessor

    console.log(`kill-index: a full build took ${fullMs} ms (T); seed ${SEED}; ${outcomes.filter((o) => o.killed).length} of ${outcomes.length} builds killed`);
    // The test did interrupt builds (the earliest timed point lands in start-up).
    expect(outcomes.filter((o) => o.killed && o.index === 'old').length).toBeGreaterThanOrEqual(1);
  }, 300_000);
});
