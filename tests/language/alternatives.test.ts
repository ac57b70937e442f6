import { describe, expect, it } from 'vitest';
import type { Chunk, Document } from '../../src/core/index.js';
import { chunkDocument, sha256 } from '../../src/ingest/index.js';
import { TermStats, WordNet, analyzeTerms, findAlternatives, isLikelyPredicate } from '../../src/language/index.js';
import { acronymsOf, editDistance, misspeltFunctionWord } from '../../src/language/alternatives.js';

const text = [
  'Ministers meet in Vienna',
  'The Foreign Minister of Kazakhstan met the OSCE Secretary General in Vienna.',
  'Kazakhstan stands ready to contribute to the Organization of Islamic Cooperation and to the UN Security Council.',
  'The OSCE was established in 1975. Greminger expressed appreciation for the support.',
  'Format and form of the statement were agreed with Karl Zimmer.',
].join('\n\n');
const doc: Document = { id: 'release.txt', title: 'Ministers meet in Vienna', date: undefined, text, contentHash: sha256(text) };
const chunks: Chunk[] = chunkDocument(doc);
const wordnet = new WordNet();

describe('WordNet', () => {
  it('finds synonyms, phrasal verbs and derived words, and nothing for a word it lacks', () => {
    expect(wordnet.relatedWords('set up').map((r) => r.word)).toContain('establish');
    expect(wordnet.relatedWords('membership')).toContainEqual({ word: 'member', relation: 'derived' });
    expect(wordnet.relatedWords('willing').map((r) => r.word)).toContain('ready');
    expect(wordnet.relatedWords('greminger')).toEqual([]);
    expect(wordnet.partsOf('thanked')).toEqual(new Set(['verb']));
  });
});

