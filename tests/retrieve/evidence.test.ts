import { describe, expect, it } from 'vitest';
import type { Document, Passage } from '../../src/core/index.js';
import { TermStats, expectedAnswer } from '../../src/language/index.js';
import { chunkDocument, sha256 } from '../../src/ingest/index.js';
import { DEFAULT_ABSTENTION, measureEvidence, shouldAbstain } from '../../src/retrieve/index.js';

const text = [
  'Talks in Vienna',
  'The upcoming presidential election was discussed at the talks. The minister stressed that the elections would be fair, as promised by President Jane Doe.',
  'Trade between the two countries grew in 2018, said Minister Raj Patel.',
  'Minister Raj Patel thanked Chancellor Anna Berg for the talks.',
  'Questions about the talks go to the press office at press@talks.example.org by email.',
  'A quota office opened in Graz.',
].join('\n\n');
const document: Document = { id: 'talks.txt', title: 'Talks in Vienna', date: undefined, text, contentHash: sha256(text) };
const chunks = chunkDocument(document);
const stats = await TermStats.build(chunks);
const passages: Passage[] = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));

/** EvidenceTerms.documentsWrite over `chunks`. */
const writtenIn = (chunks: readonly Passage['chunk'][]) => (documentIds: readonly string[], pattern: RegExp) => chunks.some((chunk) => documentIds.includes(chunk.documentId) && pattern.test(chunk.text));

/** Term statistics of `chunks` and the evidence index over them, every document on one topic. */
async function evidenceIndex(chunks: readonly Passage['chunk'][]) {
  const own = await TermStats.build(chunks);
  const index = { termsOf: own.termsOf.bind(own), saidIn: own.saidIn.bind(own), topicDocuments: () => chunks.map((chunk) => own.termsOf(chunk).document), documentsWrite: writtenIn(chunks), frequency: (term: string) => own.frequency(term), chunkCount: own.chunkCount };
  return { own, index };
}

function evidenceFor(question: string): ReturnType<typeof measureEvidence> {
  // Ranked by how many of the question's words each passage holds, as retrieval would roughly.
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const held = (passage: Passage): number => words.filter((word) => passage.chunk.text.toLowerCase().includes(word)).length;
  const ranked = [...passages].sort((a, b) => held(b) - held(a));
  // One document: every document is on its topic.
  const index = { termsOf: stats.termsOf.bind(stats), saidIn: stats.saidIn.bind(stats), topicDocuments: () => [stats.termsOf(chunks[0] as Passage['chunk']).document], documentsWrite: writtenIn(chunks), frequency: (term: string) => stats.frequency(term), chunkCount: stats.chunkCount };
  return measureEvidence(stats.analyze(question), ranked, index);
}

