// npm run bench:quality — every evaluation set on its corpus, shipped / dense-only / BM25-only side
// by side, plus the release sets again on the release mixed with 100+ unrelated documents.
// Indexes are kept in the temporary folder, so only the first run embeds the corpora.
import { existsSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Engine, evalIndexDir, evaluate, loadEvalSet, type EvalReport } from '../src/app/index.js';
import { loadEngineConfig } from '../src/config/index.js';

const RELEASE = path.resolve('corpus');
const UNRELATED = path.resolve('tests/corpora/unrelated');
const MIXED_SETS = ['release.json', 'release-conversational.json', 'release-absent.json', 'release-heldout-2.json', 'release-heldout-3.json', 'release-heldout-4.json', 'release-heldout-5.json', 'release-heldout-6.json'];

const pct = (x: number): string => `${(x * 100).toFixed(1)}`;

/** A corpus and the unrelated documents in one folder. */
async function mixedCorpus(base: string, name: string): Promise<string> {
  const dir = path.join(tmpdir(), name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(base, dir, { recursive: true });
  await cp(UNRELATED, path.join(dir, 'unrelated'), { recursive: true });
  return dir;
}

async function measure(label: string, file: string, corpus: string): Promise<string[]> {
  const { questions } = await loadEvalSet(file);
  const engine = await Engine.open(loadEngineConfig({}, { corpus, index: evalIndexDir(corpus) }));
  try {
    await engine.ask('warm-up question');
    const reports: EvalReport[] = [];
    for (const mode of ['fused', 'dense', 'lexical'] as const) reports.push(await evaluate(engine, questions, { mode }, mode));
    const cells = (r: EvalReport): string =>
      [r.documentAt1 || r.documentAt5 ? `${pct(r.documentAt1)}/${pct(r.documentAt5)}` : `${pct(r.recallAt1)}/${pct(r.recallAt3)}`, r.answerable && r.answerHit ? pct(r.answerHit) : '-',
        r.answerable ? pct(r.falseAbstention) : '-', r.unanswerable ? pct(r.abstentionRecall) : '-'].join(' | ');
    return [`| ${label} | ${reports[0]?.answerable}+${reports[0]?.unanswerable} | ${reports.map(cells).join(' | ')} | ${reports[0]?.latencyMs.p50.toFixed(1)} |`];
  } finally {
    await engine.dispose();
  }
}

/** The sets of other corpora (each set names its corpus). */
const OTHER_SETS = ['python-faq.json', 'debian-faq.json', 'perl-faq.json', 'community.json', 'python-whatsnew.json', 'python-whatsnew-39.json', 'python-whatsnew-37.json', 'curl-faq.json', 'git-relnotes.json', 'rsync-news.json', 'coreutils-news.json', 'debian-history.json', 'debian-handbook.json', 'debian-handbook-dev.json', 'changelogs.json', 'makerspace.json', 'quillmark.json', 'debian-governance.json', 'guild-handbook.json', 'course-server.json', 'hollowmere.json', 'nano-docs.json', 'tidewater.json', 'tmux.json', 'larkspur.json', 'bash.json', 'spokeshave.json', 'sqlite-docs.json', 'brambleford.json', 'zsh.json', 'rookery.json', 'oakhurst-coop.json', 'harbourline-press.json', 'fenwick-labs-press.json', 'wrenfield-council.json', 'corvid-audio-launch.json', 'release-notes-pair.json', 'hollowbrook.json', 'saltmarsh-heron-arc.json', 'kestrel-lab.json', 'thornfield-sync.json', 'alderbrook-library.json', 'tallow-cli.json', 'coreutils-bug-origins.json', 'wheelwright-bikes.json', 'emberfall-guild.json', 'marlow-players.json', 'fellside-sar.json', 'radio-volunteers.json', 'hackathon-weekend.json', 'kookaburra-primary.json'];
/**
 * Of those, the sets not asked again among the unrelated documents: the FAQs, What's New in 3.6/3.7,
 * Git's notes, the handbook's development copy and SQLite's pages (the unrelated documents hold the
 * same pages, so the mix would ask of each one twice).
 */
const NOT_MIXED = new Set(['python-faq.json', 'debian-faq.json', 'perl-faq.json', 'curl-faq.json', 'python-whatsnew-37.json', 'git-relnotes.json', 'debian-handbook-dev.json', 'sqlite-docs.json']);

const only = process.argv.slice(2);
const runs: Array<[string, string, string]> = [];
for (const name of ['release.json', 'release-heldout.json', 'release-heldout-2.json', 'release-heldout-3.json', 'release-heldout-4.json', 'release-heldout-5.json', 'release-heldout-6.json', 'release-counts.json', 'release-conversational.json', 'release-absent.json', 'release-chat-dev.json']) runs.push([name, `tests/eval/${name}`, RELEASE]);
for (const name of OTHER_SETS) {
  const file = `tests/eval/${name}`;
  const set = await loadEvalSet(file).catch(() => undefined);
  if (set?.corpus) runs.push([name, file, set.corpus]);
}
if (existsSync(UNRELATED)) {
  const mixed = await mixedCorpus(RELEASE, 'docent-mixed-corpus');
  for (const name of MIXED_SETS) runs.push([`mixed: ${name}`, `tests/eval/${name}`, mixed]);
  // Other corpora mixed with the same documents: communities', courses', clubs' and projects'
  // documents, release notes and manuals among database and Git manuals.
  for (const name of OTHER_SETS.filter((other) => !NOT_MIXED.has(other))) {
    const set = await loadEvalSet(`tests/eval/${name}`).catch(() => undefined);
    // The folder's name keys its cached index (evalIndexDir): kept as the first runs named it.
    const folder = `docent-mixed-${name.replace(/(?:-news)?\.json$/u, '')}`;
    if (set?.corpus) runs.push([`mixed: ${name}`, `tests/eval/${name}`, await mixedCorpus(set.corpus, folder)]);
  }
}

console.log('Cells: evidence@1/@3 (FAQ sets: document@1/@5) | answer hit | false refusals | absent facts refused, all %.');
console.log('| set | questions (answerable+not) | shipped | | | | dense only | | | | BM25 only | | | | p50 ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [label, file, corpus] of runs) {
  if (only.length > 0 && !only.some((name) => label.includes(name))) continue;
  for (const line of await measure(label, file, corpus)) console.log(line);
}