describe('findAlternatives', () => {
  it('finds how the corpus says a word it lacks: spelling, acronym, abbreviation, synonym', async () => {
    const stats = await TermStats.build(chunks);
    const kinds = (word: string, next?: string) => findAlternatives(word, next, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`);
    expect(kinds('secretery')).toContain('spelling:secretari');
    expect(kinds('kazakstan')).toContain('variant:kazakhstan'); // WordNet lists both spellings
    expect(kinds('fm')).toContain('acronym:foreign minist');
    expect(kinds('oic')).toContain('acronym:organ islam cooper');
    expect(kinds('unsc')).toContain('acronym:un secur council');
    // Letters that are a corpus phrase's initials stand for it, not for a word they spell out ("Format"),
    // but may still shorten a name: "kz" is Kazakhstan although "Karl Zimmer" has those initials.
    expect(kinds('fm').filter((k) => k.startsWith('abbreviation'))).toEqual([]);
    expect(kinds('kz')).toEqual(expect.arrayContaining(['acronym:karl zimmer', 'abbreviation:kazakhstan']));
    expect(kinds('kz')).toContain('abbreviation:kazakhstan');
    // WordNet knows "gen" and "sec" as rare words; chat means "general" and "secretary".
    expect(kinds('gen')).toContain('abbreviation:general');
    expect(kinds('sec')).toContain('abbreviation:secretari');
    // A typo of a longer form than the corpus's stem, corrected before stemming.
    expect(kinds('contributoins')).toContain('spelling:contribut');
    // A word cut short by one letter of its corpus stem: "stan" may be "stands" ("stand").
    expect(kinds('stan')).toContain('abbreviation:stand');
    expect(kinds('set', 'up')).toContain('synonym:establish');
    expect(kinds('willing')).toContain('synonym:readi');
    // Only what the corpus holds; an English word is not "corrected" into another.
    expect(kinds('population')).toEqual([]);
  });

  it('takes a synonym only where the corpus writes it, not another word of the same stem', async () => {
    const synonyms = async (written: string, word: string) =>
      findAlternatives(word, undefined, await TermStats.build(chunkDocument({ ...doc, text: written, contentHash: sha256(written) })), wordnet).map((a) => a.terms.join(' '));
    // "Several" stems to "sever", a synonym of "cut"; the word itself, inflected, is one.
    expect(await synonyms('Several members asked about paying monthly.', 'cut')).not.toContain('sever');
    expect(await synonyms('The cable was severed by the storm.', 'cut')).toContain('sever');
    // Irregular forms count: "dying" is "die".
    expect(await synonyms('Many old trees are dying.', 'perish')).toContain('die');
    // As do an adjective's adverb, a word written with its accent, and a hyphenated compound in one.
    expect(await synonyms('Fortunately, nobody was hurt.', 'lucky')).toContain('fortun');
    expect(await synonyms('Meet at the café by the station.', 'coffeehouse')).toContain('cafe');
    expect(await synonyms('Send your résumé to the office.', 'cv')).toContain('resum');
  });

  it('reads a topic\'s own words for it, not its corpus\'s', async () => {
    const fees = 'Several members asked about paying monthly.';
    const storm = 'The cable was severed by the storm.';
    const stats = await TermStats.build([
      ...chunkDocument({ ...doc, id: 'fees.md', text: fees, contentHash: sha256(fees) }),
      ...chunkDocument({ ...doc, id: 'storm.md', text: storm, contentHash: sha256(storm) }),
    ]);
    const feesOnly = await stats.within(chunkDocument({ ...doc, id: 'fees.md', text: fees, contentHash: sha256(fees) }));
    expect(findAlternatives('cut', undefined, feesOnly, wordnet).map((a) => a.terms.join(' '))).not.toContain('sever');
    expect(findAlternatives('cut', undefined, stats, wordnet).map((a) => a.terms.join(' '))).toContain('sever');
  });

  it('corrects a misspelling that its stem would take further away', async () => {
    const written = 'The monument honours soldiers who fell in the war.';
    const stats = await TermStats.build(chunkDocument({ ...doc, text: written, contentHash: sha256(written) }));
    // "soliders" stems to "solid", two edits from "soldier"; as written it is two from "soldiers".
    expect(findAlternatives('soliders', undefined, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`)).toContain('spelling:soldier');
  });

  it('finds words the corpus writes apart: letters and digits, versions, compounds, particles', async () => {
    const written = 'UTF-8 mode is new in Python 3.7. The time zone database and a speed gain ship too. The head of the team left.';
    const stats = await TermStats.build(chunkDocument({ ...doc, text: written, contentHash: sha256(written) }));
    const kinds = (word: string) => findAlternatives(word, undefined, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`);
    expect(kinds('utf8')).toContain('variant:utf 8');
    expect(kinds('py37')).toContain('variant:python 3.7');
    expect(kinds('py37s')).toContain('variant:python 3.7'); // "py37s ssl module"
    expect(kinds('37')).toContain('variant:3.7');
    expect(kinds('timezone')).toContain('variant:time zone');
    expect(kinds('speedup')).toContain('variant:speed');
    // Chat's word for whoever leads is what the corpus calls them.
    expect(kinds('boss')).toContain('abbreviation:head');
    expect(kinds('py38')).toEqual([]); // only what the corpus holds
  });

  it('drops a chat abbreviation of a word that only frames the question ("what yr…")', async () => {
    const stats = await TermStats.build(chunks);
    expect(stats.weigh('what yr was the osce established').map((t) => t.term)).toEqual(['osc', 'establish']);
    expect(stats.weigh('when do i gotta register with the osce').map((t) => t.term)).toEqual(['regist', 'osc']);
  });

  it('weighs a question word the corpus lacks by the corpus word it stands for', async () => {
    const stats = await TermStats.build(chunks);
    const [term] = stats.weigh('kazakstan');
    expect(term).toMatchObject({ term: 'kazakstan', inCorpus: true });
    expect(term?.weight).toBeCloseTo(stats.idf('kazakhstan'));
  });
});

describe('nouns of two words', () => {
  it('reads "last name" as "surname" where the corpus has both "last" and "surname", and not "phone number" as "number"', async () => {
    const rooms = 'Midterm rooms are split by surname. Surnames N-Z: room 140. The last lecture is on Friday. Call the office phone or its number.';
    const stats = await TermStats.build(chunkDocument({ id: 'rooms.md', title: 'Rooms', date: undefined, text: rooms, contentHash: sha256(rooms) }));
    const last = stats.weigh('where is the midterm, my last name is nguyen').find((t) => t.term === 'last');
    expect(last?.alternatives?.map((a) => a.terms.join(' '))).toEqual(['surnam']);
    // The asker's own name asks nothing of the corpus; other words after "name is" do.
    expect(stats.weigh('where is the midterm, my last name is nguyen').map((t) => t.term)).not.toContain('nguyen');
    expect(stats.weigh('where is the midterm, my last name is anh nguyen').map((t) => t.term)).not.toContain('anh');
    expect(stats.weigh('my name is missing from the midterm rooms').map((t) => t.term)).toContain('miss');
    expect(stats.weigh('whats the phone number').find((t) => t.term === 'phone')?.alternatives ?? []).toEqual([]);
  });
});

describe('phrasal verbs and acronym definitions', () => {
  it('reads "set up" as "establish" even where the corpus has "set", and spells out an acronym asked about', async () => {
    const stats = await TermStats.build(chunkDocument({ ...doc, text: `${text}\n\nThe agenda was set in May.`, contentHash: sha256(`${text}x`) }));
    const setUp = stats.weigh('when was the OSCE set up?').find((t) => t.term === 'set');
    expect(setUp?.alternatives?.map((a) => a.terms.join(' '))).toContain('establish');
    const terms = stats.analyze('what does OIC stand for?').terms.map((t) => t.term);
    expect(terms).toEqual(expect.arrayContaining(['organ', 'islam', 'cooper']));
    expect(stats.analyze('what did the OIC do?').terms.map((t) => t.term)).not.toContain('islam');
    // An acronym no phrase of the corpus spells out: the question is refused, saying so.
    expect(stats.analyze('what does OIC stand for?').unspelledAcronym).toBeUndefined();
    expect(stats.analyze('what does CICA stand for?').unspelledAcronym).toBe('CICA');
    expect(stats.analyze('what does osce stand for').unspelledAcronym).toBe('osce');
    expect(stats.analyze('who does the OIC stand for?').unspelledAcronym).toBeUndefined();
  });

  it('reads a phrasal verb as the one word the corpus writes for it ("timed out": "timeout")', async () => {
    const rules = 'Repeated breaches of the rules lead to a timeout of 24 hours. Please log in first.';
    const stats = await TermStats.build(chunkDocument({ ...doc, text: `${text}\n\n${rules}`, contentHash: sha256(`${text}${rules}`) }));
    const timedOut = stats.weigh('how long do u get timed out for').find((t) => t.term === 'time');
    expect(timedOut?.alternatives?.map((a) => a.terms.join(' '))).toContain('timeout');
    // Joined from the verb's own form, not the stemmer's ("carried on" is no "carrion").
    const carrion = await TermStats.build(chunkDocument({ ...doc, text: `${text}\n\nCrows eat carrion.`, contentHash: sha256(`${text}carrion`) }));
    expect(carrion.weigh('who carried on the talks').flatMap((t) => t.alternatives ?? []).map((a) => a.terms.join(' '))).not.toContain('carrion');
  });
});

describe('acronymsOf', () => {
  it('takes the initials of capitalised phrases, all of an all-capitals word', () => {
    const acronyms = new Map(acronymsOf('the UN Security Council and the Organization of Islamic Cooperation'));
    expect(acronyms.get('unsc')).toEqual(['un', 'secur', 'council']);
    expect(acronyms.get('oic')).toEqual(analyzeTerms('Organization Islamic Cooperation'));
    // With a connector's letter too: "CoC" is the Code of Conduct.
    expect(new Map(acronymsOf('Read our Code of Conduct first.')).get('coc')).toEqual(['code', 'conduct']);
  });
});

describe('editDistance', () => {
  it('counts a transposition as one edit and gives up past its limit', () => {
    expect(editDistance('secretery', 'secretary', 2)).toBe(1);
    expect(editDistance('form', 'from', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('misspeltFunctionWord', () => {
  it('knows a function word with one typo, never a word of its own', () => {
    for (const word of ['shuold', 'becuase', 'whihc', 'abuot']) expect(misspeltFunctionWord(word, wordnet), word).toBe(true);
    for (const word of ['form', 'kazakstan', 'nftables', 'whois', 'doas', 'musl', 'shuf', 'yaml', 'should']) expect(misspeltFunctionWord(word, wordnet), word).toBe(false);
  });

  it('leaves the question without it, rather than refused for a word the corpus never says', async () => {
    const stats = await TermStats.build(chunks);
    expect(stats.weigh('when shuold the OSCE be established').map((t) => t.term)).not.toContain('shuold');
  });
});

describe('isLikelyPredicate', () => {
  it('tells a verb or adverb from a noun by the lexicon and the word before', () => {
    expect(isLikelyPredicate('thanked', 'greminger', wordnet)).toBe(true);
    expect(isLikelyPredicate('already', 'seminar', wordnet)).toBe(true);
    expect(isLikelyPredicate('cost', 'the', wordnet)).toBe(false);
    expect(isLikelyPredicate('budget', 'annual', wordnet)).toBe(false);
    expect(isLikelyPredicate('help', 'to', wordnet)).toBe(true);
    // A word no dictionary knows, with a verb's ending, is chat's verb; without one, a name or a noun.
    expect(isLikelyPredicate('yeeted', 'got', wordnet)).toBe(true);
    expect(isLikelyPredicate('greminger', 'mr', wordnet)).toBe(false);
    // A comparative relates what the answer gives in figures ("is it cheaper?": "£350 instead of £420").
    expect(isLikelyPredicate('cheaper', 'it', wordnet)).toBe(true);
    expect(isLikelyPredicate('nerfed', 'get', wordnet)).toBe(true);
  });

  it('reads the word after "there" or a preposition as a noun', () => {
    // "is there *parking*", "sell it on *switch*": the thing asked about, not what is done.
    expect(isLikelyPredicate('parking', 'there', wordnet)).toBe(false);
    expect(isLikelyPredicate('switch', 'on', wordnet)).toBe(false);
    expect(isLikelyPredicate('parking', 'is', wordnet)).toBe(true);
    expect(isLikelyPredicate('switch', 'i', wordnet)).toBe(true);
  });

  it('reads a chat abbreviation as chat means it, not as letters of a corpus name', async () => {
    const game = 'Ice fishing on the frozen Millpond.\n\nMultiplayer: up to 4 players online.';
    const stats = await TermStats.build(chunkDocument({ id: 'faq.txt', title: 'FAQ', date: undefined, text: game, contentHash: sha256(game) }));
    const kinds = (word: string) => findAlternatives(word, undefined, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`);
    expect(kinds('mp')).toEqual(['abbreviation:multiplay']);
  });

  it('reads a chat abbreviation of several meanings as the one the corpus says', async () => {
    const course = 'Assignment 1 is due on Friday. Late assignments lose 10% a day.';
    const stats = await TermStats.build(chunkDocument({ id: 'syllabus.md', title: 'Syllabus', date: undefined, text: course, contentHash: sha256(course) }));
    const kinds = (word: string) => findAlternatives(word, undefined, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`);
    // "hw" is homework, an assignment or hardware: this course says "assignment".
    expect(kinds('hw')).toEqual(['abbreviation:assign']);
    expect(kinds('hw1')).toContain('variant:assign 1');
  });

  it("reads chat's verbs by what they mean, as the corpus says it", async () => {
    const notes = 'The asynchat module will be removed in Python 3.12. Balance changes weakened the glass golem.';
    const stats = await TermStats.build(chunkDocument({ id: 'notes.md', title: 'Notes', date: undefined, text: notes, contentHash: sha256(notes) }));
    const kinds = (word: string) => findAlternatives(word, undefined, stats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`);
    expect(kinds('yeeted')).toContain('abbreviation:remov');
    expect(kinds('nerfed')).toContain('abbreviation:weaken');
    // A plural the stemmer keeps whole is its singular ("gpus" as the corpus's "GPU").
    const lab = 'The lab has one GPU.';
    const labStats = await TermStats.build(chunkDocument({ id: 'lab.md', title: 'Lab', date: undefined, text: lab, contentHash: sha256(lab) }));
    expect(findAlternatives('gpus', undefined, labStats, wordnet).map((a) => `${a.kind}:${a.terms.join(' ')}`)).toContain('variant:gpu');
  });
});