describe('measureEvidence', () => {
  it('finds what a question asks for in a sentence that addresses it', () => {
    const evidence = evidenceFor('Who is the President?');
    expect(evidence.answerTypeFound).toBe(true);
    expect(shouldAbstain(evidence)).toBe(false);
  });

  it('abstains when the sentences about the topic hold no answer of the kind asked for', () => {
    // The election sentence names no one; the sentence that names someone shares only "elections".
    const evidence = evidenceFor('Who won the presidential election?');
    expect(evidence.answerTypeFound).toBe(false);
    expect(shouldAbstain(evidence)).toBe(true);
    // "won" carries a "who" question too, and the release never says it.
    expect(evidence.absentKeyTerms).toEqual(['win']);
    expect(shouldAbstain(evidence, { ...DEFAULT_ABSTENTION, requireAnswerType: false, abstainOnUnknownNames: false, requireNamesTogether: false })).toBe(false);
  });

  it('refuses when a noun or qualifier that carries the question is nowhere in the corpus, not for a verb', () => {
    expect(evidenceFor('What is the population of the talks?').absentKeyTerms).toEqual(['popul']);
    // "the cost" names the answer asked for (money), which the passages lack.
    const cost = evidenceFor('What is the cost of the talks?');
    expect(cost.absentKeyTerms).toEqual([]);
    expect(cost.answerTypeFound).toBe(false);
    expect(shouldAbstain(cost)).toBe(true);
    expect(shouldAbstain(evidenceFor('What did the previous talks discuss?'))).toBe(true);
    // A verb the corpus lacks is paraphrase, not a missing fact ("highlighted" for "stressed").
    const paraphrase = evidenceFor('What did the minister highlight about the elections?');
    expect(paraphrase.absentKeyTerms).toEqual([]);
    expect(shouldAbstain(paraphrase)).toBe(false);
  });

  it('refuses when the passages that answer do not say the attribute asked for by name', () => {
    // The text says "quota" only of a city office: the trade passage gives no quota.
    const attribute = evidenceFor('What was the quota of the trade between the two countries in 2018?');
    expect(attribute.absentKeyTerms).toEqual(['quota']);
    expect(shouldAbstain(attribute)).toBe(true);
    expect(evidenceFor('What was the trade between the two countries in 2018?').absentKeyTerms).toEqual([]);
  });

  it("finds a contact detail only in a sentence that names whose it is", () => {
    // The one address in the text is the press office's, not Raj Patel's.
    const contact = evidenceFor("what is Raj Patel's email address for questions about the talks?");
    expect(contact.answerTypeFound).toBe(false);
    expect(shouldAbstain(contact)).toBe(true);
    expect(evidenceFor("what is the press office's email address?").answerTypeFound).toBe(true);
  });

  it('refuses "who did X" when the corpus never says the deed, not "who is supposed to"', () => {
    // Raj Patel and Anna Berg are named, but nothing says anyone resigned.
    const deed = evidenceFor('Who resigned after the talks?');
    expect(deed.absentKeyTerms).toEqual(['resign']);
    expect(shouldAbstain(deed)).toBe(true);
    // A deed that is an action carries, however ordinary its verb.
    expect(evidenceFor('Who planned the talks?').absentKeyTerms).toEqual(['plan']);
    // A verb that only says what is planned asks for nothing beyond its subject.
    expect(evidenceFor('who is supposed to thank Anna Berg').absentKeyTerms).toEqual([]);
  });

  it('refuses a question of fact whose names no sentence says together, not one a sentence answers', () => {
    // Jane Doe and Raj Patel are each named, in different paragraphs: nothing says they met.
    const apart = evidenceFor('Did Jane Doe meet Raj Patel in Vienna?');
    expect(apart.namesTogether).toBe(false);
    expect(shouldAbstain(apart)).toBe(true);
    expect(evidenceFor('Did Jane Doe meet Anna Berg?').namesTogether).toBe(false);
    // One sentence says both.
    expect(evidenceFor('Did Raj Patel thank Anna Berg?').namesTogether).toBe(true);
    expect(evidenceFor('btw, won’t Raj Patel thank Anna Berg?').namesTogether).toBe(true);
    // Names written as alternatives ask for any one of them; how and why are explained over several sentences.
    expect(evidenceFor('Did Jane Doe or Anna Berg promise fair elections?').namesTogether).toBe(true);
    expect(evidenceFor('How did Jane Doe and Raj Patel describe the talks?').namesTogether).toBe(true);
    expect(evidenceFor('Can you explain how Jane Doe and Raj Patel described the talks?').namesTogether).toBe(true);
    // Only the asking clause's names count.
    expect(evidenceFor('I read about Raj Patel and Jane Doe. Did Jane Doe or Raj Patel promise fair elections?').namesTogether).toBe(true);
    // An alternative the corpus never says fills no slot: Jane Doe is still asked about with Raj Patel.
    expect(evidenceFor('Did Jane Doe or Zork Quuxley meet Raj Patel?').namesTogether).toBe(false);
  });

  it('lets an alternative the corpus says stand for one it never says, and only that', () => {
    expect(evidenceFor('Did Jane Doe or Zork Quuxley promise fair elections?').unknownNames).toEqual([]);
    expect(evidenceFor('Did Zork Quuxley promise fair elections?').unknownNames).toEqual(['zork', 'quuxley']);
    // A comma alone makes no alternatives.
    expect(evidenceFor('Did Zork Quuxley, Jane Doe, promise fair elections?').unknownNames).toEqual(['zork', 'quuxley']);
  });

  it('asks nothing of questions that ask for no particular kind of answer', () => {
    expect(evidenceFor('What was discussed about the presidential election?').answerTypeFound).toBe(true);
  });
});

