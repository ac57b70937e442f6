import { describe, expect, it } from 'vitest';
import { composeAnswer } from '../../src/answer/index.js';
import { shorten } from '../../src/core/index.js';
import type { Passage, WeightedTerm } from '../../src/core/index.js';
import { passageOf, plainTerms } from '../support/passages.js';

const passage = (id: string, sentences: string[], score: number): Passage => passageOf(sentences, { id, score });

const terms = plainTerms;

describe('composeAnswer', () => {
  const passages = [
    passage('a', ['The parser shipped in March.', 'Nobody liked the logo.'], 1),
    passage('b', ['The cache shipped in May.'], 0.9),
    passage('c', ['Unrelated words here.'], 0.5),
  ];

  it('copies whole sentences from the passages, each followed by its citation number', () => {
    const answer = composeAnswer('question', terms('parser', 'cach', 'ship'), passages, false);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toBe('The parser shipped in March. [1] The cache shipped in May. [2]');
    expect(answer.citations.map((c) => [c.n, c.passage.chunk.id, c.quote])).toEqual([
      [1, 'a', 'The parser shipped in March.'],
      [2, 'b', 'The cache shipped in May.'],
    ]);
    // Every sentence of the answer is a sentence of the passage it cites.
    for (const [, sentence, n] of answer.text.matchAll(/(.+?) \[(\d)\]\s*/gu)) {
      const cited = answer.citations.find((c) => c.n === Number(n));
      expect(cited?.passage.chunk.text).toContain(sentence);
    }
  });

  it('abstains with the closest passages as related when told to, or when no sentence shares a term', () => {
    for (const answer of [composeAnswer('question', terms('parser'), passages, true), composeAnswer('question', terms('zebra'), passages, false)]) {
      expect(answer.abstained).toBe(true);
      expect(answer.text).toMatch(/does not seem to answer/u);
      expect(answer.citations.map((c) => c.n)).toEqual([1, 2, 3]);
    }
  });

  it('names the question words the corpus never mentions when abstaining', () => {
    const unknown: WeightedTerm[] = [{ term: 'popul', weight: 3, inCorpus: false, isName: false }, { term: 'kazakhstan', weight: 0.3, inCorpus: true, isName: true }];
    expect(composeAnswer('What is the population of Kazakhstan?', unknown, passages, true).text).toBe('The release does not seem to answer that: it never mentions “population”.');
  });

  it('names a quoted word without its quotes', () => {
    const quoted: WeightedTerm[] = [{ term: 'unicodedecodeerror', weight: 3, inCorpus: false, isName: false }];
    expect(composeAnswer("What does 'UnicodeDecodeError' mean?", quoted, passages, true).text).toBe('The release does not seem to answer that: it never mentions “UnicodeDecodeError”.');
  });

  it('answers a question that asks for a name with the sentences that hold one, when some address it', () => {
    const attributed = [
      passage('a', ['The parser cache was deprecated in the parser module.'], 1),
      passage('b', ['The parser cache was written by Ada Lovelace.'], 0.8),
    ];
    const answer = composeAnswer('who wrote the parser cache?', terms('parser', 'cach', 'writ'), attributed, false);
    expect(answer.text).toBe('The parser cache was written by Ada Lovelace. [1]');
    expect(answer.citations.map((c) => c.passage.chunk.id)).toEqual(['b']);
  });

  it('answers "why" with the sentence after a rule, which explains it, and the reason after another sentence', () => {
    const rules = [
      passage('a', ['Direct messages to the moderators are not allowed on the server.', 'Staff never read them and nobody else can see them.'], 1),
      passage('b', ['Ember wheat grows for five days now.', 'Growth was slowed so that other crops can compete.'], 0.9),
    ];
    const rule = composeAnswer("why can't i send direct messages to the moderators?", terms('direct', 'messag', 'moder'), rules, false);
    expect(rule.text).toBe('Direct messages to the moderators are not allowed on the server. [1] Staff never read them and nobody else can see them. [1]');
    const reason = composeAnswer('why does ember wheat grow for so long?', terms('ember', 'wheat', 'grow'), rules, false);
    expect(reason.text).toBe('Ember wheat grows for five days now. [1] Growth was slowed so that other crops can compete. [1]');
    expect(composeAnswer('does ember wheat grow for long?', terms('ember', 'wheat', 'grow'), rules, false).text).toBe('Ember wheat grows for five days now. [1]');
    // Not a question that asks why.
    expect(composeAnswer('can i send direct messages to the moderators?', terms('direct', 'messag', 'moder'), rules, false).text).not.toContain('nobody else');
  });

  it('answers which version made a change with the heading of the section that lists it, named once', () => {
    const notes = (headings: string[], sentences: string[], id: string, score: number): Passage => {
      const base = passageOf(sentences, { id, score });
      return { ...base, chunk: { ...base.chunk, title: 'NEWS', heading: headings.at(-1), headings } };
    };
    const news = [
      notes(['Changes from 5.6.2 to 5.7.1'], ['Support for 24-bit true color terminals has been added.', 'Hex triplets can be used for colours.'], 'a', 1),
      notes(['Changes from 5.5 to 5.6'], ['The colour module was rewritten.'], 'b', 0.6),
    ];
    const asked = terms('24', 'bit', 'true', 'color', 'termin');
    const answer = composeAnswer('since which version does zsh support 24 bit true color terminals?', asked, news, false);
    expect(answer.text).toBe('Under “Changes from 5.6.2 to 5.7.1”: Support for 24-bit true color terminals has been added. [1]');
    // The citation quotes the passage's own words.
    expect(answer.citations[0]?.quote).toBe('Support for 24-bit true color terminals has been added.');
    // A sentence that says the version itself goes before one dated only by its heading.
    const said = [news[0] as Passage, notes(['Changes from 5.7.1 to 5.8'], ['24-bit true color terminals work since 5.8.'], 'c', 0.9)];
    expect(composeAnswer('since which version does zsh support 24 bit true color terminals?', asked, said, false).text).toBe('24-bit true color terminals work since 5.8. [1]');
    // A question that asks for no version is answered by the sentence alone.
    expect(composeAnswer('do 24 bit true color terminals work?', asked, news, false).text).toBe('Support for 24-bit true color terminals has been added. [1]');
  });

  it("quotes a table's row with its column headers, not the whole table", () => {
    const table = passage('t', ['| Role | Name |\n|---|---|', '| President | Margaret Okonkwo |', '| Treasurer | Priya Raman |', '| Welfare Officer |  |'], 1);
    const answer = composeAnswer('Who is the treasurer?', terms('treasur'), [table], false);
    expect(answer.text).toBe('Role: Treasurer · Name: Priya Raman [1]');
    expect(answer.citations[0]?.quote).toBe('Role: Treasurer · Name: Priya Raman');
    // An empty cell is left out.
    expect(composeAnswer('Which role is welfare?', terms('welfar'), [table], false).text).toBe('Role: Welfare Officer [1]');
  });

  it("lists a table's rows that answer alike, four to a sentence, never its header row alone", () => {
    const items = ['Headphones', 'Carry case', 'USB-C cable', 'Audio cable', 'Quick start guide', 'Sticker'];
    const box = passage('box', ['| Item | Detail |\n|---|---|', ...items.map((item) => `| ${item} | **1** |`)], 1);
    const answer = composeAnswer("What's in the box?", terms('item'), [box], false);
    expect(answer.text).toBe(items.map((item) => `Item: ${item} · Detail: 1 [1]`).join(' '));
  });

  it('uses at most three sentences', () => {
    const many = Array.from({ length: 6 }, (_, i) => passage(`p${i}`, [`Alpha beta number ${i}.`], 1));
    expect(composeAnswer('question', terms('alpha', 'beta'), many, false, { passagesUsed: 6 }).text.match(/\[\d\]/gu)).toHaveLength(3);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
