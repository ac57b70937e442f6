import { cp, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, loadEvalSet } from '../../src/app/index.js';
import { loadEngineConfig } from '../../src/config/index.js';
import { LiveIndex } from '../../src/retrieve/index.js';
import { tempDir } from '../support/fs.js';

const CORPORA = path.resolve('tests/corpora');

/**
 * A notes app's community documents beside database manuals (two PostgreSQL pages on dumps and
 * loading, 24 SQLite pages), all real files of tests/corpora, in one corpus.
 */
async function notesAppWithManuals(): Promise<string> {
  const corpus = await tempDir('docent-mixed-topics-');
  await cp(path.join(CORPORA, 'quillmark'), corpus, { recursive: true });
  const manuals = path.join(corpus, 'manuals');
  await mkdir(manuals);
  const sqlite = (await readdir(path.join(CORPORA, 'unrelated'))).filter((name) => name.startsWith('sqlite-')).sort().slice(0, 24);
  for (const name of ['postgres-backup-dump.md', 'postgres-populate.md', ...sqlite]) await cp(path.join(CORPORA, 'unrelated', name), path.join(manuals, name));
  return corpus;
}

describe('a question whose words are spread over the topics of a mixed corpus', () => {
  let engine: Engine;
  beforeAll(async () => {
    const corpus = await notesAppWithManuals();
    engine = await Engine.open(loadEngineConfig({}, { corpus, index: await tempDir() }));
  });
  afterAll(async () => engine.dispose());

  it('is answered from the documents that say its rarest word, not the manual closest to its other words', async () => {
    // "dump" and "entire" lead to the PostgreSQL manual's "back up the entire database"; "vault"
    // is only the notes app's, whose FAQ is closer in meaning.
    for (const question of ['can i dump my entire vault in one go?', 'can i backup my entire vault in one go?']) {
      const answer = await engine.ask(question);
      expect(answer.abstained).toBe(false);
      expect(answer.citations.some((citation) => citation.document === 'support-faq.md')).toBe(true);
      expect(answer.citations.every((citation) => !citation.document.startsWith('manuals/'))).toBe(true);
    }
    expect((await engine.ask('can i dump my entire vault in one go?')).answer).toContain('To export a whole vault at once, choose File → Export Vault');
  });

  it("keeps a manual's question with the manual when only a word of it is the notes app's", async () => {
    // "plugins" is the notes app's word, but its passages are further from the question than
    // the manual's: the manual is what is asked about, and it never says "plugins".
    const answer = await engine.ask('does pg_dump back up an entire database, plugins included?');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((citation) => citation.document.startsWith('manuals/'))).toBe(true);
  });
});

/** A course's five documents beside all 175 database and Git manuals of tests/corpora/unrelated. */
async function courseWithManuals(): Promise<string> {
  const corpus = await tempDir('docent-mixed-course-');
  await cp(path.join(CORPORA, 'course-server'), corpus, { recursive: true });
  await cp(path.join(CORPORA, 'unrelated'), path.join(corpus, 'manuals'), { recursive: true });
  return corpus;
}

describe("a course's documents among 175 unrelated manuals", () => {
  it('answers the course questions as it does without the manuals', async () => {
    // The assignment brief's passages find their nearest neighbours in database manuals, and the
    // syllabus's are no topic apart by neighbours alone: the rare words the course's documents
    // share (rooms, names, slip days) tie all five into one topic.
    const set = await loadEvalSet(path.resolve('tests/eval/course-server.json'));
    const course = ['announcements-2026-10.md', 'assignment-3-brief.html', 'office-hours-and-contacts.md', 'schedule.txt', 'syllabus.md'];
    const answersIn = async (corpus: string, withManuals: boolean): Promise<string[]> => {
      const engine = await Engine.open(loadEngineConfig({}, { corpus, index: await tempDir() }));
      try {
        // Among the manuals, the brief's topic is the whole course.
        if (withManuals) expect([...((await LiveIndex.load(engine.index)).topicOfDocument('assignment-3-brief.html') ?? [])].sort()).toEqual(course);
        const answers: string[] = [];
        for (const { question } of set.questions) answers.push((await engine.ask(question)).answer);
        return answers;
      } finally {
        await engine.dispose();
      }
    };
    const alone = await answersIn(path.join(CORPORA, 'course-server'), false);
    const mixed = await answersIn(await courseWithManuals(), true);
    const same = mixed.filter((answer, i) => answer === alone[i]).length;
    // Measured: 73 of 75 (55 when neighbours and names alone set topics apart).
    expect(set.questions.length).toBe(75);
    expect(same).toBeGreaterThanOrEqual(72);
  }, 600_000);
});