describe('namesTogether, in a corpus about one name', () => {
  it('does not ask the sentence to say the name the corpus is about', async () => {
    const paragraphs = [
      'Emberjam Handbook',
      'Emberjam runs game nights every Thursday.',
      'Emberjam moderators answer questions in the help channel.',
      'Emberjam tickets cost nothing for members.',
      'Emberjam was founded by Mira Okafor in 2019.',
      'The art contest is judged by Tomas Lind.',
      'Voice channels close at midnight.',
      'Members vote on new channels each month.',
    ];
    const handbookText = paragraphs.join('\n\n');
    const handbook: Document = { id: 'handbook.md', title: 'Emberjam Handbook', date: undefined, text: handbookText, contentHash: sha256(handbookText) };
    const handbookChunks = chunkDocument(handbook);
    const handbookStats = await TermStats.build(handbookChunks);
    const index = {
      termsOf: handbookStats.termsOf.bind(handbookStats),
      saidIn: handbookStats.saidIn.bind(handbookStats),
      topicDocuments: () => [handbookStats.termsOf(handbookChunks[0] as Passage['chunk']).document],
      documentsWrite: writtenIn(handbookChunks),
      frequency: (term: string) => handbookStats.frequency(term),
      chunkCount: handbookStats.chunkCount,
    };
    const judged = handbookChunks.filter((chunk) => chunk.text.includes('art contest')).map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    const ask = (question: string) => measureEvidence({ text: question, terms: handbookStats.weigh(question), asksFor: expectedAnswer(question) }, judged, index);
    // "Emberjam" is in half the passages: the art contest sentence answers without saying it.
    expect(ask('Who judges the Emberjam art contest?').namesTogether).toBe(true);
    // Mira Okafor is no topic: a sentence must say her with Tomas Lind.
    expect(ask('Did Mira Okafor judge with Tomas Lind?').namesTogether).toBe(false);
  });
});

// Release notes whose figures are about other things than a name asked about.
const notes = [
  'Speed-ups',
  'Nazarbayev spoke about the future. The First President proposed three dialogues for the region.',
  'The new parser is about 10% faster than the old one, and startup is 25% faster on Linux.',
  'Tomllib was added to read configuration files.',
  'Changes in this release.\n\n- Zoneinfo was added for time zones.\n- The cache is now 40% smaller.',
].join('\n\n');
const doc: Document = { id: 'notes.txt', title: 'Speed-ups', date: undefined, text: notes, contentHash: sha256(notes) };
const noteChunks = chunkDocument(doc);
const noteStats = await TermStats.build(noteChunks);
const notePassages: Passage[] = noteChunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
const index = {
  termsOf: noteStats.termsOf.bind(noteStats), saidIn: noteStats.saidIn.bind(noteStats), topicDocuments: () => [noteStats.termsOf(noteChunks[0] as Passage['chunk']).document], documentsWrite: writtenIn(noteChunks),
  frequency: (term: string) => noteStats.frequency(term), chunkCount: noteStats.chunkCount,
};
function evidence(question: string): ReturnType<typeof measureEvidence> {
  // Ranked by how many of the question's words each passage holds, as retrieval would roughly.
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  const held = (passage: Passage): number => words.filter((word) => passage.chunk.text.toLowerCase().includes(word)).length;
  return measureEvidence(noteStats.analyze(question), [...notePassages].sort((a, b) => held(b) - held(a)), index);
}


describe('typed answers name what the question names', () => {
  it('does not take a figure about something else for the one asked about', () => {
    // The percentages are the parser's and startup's; nothing says how fast Tomllib is.
    expect(evidence('how much faster is Tomllib than before?').answerTypeFound).toBe(false);
    expect(evidence('how much faster is the new parser?').answerTypeFound).toBe(true);
    // Nor a list item for the one before it.
    expect(evidence('how much smaller is Zoneinfo?').answerTypeFound).toBe(false);
  });

  it("reads the name in the document's file name", async () => {
    const changes = 'Changes\n\nThe reader was rewritten. It now reads files 40% faster.';
    const other = 'Overview\n\nTomllib and the Notes are described in their own files.';
    const chunks = [
      ...chunkDocument({ id: 'notes/tomllib-changes.md', title: 'Changes', date: undefined, text: changes, contentHash: sha256(changes) }),
      ...chunkDocument({ id: 'overview.md', title: 'Overview', date: undefined, text: other, contentHash: sha256(other) }),
    ];
    const { own, index: ownIndex } = await evidenceIndex(chunks);
    const answering = chunks.filter((chunk) => chunk.documentId === 'notes/tomllib-changes.md').map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 })).reverse();
    const asked = (question: string) => measureEvidence(own.analyze(question), answering, ownIndex);
    expect(asked('how much faster is Tomllib?').answerTypeFound).toBe(true);
    // Its folder says nothing of it: "notes/" names no subject of the file.
    expect(asked('how much faster are the Notes?').answerTypeFound).toBe(false);
  });

  it('reads the name in the sentence a typed answer leans on', () => {
    // "The First President" is Nazarbayev, named in the sentence before.
    expect(evidence('how many dialogues did Nazarbayev propose?').answerTypeFound).toBe(true);
  });
});

