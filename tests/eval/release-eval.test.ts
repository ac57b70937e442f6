import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, evaluate, readEvalSet, type EvalReport } from '../../src/app/index.js';
import { loadEngineConfig } from '../../src/config/index.js';
import { RELEASE_CORPUS, tempDir } from '../support/fs.js';

const evalSet = (name: string) => readEvalSet(path.resolve(import.meta.dirname, name));

// The real release, the real model, the shipped settings. The floors sit just under what the
// shipped configuration reaches (see README, "Quality"), so a regression fails here.
describe('evaluation on the release', () => {
  let engine: Engine;
  let fused: EvalReport;
  beforeAll(async () => {
    engine = await Engine.open(loadEngineConfig({}, { corpus: RELEASE_CORPUS, index: await tempDir() }));
    const questions = await evalSet('release.json');
    expect(questions.filter((q) => q.expected).length).toBeGreaterThanOrEqual(40);
    expect(questions.filter((q) => !q.expected).length).toBeGreaterThanOrEqual(10);
    fused = await evaluate(engine, questions);
  });
  afterAll(async () => engine.dispose());

  it('finds the supporting passage', () => {
    expect(fused.recallAt1).toBeGreaterThanOrEqual(0.95);
    expect(fused.recallAt3).toBeGreaterThanOrEqual(0.95);
    expect(fused.mrr).toBeGreaterThanOrEqual(0.96);
  });

  it('puts the expected answer in the answer', () => {
    expect(fused.answerHit).toBeGreaterThanOrEqual(0.93);
  });

  it('abstains on questions the release does not answer, and rarely on those it does', () => {
    // 100% since the attribute a question asks by name must be said ("What currency is used…").
    expect(fused.abstentionRecall).toBeGreaterThanOrEqual(0.95);
    expect(fused.falseAbstention).toBeLessThanOrEqual(0.05);
  });

  it('does about as well on held-out questions never used for tuning', async () => {
    const heldOut = await evaluate(engine, await evalSet('release-heldout.json'));
    expect(heldOut.recallAt1).toBeGreaterThanOrEqual(0.83);
    expect(heldOut.recallAt3).toBeGreaterThanOrEqual(0.94);
    // Two paraphrased nouns the release never uses ("his 3D proposal", "the autumn seminar") are
    // refused, since a carrying noun the corpus lacks means the fact is missing: see README, "Quality".
    // "Who proposed creating OSCE thematic centers?" (the Secretary General's idea, named by role
    // mid-sentence) is refused too since a "who" answer must name someone: it had passed only
    // because compromise read "Nur-Sultan" as a person.
    expect(heldOut.answerHit).toBeGreaterThanOrEqual(0.83);
    expect(heldOut.falseAbstention).toBeLessThanOrEqual(0.17);
    expect(heldOut.abstentionRecall).toBeGreaterThanOrEqual(0.66);
  });

  // Held-out sets written by helpers (each file says for which change): answerable questions,
  // evidence@1, answer hit, false refusals (ceiling), absent facts refused.
  const heldOutSets = [
    // (Absent facts refused 80.0 -> 83.3 and 77.1 -> 80.0 on 2026-12-01: a "when" question's verb carries.)
    ['release-heldout-2.json', 'chat-style questions and in-topic absent facts', 30, 0.9, 0.88, 0.05, 0.81],
    // (77.1 again on 2026-12-01's second session: "month" of "what day and month…" names the kind of
    // answer and no longer carries the question; a named day answers it.)
    ['release-heldout-3.json', 'typed factoids and in-topic absent facts of the same kinds', 35, 0.88, 0.8, 0.2, 0.76],
    // (Absent facts refused 75.0 -> 80.0 on 2026-12-01: a typed answer's sentence says what the question names.)
    ['release-heldout-4.json', 'chat typed with abbreviations and chat spellings: "wat wd the osce ctr work on"', 40, 0.88, 0.84, 0.15, 0.78],
    // False refusals 12.5 -> 15.0 on 2026-11-30's last changes (one question; held out, not read);
    // absent facts refused 77.5 -> 85.0 on 2026-12-01's (held out, not read), 87.5 the session after.
    ['release-heldout-5.json', 'chat with synonyms, broad and yes/no questions, and as many absent facts', 40, 0.72, 0.77, 0.16, 0.85],
    // Written 2026-12-01 (third session) before its changes; held out, only its figures read (unchanged by them).
    ['release-heldout-6.json', 'chat with typos, acronyms and paraphrases, and in-topic absent facts', 45, 0.8, 0.84, 0.07, 0.86],
    // A development set (its failures are read), written 2026-12-02 (ninth session) by a helper who
    // had read neither the code nor the other sets. (Answers 78.3 -> 81.7 and false refusals 11.7 ->
    // 8.3 with that session's changes: "say overall", "background", role nouns, "2011-12".)
    ['release-chat-dev.json', 'chat with abbreviations, paraphrases, broad questions and in-topic absent facts', 60, 0.78, 0.8, 0.1, 0.82],
  ] as const;
  for (const [name, kind, answerable, recallAt1, hit, falseRefusals, refused] of heldOutSets) {
    it(`holds its figures on ${name} (${kind})`, async () => {
      const heldOut = await evaluate(engine, await evalSet(name));
      expect(heldOut.answerable).toBe(answerable);
      expect(heldOut.recallAt1).toBeGreaterThanOrEqual(recallAt1);
      expect(heldOut.answerHit).toBeGreaterThanOrEqual(hit);
      expect(heldOut.falseAbstention).toBeLessThanOrEqual(falseRefusals);
      expect(heldOut.abstentionRecall).toBeGreaterThanOrEqual(refused);
    });
  }

  it('answers conversational questions (typos, abbreviations, synonyms, broad questions)', async () => {
    const chat = await evaluate(engine, await evalSet('release-conversational.json'));
    expect(chat.answerable).toBeGreaterThanOrEqual(80);
    expect(chat.recallAt1).toBeGreaterThanOrEqual(0.8);
    expect(chat.answerHit).toBeGreaterThanOrEqual(0.9);
    expect(chat.falseAbstention).toBeLessThanOrEqual(0.04);
  });

  it('refuses in-topic questions whose answer the release does not give', async () => {
    const absent = await evaluate(engine, await evalSet('release-absent.json'));
    expect(absent.unanswerable).toBeGreaterThanOrEqual(30);
    // 82.9 -> 85.4 on 2026-12-01 ("when did nazarbayev step down" is not answered by another event's date),
    // 87.8 the session after ("which country holds the OSCE Chairmanship in 2019?" is not answered by a sentence on a seminar in 2019).
    expect(absent.abstentionRecall).toBeGreaterThanOrEqual(0.86);
  });

  it('tells counts and durations from years on questions written to check that', async () => {
    const counts = await evaluate(engine, await evalSet('release-counts.json'));
    expect(counts.answerHit).toBeGreaterThanOrEqual(0.83);
    expect(counts.abstentionRecall).toBeGreaterThanOrEqual(0.66);
    expect(counts.falseAbstention).toBeLessThanOrEqual(0.17);
  });

  it('abstains on the two questions the issue names', async () => {
    for (const question of ['What is the population of Kazakhstan?', 'What is the capital of France?']) {
      const response = await engine.ask(question);
      expect(response.abstained, question).toBe(true);
      expect(response.answer).toMatch(/does not seem to answer/u);
      expect(response.citations.length).toBeGreaterThan(0); // the closest passages, offered as related
    }
  });

  it('answers with the Helsinki Final Act paragraph, cited', async () => {
    const response = await engine.ask("Which act's signing led to the founding of the organisation?");
    expect(response.abstained).toBe(false);
    expect(response.answer).toMatch(/Helsinki Final Act\. \[1\]/u);
    expect(response.citations[0]).toMatchObject({ n: 1, location: { paragraph: 14 }, date: '2019-05-07' });
    expect(response.citations[0]?.quote).toContain('Helsinki Final Act');
  });
});
