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
const MIXED_SETS = ['release.json', 'release-conversational.json', 'release-absent.json', 'release-heldout-2.json', 'release-heldout-3.json', 'release-heldout-4.json', 'release-heldout-5.json'];

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

const only = process.argv.slice(2);
const runs: Array<[string, string, string]> = [];
for (const name of ['release.json', 'release-heldout.json', 'release-heldout-2.json', 'release-heldout-3.json', 'release-heldout-4.json', 'release-heldout-5.json', 'release-counts.json', 'release-conversational.json', 'release-absent.json']) runs.push([name, `tests/eval/${name}`, RELEASE]);
for (const name of ['python-faq.json', 'debian-faq.json', 'perl-faq.json', 'community.json', 'python-whatsnew.json', 'python-whatsnew-39.json', 'python-whatsnew-37.json', 'curl-faq.json', 'git-relnotes.json', 'rsync-news.json', 'coreutils-news.json', 'debian-history.json', 'debian-handbook.json', 'debian-handbook-dev.json']) {
  const file = `tests/eval/${name}`;
  const set = await loadEvalSet(file).catch(() => undefined);
  if (set?.corpus) runs.push([name, file, set.corpus]);
}
if (existsSync(UNRELATED)) {
  const mixed = await mixedCorpus(RELEASE, 'docent-mixed-corpus');
  for (const name of MIXED_SETS) runs.push([`mixed: ${name}`, `tests/eval/${name}`, mixed]);
  // A second corpus mixed with the same documents: the community's (its set names its corpus).
  const community = await loadEvalSet('tests/eval/community.json');
  if (community.corpus) runs.push(['mixed: community.json', 'tests/eval/community.json', await mixedCorpus(community.corpus, 'docent-mixed-community')]);
  // And a third, whose questions were written after the mechanisms for mixed corpora (held out).
  const rsync = await loadEvalSet('tests/eval/rsync-news.json');
  if (rsync.corpus) runs.push(['mixed: rsync-news.json', 'tests/eval/rsync-news.json', await mixedCorpus(rsync.corpus, 'docent-mixed-rsync')]);
  // And GNU coreutils' NEWS (held out, written after the changes it measures; only its figures are read).
  const coreutils = await loadEvalSet('tests/eval/coreutils-news.json');
  if (coreutils.corpus) runs.push(['mixed: coreutils-news.json', 'tests/eval/coreutils-news.json', await mixedCorpus(coreutils.corpus, 'docent-mixed-coreutils')]);
  // A history book in DocBook HTML (held out, written before the changes it measures; only its figures are read).
  const history = await loadEvalSet('tests/eval/debian-history.json');
  if (history.corpus) runs.push(['mixed: debian-history.json', 'tests/eval/debian-history.json', await mixedCorpus(history.corpus, 'docent-mixed-debian-history')]);
  // A system administrator's handbook in HTML (held out, written before the changes it measures; only its figures are read).
  const handbook = await loadEvalSet('tests/eval/debian-handbook.json');
  if (handbook.corpus) runs.push(['mixed: debian-handbook.json', 'tests/eval/debian-handbook.json', await mixedCorpus(handbook.corpus, 'docent-mixed-debian-handbook')]);
  // Technical release notes among technical manuals: two What's New sets.
  for (const name of ['python-whatsnew.json', 'python-whatsnew-39.json']) {
    const set = await loadEvalSet(`tests/eval/${name}`);
    if (set.corpus) runs.push([`mixed: ${name}`, `tests/eval/${name}`, await mixedCorpus(set.corpus, `docent-mixed-${name.replace(/\.json$/u, '')}`)]);
  }
}

console.log('Cells: evidence@1/@3 (FAQ sets: document@1/@5) | answer hit | false refusals | absent facts refused, all %.');
console.log('| set | questions (answerable+not) | shipped | | | | dense only | | | | BM25 only | | | | p50 ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [label, file, corpus] of runs) {
  if (only.length > 0 && !only.some((name) => label.includes(name))) continue;
  for (const line of await measure(label, file, corpus)) console.log(line);
}