describe('the role a "who" question asks about', () => {
  it('is said by the sentence that names the person', async () => {
    const notes = 'Release notes\n\n- The 3.11 release adds a new context manager. (Contributed by Andrew Svetlov.)';
    const team = 'Team\n\nPablo Galindo is the release manager for 3.10.';
    const chunks = [
      ...chunkDocument({ id: 'notes.md', title: 'Release notes', date: undefined, text: notes, contentHash: sha256(notes) }),
      ...chunkDocument({ id: 'team.md', title: 'Team', date: undefined, text: team, contentHash: sha256(team) }),
    ];
    const { own, index } = await evidenceIndex(chunks);
    const asked = (question: string, text: string) => {
      const passages = chunks.filter((chunk) => chunk.text.includes(text)).map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
      return measureEvidence(own.analyze(question), passages, index);
    };
    // "Contributed by" names someone, not the release manager ("manager" of "context manager" is no role).
    expect(asked('who is the release manager for 3.11', 'Contributed by').answerTypeFound).toBe(false);
    expect(asked('who is the release manager for 3.10', 'Pablo Galindo').answerTypeFound).toBe(true);
    // Without a role, whoever did it answers.
    expect(asked('who added the context manager', 'Contributed by').answerTypeFound).toBe(true);
  });

  it('is said in any of its spellings, one of several words too', async () => {
    const news = 'Kelpwright news\n\nKelpwright Ltd has announced that its co-founder Declan Moyes became Chief Executive on 1 May 2026.';
    const chunks = chunkDocument({ id: 'news.md', title: 'Kelpwright news', date: undefined, text: news, contentHash: sha256(news) });
    const { own, index } = await evidenceIndex(chunks);
    const passages = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    expect(measureEvidence(own.analyze("who's the ceo of kelpwright"), passages, index).answerTypeFound).toBe(true);
    expect(measureEvidence(own.analyze("who's the cfo of kelpwright"), passages, index).answerTypeFound).toBe(false);
  });
});

describe('a bound asked for by name', () => {
  it('is answered by a sentence that states a bound, not by any figure of the thing', async () => {
    const guide = 'Guide\n\nTeams can have up to 4 people.\n\nThe marsh unlocks once your farm reaches Homestead Rank 6.';
    const chunks = chunkDocument({ id: 'guide.md', title: 'Guide', date: undefined, text: guide, contentHash: sha256(guide) });
    const { own, index } = await evidenceIndex(chunks);
    const passages = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    const asked = (question: string) => measureEvidence(own.analyze(question), passages, index);
    expect(asked('whats the max team size').boundSaid).toBe(true);
    expect(asked('whats the max homestead rank').boundSaid).toBe(false);
    expect(shouldAbstain(asked('whats the max homestead rank'))).toBe(true);
    // Without "max", the rank that unlocks the marsh answers.
    expect(shouldAbstain(asked('what homestead rank unlocks the marsh'))).toBe(false);
  });
});

describe('a price', () => {
  it('is said of the thing priced: its sentence, the one it leans on or a heading over it', async () => {
    const club = [
      'Club nights',
      '## Thursday social',
      'The Thursday social meets at the Weaver\'s Arms, and entry is £2 for visitors.',
      '## Bar',
      'A pint of bitter at the bar costs less than in most pubs.',
      '## Fees',
      'Adult membership costs £60 a year.',
    ].join('\n\n');
    const chunks = chunkDocument({ id: 'club.md', title: 'Club nights', date: undefined, text: club, contentHash: sha256(club) });
    const { own, index } = await evidenceIndex(chunks);
    const passages = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    // Ranked by how many of the question's words each passage holds, as retrieval would roughly.
    const held = (question: string, passage: Passage): number => (question.match(/\p{L}+/gu) ?? []).filter((word) => passage.chunk.text.toLowerCase().includes(word)).length;
    const asked = (question: string) => measureEvidence(own.analyze(question), [...passages].sort((a, b) => held(question, b) - held(question, a)), index);
    expect(asked('how much is entry to the thursday social').answerTypeFound).toBe(true);
    expect(asked('how much is adult membership').answerTypeFound).toBe(true);
    // The pint is said, and a price near it, but not the pint's price.
    expect(asked('how much is a pint at the thursday social').answerTypeFound).toBe(false);
  });
});

