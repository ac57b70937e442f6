import { beforeAll, describe, expect, it } from 'vitest';
import type { Chunk, Document } from '../../src/core/index.js';
import { chunkDocument, sha256 } from '../../src/ingest/index.js';
import { TermStats, termCoverage } from '../../src/language/index.js';

const doc = (title: string, text: string): Document => ({ id: `${title}.txt`, title, date: undefined, text, contentHash: sha256(text) });

const release = doc(
  'Ministers welcome cooperation',
  [
    'Ministers welcome cooperation',
    'The Secretary General met the minister. The Secretary General spoke first.',
    'The Secretary General praised the dialogue.',
    'The minister welcomed the efforts. Cooperation was discussed.',
    'Trade grew. Energy was discussed.',
  ].join('\n\n'),
);

describe('TermStats', () => {
  let stats: TermStats;
  beforeAll(async () => {
    stats = await TermStats.build(chunkDocument(release));
  });

  it('drops a phrase that frames the time, not the same words elsewhere', () => {
    const terms = (question: string) => stats.weigh(question).map((t) => t.term);
    expect(terms('who praised the dialogue right now')).not.toContain('right');
    expect(terms('how many days did trade grow these days')).toContain('day');
    expect(terms('who praised the dialogue by accident')).not.toContain('accid');
    // A number compared with is no fact the corpus must say ("opened before 1950?" is answered by "in 1945").
    expect(stats.weigh('did trade grow before 2020').find((t) => t.term === '2020')?.carries).toBe(false);
    expect(stats.weigh('did trade grow in 2020').find((t) => t.term === '2020')?.carries).not.toBe(false);
    // A number the asker gives with its unit is no fact the corpus must say ("notes up to 16 MB" answers it).
    expect(stats.weigh('what if i drop a 400mb video into the dialogue').find((t) => t.term === '400')?.carries).toBe(false);
    expect(terms('besides kazakhstan who praised the dialogue')).not.toContain('besid');
    // "12" of "2011-12" is the year after 2011, which a document may write in full: no word it must say.
    expect(stats.weigh('did trade grow in 2011-12').find((t) => t.term === '12')?.carries).toBe(false);
    expect(stats.weigh('did trade grow on 2011-12-05').find((t) => t.term === '12')?.carries).not.toBe(false);
    expect(stats.weigh("what was her post about").find((t) => t.term === 'post')?.carries).not.toBe(false);
    // A role asked of its owner is the kind of answer ("Secretary General"), not a word it must say.
    expect(stats.weigh("whats greminger's job").find((t) => t.term === 'job')?.carries).toBe(false);
    expect(stats.weigh('how many jobs did trade create').find((t) => t.term === 'job')?.carries).not.toBe(false);
    // Chat's stress asks nothing: "trade grows like crazy" asks about trade; "big time" asks when it ends nothing.
    expect(terms('does trade grow like crazy')).toEqual(['trade', 'grow']);
    // An indefinite pronoun stands for whoever the answer names: the release never says "anyone".
    expect(terms('will anyone praise the dialogue')).toEqual(['prais', 'dialogu']);
    expect(terms('is there a big time difference')).toContain('time');
    // A hyphenated word read as one ("non-trade" as "nontrad") is asked about only where the corpus writes it so.
    expect(terms('was non-trade energy discussed')).toEqual(['non', 'trade', 'energi', 'discuss']);
    // "Money" frames a question of price or refund; a corpus that never says it is not asked for it.
    expect(terms('can i get my money back for the dialogue')).not.toContain('money');
    // A unit of money the corpus never writes frames the amount ("55 quid" is "£55"), as "atm" frames a time.
    expect(terms('is the dialogue still 55 quid atm')).toEqual(['dialogu', '55']);
  });

  it('counts a title once, so its words keep their weight in every chunk', () => {
    // "cooper" is in the title (paragraph 1) and paragraph 4: two chunks of five, not all five.
    expect(stats.frequency('cooper')).toBe(2);
    expect(stats.idf('cooper')).toBeGreaterThan(stats.idf('discuss') - 1e-9);
  });

  it('weighs a name of several words as its rarest word, shared among them', () => {
    const terms = stats.weigh('Which efforts did the Secretary General welcome?');
    const weight = (term: string): number => terms.find((t) => t.term === term)?.weight ?? Number.NaN;
    expect(weight('secretari') + weight('general')).toBeCloseTo(Math.max(stats.idf('secretari'), stats.idf('general')));
    expect(weight('secretari')).toBeCloseTo(weight('general'));
    expect(terms.filter((t) => t.isName).map((t) => t.term)).toEqual(['secretari', 'general']);
  });

  it('takes a word the corpus writes only capitalised, or in capitals, for the corpus\'s name however the asker writes it', async () => {
    const community = doc(
      'Events',
      [
        'Emberjam is our game jam. Join #emberjam, see emberjam.example or mail emberjam@example.com for free Emberjam news.',
        'The OSCE met in Vienna. Every team is welcome. ORIG_HEAD is a file, not a name. Luckily, run it with --verbose.',
        'Welcome to the jam. Teams of four. Tickets for Łódź and the non-existing VERBOSE mode.',
      ].join('\n\n'),
    );
    const stats = await TermStats.build(chunkDocument(community));
    const names = stats.weigh('is there a minimum age for emberjam at the osce in vienna or orig welcome luckily verbose lodz łódź existing').filter((t) => t.namesCorpusName);
    // Handles ("#emberjam", "emberjam.example", "emberjam@…", "--verbose") and "ORIG_HEAD" are not the
    // word in prose; "welcome" is English and written lower case too; "Luckily" only opens a sentence;
    // "existing" is written in lower case after a hyphen.
    // Terms drop accents ("łódź" is "łodz": "ł" is a letter of its own, not an accented "l").
    expect(names.map((t) => t.term)).toEqual(['emberjam', 'osc', 'vienna', 'verbos', 'łodz']);
    // Misspelt, it is still that name.
    expect(stats.weigh('when is emberjamm').find((t) => t.term.startsWith('emberjam'))?.namesCorpusName).toBe(true);
  });

  it('takes capitals that abbreviate a kind of thing ("PhD", "CEO") for no name, however the corpus writes them', async () => {
    const institute = doc('Training', ['Every PhD student spends 20 days at sea.', 'The CEO of Kelpwright and NASA met in Vienna.', 'The Christmas blitz starts at 7 pm.', 'The World War II talks in DC are chaired by Sam.'].join('\n\n'));
    const stats = await TermStats.build(chunkDocument(institute));
    const named = (question: string) => stats.weigh(question).filter((t) => t.isName || t.namesCorpusName).map((t) => t.term);
    expect(named('how many days do phd students get')).toEqual([]);
    expect(named('who is the CEO of Kelpwright')).toEqual(['kelpwright']);
    expect(named('when did nasa meet')).toEqual(['nasa']);
    // A proper noun WordNet knows as a kind ("Christmas") is still one.
    expect(named('when is the christmas blitz')).toEqual(['christma']);
    // Nor a first name the corpus writes in title case ("Sam", not the missile "SAM"), a Roman numeral or a place.
    expect(named('what does sam chair')).toEqual(['sam']);
    expect(named('when were the world war ii talks in dc')).toEqual(['ii', 'dc']);
  });

  it('does not search for the words that ask for the kind of answer ("how old", "how many countries")', () => {
    expect(stats.weigh('how old is the minister').map((t) => t.term)).toEqual(['minist']);
    // "How many *countries*…" names the kind of answer, as "which country" does: "57 States" answers it.
    expect(stats.weigh('how many countries welcomed the minister').map((t) => t.term)).toEqual(['welcom', 'minist']);
    // "Which body…" names the kind of answer too, after one modifier as well.
    expect(stats.weigh('which trade body did the minister welcome').map((t) => t.term)).toEqual(['trade', 'minist', 'welcom']);
  });

  it('asks nothing with a bound ("max", "minimum") the corpus never uses: it says it otherwise', () => {
    expect(stats.weigh('max trade growth').map((t) => t.term)).toEqual(['trade', 'growth']);
    expect(stats.weigh('the minimum energy').map((t) => t.term)).toEqual(['energi']);
  });

  it('reads a chat abbreviation as its meaning too where the corpus also writes the short form ("max" as "maximum")', async () => {
    const notes = doc('Notes', 'Maximum note size raised from 5 MB to 16 MB.\n\nSet max_wal_size higher before loading a dump.');
    const chunks = chunkDocument(notes);
    expect(chunks).toHaveLength(2);
    const both = await TermStats.build(chunks);
    const terms = both.weigh('whats the max size of a note');
    const asked = terms.find((t) => t.term === 'max');
    expect(asked?.inCorpus).toBe(true);
    expect(asked?.alternatives?.map((a) => a.terms)).toEqual([['maximum']]);
    // So the sentence that says it in full holds the whole question, as the one with the short form does not.
    const [said, short] = chunks.map((chunk) => termCoverage(terms, both.termsOf(chunk).sentences[0] ?? new Set()));
    expect(said).toBeGreaterThan(short ?? 1);
  });

  it('reads a short form as itself where the corpus lacks its meaning or writes it only as a name', async () => {
    const lacking = await TermStats.build(chunkDocument(doc('Config', 'Set max_wal_size higher before loading a dump.')));
    expect(lacking.weigh('whats the max size').find((t) => t.term === 'max')?.alternatives).toBeUndefined();
    const named = await TermStats.build(chunkDocument(doc('Club', 'The board is chaired by Max Holt.\n\nThe maximum team size is four.')));
    expect(named.weigh('who is max').find((t) => t.term === 'max')?.alternatives).toBeUndefined();
  });

  it('reads a short form the corpus writes only in capitals, as a label, as its meaning too ("SUBS" beside "subscription")', async () => {
    const club = await TermStats.build(chunkDocument(doc('Membership', 'The annual subscription is £48.\n\nPay by bank transfer using the reference SUBS followed by your surname.')));
    const subs = club.weigh('how much are subs this year').find((t) => t.term === 'sub');
    expect(subs?.inCorpus).toBe(true);
    expect(subs?.alternatives?.map((a) => a.terms)).toEqual([['subscript']]);
  });

  it('reads a short form written in capitals more often than its meaning as a name: "the MAX plan" is no maximum', async () => {
    const plans = await TermStats.build(chunkDocument(doc('Plans', 'Files are kept for a maximum of 30 days on Basic.\n\nThe MAX plan allows up to 50 users.\n\nMAX includes priority support.')));
    expect(plans.weigh('how long are files kept on max').find((t) => t.term === 'max')?.alternatives).toBeUndefined();
  });

  it('asks nothing with a word that only places the asking in time or hedges an amount, where the corpus lacks it', () => {
    const terms = (question: string) => stats.weigh(question).map((t) => t.term);
    expect(terms('i met the minister yesterday, who praised the dialogue')).not.toContain('yesterday');
    expect(terms('what if trade grew for a few years')).not.toContain('few');
    expect(terms('has energy been discussed recently')).toEqual(['energi', 'discuss']);
    expect(terms('was trade discussed a couple of times')).not.toContain('coupl');
    // Not a couple's or an auction's lots, which are asked about.
    expect(terms('is the couple membership cheaper')).toContain('coupl');
    expect(terms('how many lots were discussed')).toContain('lot');
  });

  it('keeps the terms of each sentence of each chunk', () => {
    const second = chunkDocument(release)[1] as Chunk;
    const terms = stats.termsOf(second);
    expect(terms.sentences).toHaveLength(2);
    expect([...(terms.sentences[0] ?? [])]).toEqual(['secretari', 'general', 'meet', 'minist']);
    expect(terms.passage.has('welcom')).toBe(true); // from the title
  });

  it('tells words that point at the document itself from words of its content', async () => {
    expect(stats.documentReferences('When was this release published?')).toEqual(['releas', 'publish']);
    expect(stats.documentReferences('Please give me a summary of the press release')).toEqual(['summari', 'press', 'releas']);
    expect(stats.documentReferences('when was this press release put out')).toEqual(['press', 'releas', 'put']);
    const withIssues = await TermStats.build(chunkDocument(doc('Trade', 'Trade issues were discussed.')));
    // "issued" counts as pointing at the document only beside a noun that names it.
    expect(withIssues.documentReferences('Where was the release issued?')).toEqual(['releas', 'issu']);
    expect(withIssues.documentReferences('What was issued?')).toEqual([]);
    const releaseNotes = await TermStats.build(chunkDocument(doc('Notes', 'The 2.0 release adds plugins.')));
    expect(releaseNotes.documentReferences('What does the release add?')).toEqual([]);
    expect(releaseNotes.weigh('What does the release add?').map((t) => t.term)).toEqual(['releas', 'add']);
    // "the press release" points at the document as a whole, even where other documents say "press" and "release".
    const manual = await TermStats.build(chunkDocument(doc('Git manual', 'Press Enter to tag a release. The release is issued.')));
    expect(manual.documentReferences('In which city was the press release issued?')).toEqual(['press', 'releas', 'issu']);
  });
});

describe('TermStats.within', () => {
  it('weighs a question within some documents exactly as a corpus of those documents alone would', async () => {
    const manual = doc('Database manual', [
      'Database manual',
      'The population of a table grows. A minister of the database is its administrator.',
      'Cooperation between processes uses locks. The general rule is one writer.',
    ].join('\n\n'));
    const releaseChunks = chunkDocument(release);
    const mixed = await TermStats.build([...releaseChunks, ...chunkDocument(manual)]);
    const alone = await TermStats.build(releaseChunks);
    const narrowed = await mixed.within(releaseChunks);
    for (const question of ['What did the Secretary General say about cooperation?', 'What is the population of the minister?']) {
      expect(narrowed.weigh(question)).toEqual(alone.weigh(question));
      expect(mixed.weigh(question)).not.toEqual(alone.weigh(question));
    }
    expect(narrowed.frequency('popul')).toBe(0);
    expect(mixed.frequency('popul')).toBe(1);
  });
});
