import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine, evaluate, loadEvalSet } from '../../src/app/index.js';
import { loadEngineConfig } from '../../src/config/index.js';
import { RELEASE_CORPUS, tempDir } from '../support/fs.js';

const here = import.meta.dirname;
/** These tests embed hundreds of real documents (about 25 passages a second on two cores). */
const EMBEDDING_TIMEOUT_MS = 900_000;

/** Opens an engine on `corpus` with a fresh index, runs `body`, disposes. */
async function withEngine<T>(corpus: string, body: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = await Engine.open(loadEngineConfig({}, { corpus, index: await tempDir() }));
  try {
    return await body(engine);
  } finally {
    await engine.dispose();
  }
}

/** A copy of `corpus` with the 175 unrelated manuals beside it, in a fresh folder. */
async function mixedWithUnrelated(corpus: string): Promise<string> {
  const mixed = await tempDir();
  await cp(corpus, mixed, { recursive: true });
  await mkdir(path.join(mixed, 'unrelated'));
  await cp(path.join(here, '../corpora/unrelated'), path.join(mixed, 'unrelated'), { recursive: true });
  return mixed;
}

// Real FAQ documents (Python's, Debian's, curl's and Perl's, copied into tests/corpora with their licences): each
// answer is a document, its question heading the query. Floors sit just under what ships (README, "Quality").
describe('evaluation on other corpora', () => {
  for (const [name, at1, at5] of [['python-faq.json', 0.45, 0.7], ['debian-faq.json', 0.37, 0.6], ['curl-faq.json', 0.5, 0.73], ['perl-faq.json', 0.42, 0.63]] as const) {
    it(`finds the answering document of ${name}`, async () => {
      const set = await loadEvalSet(path.join(here, name));
      const report = await withEngine(set.corpus as string, (engine) => evaluate(engine, set.questions));
      expect(report.answerable).toBeGreaterThanOrEqual(100);
      expect(report.documentAt1).toBeGreaterThanOrEqual(at1);
      expect(report.documentAt5).toBeGreaterThanOrEqual(at5);
    }, EMBEDDING_TIMEOUT_MS);
  }

  it('answers a community server\'s own documents: times of day, prices, names', async () => {
    const set = await loadEvalSet(path.join(here, 'community.json'));
    const report = await withEngine(set.corpus as string, (engine) => evaluate(engine, set.questions));
    expect(report.answerable).toBeGreaterThanOrEqual(40);
    expect(report.documentAt1).toBeGreaterThanOrEqual(0.95);
    // Hit 76 -> 82, false refusals 14 -> 10 on 2026-11-30's last changes (marked replies, accents; held out, not read).
    // 82 -> 78 and 10 -> 14 on 2026-12-01's third session (held out, not read; figure-only ablations):
    // one answer refused since a "who is the <role>" sentence must say the role (which refused two
    // more absent facts on Debian governance and one on each of two What's New sets), one by the rest.
    expect(report.answerHit).toBeGreaterThanOrEqual(0.76);
    expect(report.falseAbstention).toBeLessThanOrEqual(0.15);
    expect(report.abstentionRecall).toBeGreaterThanOrEqual(0.56);
  }, EMBEDDING_TIMEOUT_MS);

  // Other releases (What's New in Python 3.10/3.11, 3.8/3.9, 3.6/3.7), with questions typed like
  // developers chat ("py37", "utf8", "timezone"), written by helpers for the changes of 2026-11-29
  // (README, "Quality"). Floors: answerable questions, document@1, evidence@1, answer hit; ceiling:
  // false refusals; floor: absent facts refused. (A question naming a version is asked of that
  // version's notes since 2026-11-30's evening: What's New 3.8/3.9 and Git refuse one and three
  // absent facts fewer, and answer more; their floors moved with the figures.)
  const releases = [
    // (2026-11-30, last session: proportions, counted things, attributes asked by name and versions
    // no notes are for raised absent facts refused to 77.1, 70.0 and 68.0.)
    // (The session after: asides read with what they are on, chunked with their paragraph, raised answer
    // hit to 72.5, 66.7 and 93.5 and cut false refusals to 8.9, 12.5 and 2.9, while one absent fact
    // more is answered on 3.10/3.11 and on 3.6/3.7: 74.3 and 64.0.)
    // (2026-12-01: a typed answer's sentence must say what the question names: absent facts refused
    // 74.3 -> 82.9 on 3.10/3.11; one answer fewer on 3.8/3.9, hit 66.7 -> 63.9, false refusals 12.5 -> 15.0.)
    ['python-whatsnew.json', 45, 0.97, 0.55, 0.7, 0.1, 0.8],
    ['python-whatsnew-39.json', 40, 0.97, 0.6, 0.63, 0.16, 0.68],
    // (2026-12-02, tenth session: releases' label lines read as headings, "New in 3.6.2:" among
    // IDLE's notes, cost one answer: 93.5 -> 90.3, false refusals 2.9 -> 5.7.)
    ['python-whatsnew-37.json', 35, 0.94, 0.45, 0.88, 0.06, 0.62],
    // Git 2.37-2.39 release notes (held out, written 2026-11-30): their answers are list items.
    ['git-relnotes.json', 40, 0.92, 0.85, 0.72, 0.2, 0.62],
    // rsync 3.2.4-3.5.0 release notes (held out, written 2026-11-30 after that day's changes).
    // (Answer hit 62.5 -> 65.0, false refusals 17.5 -> 20.0, absent refused 80 -> 84 on the
    // session after's changes; held out, failures not read.)
    ['rsync-news.json', 40, 0.95, 0.72, 0.6, 0.22, 0.78],
    // GNU coreutils 8.25-9.1 NEWS (held out, written 2026-11-30 after that day's last changes).
    // (2026-12-02, fourteenth session: its "[bug introduced in …]" notes read with the entries they
    // close answer one more absent fact, 88.0 -> 84.0; failures not read. The questions written for
    // that change, coreutils-bug-origins below, gain six answers.)
    ['coreutils-news.json', 40, 0.8, 0.72, 0.45, 0.34, 0.82],
    // A Brief History of Debian, five DocBook HTML chapters (held out, written 2026-11-30 before
    // that morning's changes; only its figures are read).
    // (Answer hit 57.8 -> 55.6 and false refusals 24.4 -> 26.7 on 2026-11-30's last changes.)
    ['debian-history.json', 45, 0.73, 0.51, 0.55, 0.27, 0.55],
    // Five chapters of the Debian Administrator's Handbook, Publican HTML (held out, written
    // 2026-11-30 during the changes it measures, before any was tuned; only its figures are read),
    // and six others of it (a development set, written after the first of those changes).
    ['debian-handbook.json', 45, 0.78, 0.47, 0.4, 0.19, 0.45],
    ['debian-handbook-dev.json', 50, 0.88, 0.62, 0.72, 0.09, 0.58],
    // Three real changelogs, one Markdown file each with a section per release (held out, written
    // 2026-11-30 after versions came to name sections, before it was measured; only its figures are read).
    // (Answer hit 66.7 -> 64.4, false refusals 24.4 -> 28.9, absent refused 76.7 -> 80.0 on
    // 2026-11-30's last changes.)
    ['changelogs.json', 45, 0.95, 0.78, 0.63, 0.3, 0.78],
    // An invented open-source project's five community documents (a development set, written
    // 2026-11-30 by a helper who had not read the code), and five Debian governance documents from
    // doc-debian (held out, written before the changes it measures; only its figures are read).
    // (Answer hit 65.0 -> 67.5, false refusals 22.5 -> 20.0 on 2026-12-01: a version's date from its heading.)
    ['quillmark.json', 40, 0.92, 0.7, 0.66, 0.21, 0.82],
    // (2026-12-01, sixth session: underlined headings read as headings, answer hit 57.8 -> 53.3 and
    // false refusals 22.2 -> 24.4; Bash's right passage first 62.5 -> 75.0 with the same change.)
    ['debian-governance.json', 45, 0.86, 0.5, 0.51, 0.26, 0.55],
    // A game guild's five invented Discord documents (held out, written 2026-12-01 before the
    // changes it measures; only its figures are read), and a university course's and an indie
    // game's (development sets, written 2026-12-01 by helpers who had not read the code).
    // (2026-12-01: dates, deadlines and prices asked by name, "why" answered with what follows,
    // gamers' and students' abbreviations: guild hit 62.2 -> 64.4; hollowmere hit 46.7 -> 62.2,
    // false refusals 26.7 -> 15.6, absent refused 50.0 -> 60.0; course hit 62.2 -> 64.4.)
    ['guild-handbook.json', 45, 0.82, 0.66, 0.62, 0.3, 0.55],
    ['course-server.json', 45, 0.71, 0.55, 0.62, 0.21, 0.52],
    ['hollowmere.json', 45, 0.75, 0.58, 0.6, 0.17, 0.58],
    // GNU nano's FAQ, manual and NEWS (Debian's nano package), and a community radio station's
    // invented Discord documents: held out, written 2026-12-01 (third session) before its changes;
    // only their figures are read. (2026-12-02, fifteenth session: a chat abbreviation read as its
    // meaning where the corpus also writes it answers one of nano's absent facts, 76 -> 72 refused;
    // among the unrelated manuals it refuses one more, 68 -> 72.)
    ['nano-docs.json', 40, 0.75, 0.52, 0.55, 0.15, 0.7],
    ['tidewater.json', 45, 0.73, 0.64, 0.49, 0.35, 0.58],
    // tmux's manual, CHANGES and notes (Debian's tmux package), and an astronomy club's invented
    // Discord documents: held out, written 2026-12-01 (fourth session) before its changes; only
    // their figures are read. (tmux's absent facts refused 16.0 before the session, 24.0 after.)
    // (2026-12-02, tenth session: CHANGES' "CHANGES FROM 3.2 TO 3.2a" lines read as headings: right
    // document first 65.0 -> 62.5, answers 47.5 -> 45.0, absent refused 24.0 -> 28.0.)
    ['tmux.json', 40, 0.6, 0.3, 0.4, 0.2, 0.22],
    ['larkspur.json', 45, 0.84, 0.55, 0.46, 0.18, 0.41],
    // Bash 5.2's manual page, NEWS, COMPAT and POSIX notes (Debian's bash and bash-doc packages),
    // and a bike co-op's invented Discord documents: held out, written 2026-12-01 (fifth session)
    // before its changes; only their figures are read.
    ['bash.json', 40, 0.6, 0.15, 0.35, 0.25, 0.7],
    ['spokeshave.json', 45, 0.69, 0.46, 0.46, 0.29, 0.54],
    // SQLite's documentation pages (Debian's sqlite3-doc) and an allotment association's invented
    // Discord documents: held out, written 2026-12-01 (sixth session) before its changes; only
    // their figures are read. zsh's FAQ, NEWS and README (Debian's zsh-common) and a chess club's
    // invented Discord documents with an announcements log: development sets written the same day.
    ['sqlite-docs.json', 40, 0.8, 0.4, 0.4, 0.18, 0.44],
    ['brambleford.json', 45, 0.71, 0.51, 0.6, 0.16, 0.5],
    // (2026-12-01, seventh session: prices said of the thing priced, names opening a sentence,
    // phrasal verbs written as one word: chess club answers 66 -> 74, absent refused 55 -> 75;
    // zsh answers 70 -> 74.)
    ['zsh.json', 50, 0.88, 0.74, 0.72, 0.16, 0.9],
    ['rookery.json', 50, 0.76, 0.56, 0.72, 0.16, 0.72],
    // A food co-op's invented Discord documents: held out, written 2026-12-01 (seventh session)
    // before its changes; only its figures are read.
    ['oakhurst-coop.json', 45, 0.64, 0.51, 0.68, 0.09, 0.6],
    // Two press offices' invented releases, written 2026-12-02 (eighth session) before its changes:
    // a ferry operator's (held out; only its figures are read) and a research institute's
    // (development set). (Ferry operator: answers 46.7 -> 53.3, false refusals 26.7 -> 20.0,
    // absent refused 60.0 -> 66.7; institute: answers 42.2 -> 55.6, false refusals 22.2 -> 11.1.)
    // (2026-12-02, ninth session: "boss" read as head, chief, director… answers six held-out sets one
    // question better each and costs this one a question: right document first 75.6 -> 73.3.)
    ['harbourline-press.json', 45, 0.71, 0.46, 0.49, 0.22, 0.63],
    ['fenwick-labs-press.json', 45, 0.77, 0.48, 0.53, 0.13, 0.5],
    // A parish council's invented minutes, budget, notice and newsletter, and a headphone maker's
    // invented launch kit (release, spec sheet, FAQ, firmware notes, recall, investor update):
    // held out, written 2026-12-02 (ninth session) before its changes; only their figures are read.
    ['wrenfield-council.json', 45, 0.53, 0.42, 0.42, 0.22, 0.5],
    ['corvid-audio-launch.json', 45, 0.77, 0.64, 0.64, 0.18, 0.56],
    // GNU Wget's and diffutils' NEWS (Debian's wget and diffutils packages), split at their releases:
    // held out, written 2026-12-02 (tenth session) for the change it measures; only its figures are
    // read. (Releases' label lines and the version a change is listed under: answers 24.4 -> 35.6,
    // false refusals 42.2 -> 40.0, absent refused 66.7 -> 80.0.)
    ['release-notes-pair.json', 45, 0.73, 0.57, 0.33, 0.42, 0.77],
    // A self-hosted photo library's and an amateur radio club's invented documents, in chat with
    // synonyms for their words: held out, written 2026-12-02 (eleventh session) before its change;
    // only their figures are read. Their false refusals (45.0, 40.0) are mostly words the documents
    // say otherwise.
    ['hollowbrook.json', 40, 0.77, 0.75, 0.4, 0.48, 0.6],
    ['saltmarsh-heron-arc.json', 40, 0.72, 0.52, 0.32, 0.43, 0.64],
    // A course's field-station lab documents and a sync tool's project documents, several of which
    // never name the course or the tool, in chat: held out, written 2026-12-02 (twelfth session)
    // before its change; only their figures are read.
    ['kestrel-lab.json', 40, 0.82, 0.67, 0.5, 0.25, 0.44],
    ['thornfield-sync.json', 40, 0.9, 0.77, 0.65, 0.2, 0.6],
    // A town library's invented documents (borrowing policy, branches, makerspace, events, a
    // committee's minutes, an e-book and printing FAQ), three never naming the library: held out,
    // written 2026-12-02 (thirteenth session) before its change; only its figures are read.
    ['alderbrook-library.json', 40, 0.82, 0.65, 0.65, 0.23, 0.56],
    // A command-line tool's invented project documents (README, configuration, changelog, FAQ,
    // contributing guide, community page), three never naming the tool, asked in developers' chat:
    // held out, written 2026-12-02 (fourteenth session) before its changes; only its figures are read.
    ['tallow-cli.json', 40, 0.75, 0.65, 0.55, 0.33, 0.53],
    // Which coreutils release introduced or fixed a bug, from NEWS entries and their notes in square
    // brackets ("[bug introduced in coreutils-8.24]"): held out, written 2026-12-02 (fourteenth
    // session) after its change was built, by a helper not told of it. (Those notes read with the
    // entry they close: answers 12.5 -> 37.5, false refusals 54.2 -> 37.5, absent refused 50.0 -> 37.5.)
    ['coreutils-bug-origins.json', 24, 0.95, 0.95, 0.3, 0.4, 0.37],
    // A city bike-share scheme's invented documents (member handbook, app release notes, station
    // guide, incident report, operator page, expansion announcement), three never naming the
    // scheme and all using software words (sync, export, database, version): held out, written
    // 2026-12-02 (fifteenth session) before its change; only its figures are read.
    ['wheelwright-bikes.json', 40, 0.85, 0.62, 0.62, 0.2, 0.63],
    // A game server community's invented documents (rules and moderation, modpack changelog,
    // events, supporter tiers, staff page, host migration), three never naming the community and
    // using software words (backup, config, version, sync): held out, written 2026-12-03 (sixteenth
    // session) before its change; only its figures are read. Answers 30.0%: mostly the wrong
    // passage first (alone and mixed alike).
    ['emberfall-guild.json', 40, 0.7, 0.45, 0.27, 0.35, 0.53],
    // An amateur theatre company's invented pinned documents (membership and subscriptions,
    // auditions, the season, workshop safety, AGM minutes, a box-office FAQ; development set: its
    // failures may be read) and a mountain rescue team's (call-outs, training, kit, joining, annual
    // report, radio and data procedures; held out: only its figures are read), three or more of
    // each never naming the group, asked in chat: written 2026-12-03 (seventeenth session) before
    // its changes. (Chat's hedges and "subs" written as a payment reference: theatre false
    // refusals 20.0 -> 15.0; rescue team unchanged.)
    ['marlow-players.json', 40, 0.67, 0.5, 0.47, 0.18, 0.63],
    ['fellside-sar.json', 40, 0.72, 0.55, 0.35, 0.4, 0.5],
    // A volunteer community radio station's invented documents (handbook, schedule, studio rules,
    // licence and complaints, AGM minutes, a newsletter), four never naming the station, asked in
    // chat with other words than theirs: held out, written 2026-12-03 (eighteenth session) before
    // its change; only its figures are read. Half its answerable questions are refused, most for a
    // chat word the documents never say. (The action a "who" asks the doer of: absent refused 46.7 -> 50.0.)
    ['radio-volunteers.json', 40, 0.7, 0.45, 0.15, 0.55, 0.5],
    // A student hackathon's invented documents in British English (participant guide, rules and
    // code of conduct, prizes and judging, travel and accessibility, committee minutes, a mentors'
    // and sponsors' post), four never naming it, asked in chat with other words than theirs: held
    // out, written 2026-12-03 (nineteenth session) before its change; only its figures are read.
    ['hackathon-weekend.json', 40, 0.8, 0.55, 0.33, 0.42, 0.6],
    // A primary school's invented documents for its parents' server in Australian English (term
    // dates and timetable, uniform, after-school care and clubs, a Year 5 camp letter, P&C minutes,
    // a canteen FAQ), four never naming the school, asked in chat with other words than theirs:
    // held out, written 2026-12-03 (twentieth session) before that session's experiments; only its
    // figures are read.
    ['kookaburra-primary.json', 40, 0.65, 0.4, 0.3, 0.4, 0.6],
  ] as const;
  for (const [name, answerable, documentAt1, recallAt1, hit, falseRefusals, refused] of releases) {
    it(`answers another release's documents as measured: ${name}`, async () => {
      const set = await loadEvalSet(path.join(here, name));
      const report = await withEngine(set.corpus as string, (engine) => evaluate(engine, set.questions));
      expect(report.answerable).toBe(answerable);
      expect(report.documentAt1).toBeGreaterThanOrEqual(documentAt1);
      expect(report.recallAt1).toBeGreaterThanOrEqual(recallAt1);
      expect(report.answerHit).toBeGreaterThanOrEqual(hit);
      expect(report.falseAbstention).toBeLessThanOrEqual(falseRefusals);
      expect(report.abstentionRecall).toBeGreaterThanOrEqual(refused);
    }, EMBEDDING_TIMEOUT_MS);
  }

  it('keeps answering the release with 175 unrelated documents beside it', async () => {
    const mixed = await mixedWithUnrelated(RELEASE_CORPUS);
    const { release, chat, absent, heldOut, published, created, posted, lowerCaseName } = await withEngine(mixed, async (engine) => ({
      release: await evaluate(engine, (await loadEvalSet(path.join(here, 'release.json'))).questions),
      chat: await evaluate(engine, (await loadEvalSet(path.join(here, 'release-conversational.json'))).questions),
      absent: await evaluate(engine, (await loadEvalSet(path.join(here, 'release-absent.json'))).questions),
      heldOut: await evaluate(engine, (await loadEvalSet(path.join(here, 'release-heldout-2.json'))).questions),
      published: await engine.ask('When was this release published?'),
      created: await engine.ask('what time of day was the release created'),
      posted: await engine.ask('what time was the article posted'),
      lowerCaseName: await engine.ask('wat was the osce orig called'),
    }));
    expect(release.recallAt1).toBeGreaterThanOrEqual(0.9);
    expect(release.answerHit).toBeGreaterThanOrEqual(0.9);
    // Questions are answered within the documents on their topic, with the words weighed as there:
    // false refusals as on the release alone (0% and 5.2%).
    expect(release.falseAbstention).toBeLessThanOrEqual(0.03);
    expect(chat.recallAt1).toBeGreaterThanOrEqual(0.79);
    expect(chat.falseAbstention).toBeLessThanOrEqual(0.05);
    // Absent words are judged within the documents on the question's topic, so a database manual's
    // "population" or "previous" does not make the release answer (README, "Quality").
    expect(release.abstentionRecall).toBeGreaterThanOrEqual(0.9);
    // The question's topic is the one holding most of its best passages' scores (82.9%, as alone; 80.5%
    // when it was the first passage's).
    // 87.8% since 2026-12-01 (a typed answer's sentence says what the question names).
    expect(absent.abstentionRecall).toBeGreaterThanOrEqual(0.86);
    expect(heldOut.abstentionRecall).toBeGreaterThanOrEqual(0.72);
    expect(heldOut.recallAt1).toBeGreaterThanOrEqual(0.86);
    expect(heldOut.falseAbstention).toBeLessThanOrEqual(0.2);
    // "When was this published?" still finds the release's dateline among 176 documents.
    expect(published.abstained).toBe(false);
    expect(published.answer).toContain('May 7, 2019');
    // "the release", "the article" among Git manuals that talk of releases is the dated release.
    expect(created.answer).toContain('16:30');
    expect(created.citations[0]?.document).toBe('kazakhstan-osce-2019-05-07.txt');
    expect(posted.answer).toContain('16:30');
    // "osce" typed in lower case is still the release's name, so Git's "orig" does not pick the topic.
    expect(lowerCaseName.answer).toContain('Conference on Security and Cooperation in Europe');
  }, EMBEDDING_TIMEOUT_MS);

  // An invented makerspace's five documents (a development set, written 2026-11-30 by a helper who
  // had not read the code): contact details, prices, times of day, and attributes the documents
  // never give ("what brand are the 3d printers?"). Among the 175 manuals it refuses as many absent
  // facts as alone: the manuals' passages no longer outvote the makerspace page ranked first.
  it("answers a makerspace's documents, alone and among unrelated manuals", async () => {
    const set = await loadEvalSet(path.join(here, 'makerspace.json'));
    const mixed = await mixedWithUnrelated(set.corpus as string);
    const alone = await withEngine(set.corpus as string, (engine) => evaluate(engine, set.questions));
    const among = await withEngine(mixed, (engine) => evaluate(engine, set.questions));
    expect(alone.answerable).toBe(45);
    expect(alone.documentAt1).toBeGreaterThanOrEqual(0.75);
    expect(alone.recallAt1).toBeGreaterThanOrEqual(0.68);
    expect(alone.answerHit).toBeGreaterThanOrEqual(0.66);
    expect(alone.falseAbstention).toBeLessThanOrEqual(0.15);
    expect(alone.abstentionRecall).toBeGreaterThanOrEqual(0.73);
    expect(among.documentAt1).toBeGreaterThanOrEqual(0.64);
    expect(among.recallAt1).toBeGreaterThanOrEqual(0.6);
    expect(among.answerHit).toBeGreaterThanOrEqual(0.62);
    expect(among.abstentionRecall).toBeGreaterThanOrEqual(alone.abstentionRecall - 0.02);
  }, EMBEDDING_TIMEOUT_MS);

  // The project's five documents are each nearer in meaning to some manual than to each other, so
  // their passages' neighbours set no topic apart; "Quillmark", said throughout all five and nowhere
  // else, does (NameTopics). A question is then weighed within them: "temp" is no word of theirs, so
  // it reads as their "temporary" (a database manual's "TEMP" no longer counts), and words they lack
  // ("a bigger plan with 50gb") are absent. Absent facts refused 80.0 among the manuals (76.0 before
  // 2026-12-01; 84.0 alone).
  it("answers a project's community documents among unrelated manuals within their own topic", async () => {
    const set = await loadEvalSet(path.join(here, 'quillmark.json'));
    const mixed = await mixedWithUnrelated(set.corpus as string);
    const { report, ban } = await withEngine(mixed, async (engine) => ({
      report: await evaluate(engine, set.questions),
      ban: await engine.ask('how long can a temp ban last'),
    }));
    expect(ban.abstained).toBe(false);
    expect(ban.answer).toContain('7 to 90 days');
    expect(ban.citations[0]?.document).toBe('code-of-conduct.md');
    // (2026-12-01, seventh session: answer hit 60.0 -> 57.5 among the manuals, absent facts refused
    // 80.0 -> 84.0: "does it still run on 32bit windows?" now finds SQLite's notes on MinGW's 32-bit
    // DLLs before the project's system requirements; the cause among that session's changes was
    // not pinned down.)
    expect(report.answerHit).toBeGreaterThanOrEqual(0.57);
    expect(report.falseAbstention).toBeLessThanOrEqual(0.21);
    expect(report.abstentionRecall).toBeGreaterThanOrEqual(0.82);
  }, EMBEDDING_TIMEOUT_MS);

  it('answers technical release notes among technical manuals as it does alone', async () => {
    const set = await loadEvalSet(path.join(here, 'python-whatsnew.json'));
    const mixed = await mixedWithUnrelated(set.corpus as string);
    const report = await withEngine(mixed, (engine) => evaluate(engine, set.questions));
    expect(report.documentAt1).toBeGreaterThanOrEqual(0.95);
    expect(report.answerHit).toBeGreaterThanOrEqual(0.48);
    expect(report.falseAbstention).toBeLessThanOrEqual(0.16);
    // The two What's New pages' passages find their neighbours in each other, not in the manuals
    // whose mean vectors theirs resemble (DocumentLinks), so absent words are judged within them:
    // 51% of absent facts refused (57% alone; 40% when the manuals counted as the same topic), and
    // the right document first for 97.8% of questions, answered right 52.5% (as alone).
    // 77.1% since 2026-11-30's last changes, as alone; 74.3% after the next session's asides; 82.9%
    // since 2026-12-01's (a typed answer's sentence says what the question names).
    expect(report.abstentionRecall).toBeGreaterThanOrEqual(0.8);
  }, EMBEDDING_TIMEOUT_MS);
});