describe('a year asked of', () => {
  it('is not answered by the same figure stated for another year', async () => {
    const report = [
      'Annual report',
      'The learning team hosted 18,240 pupils from 412 schools during 2024, compared with 15,900 pupils in 2023.',
      'Members of staff number around 260.',
    ].join('\n\n');
    const chunks = chunkDocument({ id: 'report.md', title: 'Annual report', date: undefined, text: report, contentHash: sha256(report) });
    const { own, index } = await evidenceIndex(chunks);
    const passages = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    const asked = (question: string) => measureEvidence(own.analyze(question), passages, index);
    expect(asked('how many pupils visited in 2024').answerTypeFound).toBe(true);
    expect(asked('how many pupils visited in 2023').answerTypeFound).toBe(true);
    expect(asked('how many pupils came in 2025').answerTypeFound).toBe(false);
    // A year counted from is no year the figure is asked for.
    expect(asked('how many pupils have visited since 2020').answerTypeFound).toBe(true);
    // A sentence that names no year is read in its document's time.
    expect(asked('how many staff are there in 2025').answerTypeFound).toBe(true);
  });
});

describe('a default asked for by name', () => {
  it('is answered by a sentence that states the default of what is named, with the line it leans on', async () => {
    const manual = [
      'Options',
      'The message-limit option sets how many messages are kept for each client.',
      'The history-limit option sets how many lines of scrollback are kept. The default is 2000.',
      'The display-time option sets how long messages show, in milliseconds. It defaults to 750.',
      'The server listens on port 8080 unless --port is given.',
      'The server uses the standard codec machinery.',
    ].join('\n\n');
    const chunks = chunkDocument({ id: 'manual.md', title: 'Manual', date: undefined, text: manual, contentHash: sha256(manual) });
    const { own, index } = await evidenceIndex(chunks);
    const asked = (question: string, text: string) => {
      const passages = chunks.filter((chunk) => chunk.text.includes(text)).map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
      return measureEvidence(own.analyze(question), passages, index);
    };
    // "The default is 2000" leans on the sentence naming the option before it.
    expect(asked('whats the default history-limit', 'history-limit').defaultSaid).toBe(true);
    expect(asked('display-time default?', 'display-time').defaultSaid).toBe(true);
    // The option is described, but no default of it is given.
    const unsaid = asked('whats the default message-limit', 'message-limit');
    expect(unsaid.defaultSaid).toBe(false);
    expect(shouldAbstain(unsaid)).toBe(true);
    expect(shouldAbstain(asked('what does message-limit set', 'message-limit'))).toBe(false);
    // "Unless" states a default too; "standard" alone does not.
    expect(asked('what port does the server listen on by default', 'listens on port').defaultSaid).toBe(true);
    expect(asked('whats the default codec of the server', 'standard codec').defaultSaid).toBe(false);
  });
});

describe('a name written as code', () => {
  it('must be said whole by the sentence that answers: LOAD_GLOBAL does not answer for LOAD_ATTR', async () => {
    const notes = "Optimizations\n\nThe `LOAD_GLOBAL` instruction now uses a per opcode cache. It is about 40% faster now.\n\nThe `LOAD_ATTR` instruction was rewritten.";
    const chunks = chunkDocument({ id: 'notes.md', title: 'Notes', date: undefined, text: notes, contentHash: sha256(notes) });
    const { own, index } = await evidenceIndex(chunks);
    const passages = chunks.map((chunk) => ({ chunk, score: 1, similarity: 0.5, lexical: 1 }));
    const asked = (question: string) => measureEvidence(own.analyze(question), passages, index);
    expect(asked('how much faster is load_global now').answerTypeFound).toBe(true);
    expect(asked('how much faster did LOAD_ATTR get').answerTypeFound).toBe(false);
    expect(asked('did load_attr get faster? how much').answerTypeFound).toBe(false);
  });
});
