import { describe, expect, it } from 'vitest';
import { expectedAnswer, readSentences, readingSpans, readingTerms, typedAnswers } from '../../src/language/index.js';
import type { WeightedTerm } from '../../src/core/index.js';
import { passageOf, plainTerms } from '../support/passages.js';

describe('readingSpans', () => {
  it('reads a sentence that leans on the one before together with it', () => {
    const text = 'Moderators manage the server. They can re-index. The index is local. “This is fast,” he said.';
    const starts = [0, 30, 49, 69];
    const sentences = starts.map((start, i) => ({ start, end: (starts[i + 1] ?? text.length + 1) - 1 }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read).toEqual([
      'Moderators manage the server.',
      'Moderators manage the server. They can re-index.',
      'The index is local.',
      'The index is local. “This is fast,” he said.',
    ]);
  });

  it('reads a question with its marked reply, and the rest of the reply under the question', () => {
    const parts = ['Q: I lost my keycard!', 'A: Tell the secretary so the card can be blocked.', 'A replacement costs £15.', 'See How do I pay? for details.', 'Doors open at 9.'];
    const { chunk } = passageOf(parts);
    const read = readingSpans(chunk).map(({ start, end }) => chunk.text.slice(start, end));
    expect(read).toEqual([`${parts[0]} ${parts[1]}`, `${parts[0]} ${parts[1]}`, parts[2], parts[3], parts[4]]);
    const terms = readingTerms(chunk);
    expect(terms[2]?.has('keycard')).toBe(true); // "A replacement costs £15" answers the keycard question
    // A question in prose, with no marked reply, is no exchange: "Doors open at 9" is not about paying.
    const next = passageOf(['Q: How do I reset my password?', 'A: Click the reset link.', 'Q: How do I cancel?', 'Email the secretary.']).chunk;
    expect(readingTerms(next)[3]?.has('password')).toBe(false); // a new question ends the reply
    expect(terms[4]?.has('pay')).toBe(false);
  });

  it("reads a table's rows under its header row, and no row under another table's", () => {
    const parts = ['| Role | Name |\n|---|---|', '| Treasurer | Priya Raman |', '| Secretary | Dan Fair |', 'Fees are due in May.', '| Lunch | Soup |'];
    const { chunk } = passageOf(parts);
    const terms = readingTerms(chunk);
    expect(terms[1]?.has('role')).toBe(true); // "who has the treasurer role?"
    expect(terms[2]?.has('name')).toBe(true);
    expect(terms[3]?.has('role')).toBe(false); // prose after the table
    expect(terms[4]?.has('role')).toBe(false); // a table without a header row is under none
  });

  it('reads a price or number that goes on the same line with the sentence before it', () => {
    const text = '- Beginner Welding with Ruth. £55, 4 places.\n- 12 June: Hackathon.';
    const sentences = [{ start: 2, end: 29 }, { start: 30, end: 44 }, { start: 47, end: text.length }];
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read).toEqual(['Beginner Welding with Ruth.', 'Beginner Welding with Ruth. £55, 4 places.', '12 June: Hackathon.']);
  });

  it('reads an aside with its whole line, and an aside split over two sentences as one', () => {
    const text = '- `tomllib`: For parsing TOML. See PEP 680. (Contributed by Taneli Hukkinen.)\nThe parser is fast.\n\n(Contributed by Ken Jin. PEP written by Eric Traut.)';
    const parts = ['`tomllib`: For parsing TOML.', 'See PEP 680.', '(Contributed by Taneli Hukkinen.)', 'The parser is fast.', '(Contributed by Ken Jin.', 'PEP written by Eric Traut.)'];
    const sentences = parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read[2]).toBe('`tomllib`: For parsing TOML. See PEP 680. (Contributed by Taneli Hukkinen.)');
    expect(read[4]).toBe('The parser is fast.\n\n(Contributed by Ken Jin.');
    expect(read[5]).toBe('The parser is fast.\n\n(Contributed by Ken Jin. PEP written by Eric Traut.)');
  });

  it('reads an aside after a code block with the sentence that announced the block', () => {
    const text = 'The interpreter offers suggestions of similar names when the exception was raised from:\n\n```python\n>>> schwarschild_black_hole\nNameError: Did you mean: schwarzschild_black_hole?\n```\n\n(Contributed by Pablo Galindo in bpo-38530.)';
    const parts = ['The interpreter offers suggestions of similar names when the exception was raised from:', '```python\n>>> schwarschild_black_hole\nNameError: Did you mean: schwarzschild_black_hole?\n```', '(Contributed by Pablo Galindo in bpo-38530.)'];
    const sentences = parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read[2]).toBe(text);
    // After a list announced the same way, an aside is on the last item only.
    const list = 'New options:\n- `--fast` skips checks.\n- `--slow` adds checks. (Contributed by Bob Stone.)';
    const items = ['New options:', '- `--fast` skips checks.', '- `--slow` adds checks.', '(Contributed by Bob Stone.)'];
    const itemSpans = items.map((part) => ({ start: list.indexOf(part), end: list.indexOf(part) + part.length }));
    const readList = readingSpans({ text: list, sentences: itemSpans }).map(({ start, end }) => list.slice(start, end));
    expect(readList[3]).toBe('- `--slow` adds checks. (Contributed by Bob Stone.)');
  });

  it("reads a list item's later sentences with its first when that is a short label", () => {
    const text = '- **Weekend**: £18 per month. Access on Saturdays from 10:00 only.\n- The laser cutter has a 60 W tube and a 600 x 400 mm bed. It needs an induction.';
    const parts = ['- **Weekend**: £18 per month.', 'Access on Saturdays from 10:00 only.', '- The laser cutter has a 60 W tube and a 600 x 400 mm bed.', 'It needs an induction.'];
    const sentences = parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read[1]).toBe(`${parts[0]} ${parts[1]}`);
    expect(read[3]).toBe(`${parts[2]} ${parts[3]}`); // by its pronoun, not as a label
  });

  it('reads a sentence that says "this …" in its first words, or opens with "However", with the one before', () => {
    const parts = ['A continue was illegal in finally.', 'In Python 3.8 this restriction was lifted.', 'Sorting is the default.', 'However, keys keep their order if asked.', 'The release notes list every change in this version.'];
    const { chunk } = passageOf(parts);
    const read = readingSpans(chunk).map(({ start, end }) => chunk.text.slice(start, end));
    expect(read).toEqual([
      parts[0],
      `${parts[0]} ${parts[1]}`,
      parts[2],
      `${parts[2]} ${parts[3]}`,
      parts[4], // "this" far into the sentence points nowhere back
    ]);
  });

  it('reads a sentence wholly in parentheses (an attribution, a pointer) with the one before', () => {
    const parts = ['Add `itertools.pairwise()`.', '(Contributed by Raymond Hettinger in bpo-38200.)', 'The parser (see PEP 617) is new.'];
    const { chunk } = passageOf(parts);
    const read = readingSpans(chunk).map(({ start, end }) => chunk.text.slice(start, end));
    expect(read).toEqual([parts[0], `${parts[0]} ${parts[1]}`, parts[2]]);
  });

  it('reads a note in square brackets with what it notes, as NEWS files write them; not a bracketed date that opens a post', () => {
    const text =
      '  mv no longer causes data loss when a source directory is also the destination.\n  [bug introduced in coreutils-8.24]\n\nThe shell source has a work-around. [ Reported by RyotaK.\nAdditional thanks to Marc. ]\n\n[2026-11-10] posted by @h_ashdown Alice is taking a break.';
    const parts = ['mv no longer causes data loss when a source directory is also the destination.', '[bug introduced in coreutils-8.24]', 'The shell source has a work-around.', '[ Reported by RyotaK.', 'Additional thanks to Marc. ]', '[2026-11-10] posted by @h_ashdown Alice is taking a break.'];
    const sentences = parts.map((part) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length }));
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read).toEqual([
      parts[0],
      `${parts[0]}\n  ${parts[1]}`,
      parts[2],
      `${parts[2]} ${parts[3]}`,
      `${parts[2]} ${parts[3]}\n${parts[4]}`,
      parts[5],
    ]);
  });

  it('reads no aside from a square bracket that is code or an interval', () => {
    const parts = ['The `[` command is a synonym for test.', 'The help pages explain more.', 'randrange chooses an integer in the range [a, b).', 'Bind it to ESC-[.', 'Insert a comment.'];
    const { chunk } = passageOf(parts);
    const read = readingSpans(chunk).map(({ start, end }) => chunk.text.slice(start, end));
    expect(read).toEqual(parts);
  });

  it('reads a sentence under a caption line with the caption', () => {
    const text = '**PEP 615 – Support for the IANA Time Zone Database**\n\nPEP written and implemented by Paul Ganssle.';
    const caption = '**PEP 615 – Support for the IANA Time Zone Database**';
    const sentences = [{ start: 0, end: caption.length }, { start: caption.length + 2, end: text.length }];
    const read = readingSpans({ text, sentences }).map(({ start, end }) => text.slice(start, end));
    expect(read).toEqual([caption, text]);
  });

  it('reads a sentence that ends with a colon with the list or code it announces, else with the next sentence', () => {
    const parts = ['The motivation is multifold:', '1. It is simpler.', '2. Passing it is error-prone.', 'Note that the old API stays.', 'In short:', 'Nothing changes.'];
    const { chunk } = passageOf(parts);
    const read = readingSpans(chunk).map(({ start, end }) => chunk.text.slice(start, end));
    expect(read).toEqual([
      parts.slice(0, 3).join(' '),
      parts[1],
      parts[2],
      parts[3],
      `${parts[4]} ${parts[5]}`,
      parts[5],
    ]);
  });
});

describe('typedAnswers', () => {
  const passage = passageOf(['Update 1.4 is our biggest update.', 'Release date: Tuesday, October 20, 2026.']);
  const asksFor = expectedAnswer('what day did 1.4 come out');
  const read = (terms: WeightedTerm[]) => readSentences([passage], terms, asksFor, (p) => readingTerms(p.chunk));

  it('takes every sentence of the type as addressing a question with no word to search for', () => {
    expect(typedAnswers(read([]), []).map((s) => s.text)).toEqual(['Release date: Tuesday, October 20, 2026.']);
  });

  it('needs a sentence of the type to hold the words searched for, when there are some', () => {
    const terms: WeightedTerm[] = [{ term: 'biggest', weight: 1, inCorpus: true, isName: false }];
    expect(typedAnswers(read(terms), terms)).toEqual([]);
  });

  it('does not weigh a word naming the kind of answer: the answer says it instead', () => {
    const course = passageOf(['To pass you must score 40% on the final exam, whatever your overall total.', 'There are 25 lectures and 10 graded labs.']);
    const question = 'how many lectures r there in total';
    const terms: WeightedTerm[] = [
      { term: 'lectur', weight: 1.3, inCorpus: true, isName: false, written: { word: 'lectures', followedBy: 'r' } },
      { term: 'total', weight: 4.2, inCorpus: true, isName: false, carries: false, written: { word: 'total', followedBy: undefined } },
    ];
    const counted = expectedAnswer(question);
    const sentences = readSentences([course], terms, counted, (p) => readingTerms(p.chunk));
    expect(typedAnswers(sentences, terms, counted).map((s) => s.text)).toEqual(['There are 25 lectures and 10 graded labs.']);
    // Weighed with the word, the sentence that only says "total" holds more of the question.
    expect(typedAnswers(sentences, terms)).toEqual([]);
  });
});

describe('readSentences: a change dated by its section', () => {
  const base = passageOf(['Support for 24-bit true color terminals has been added.', 'Prompts can be coloured too.']);
  const news = { ...base, chunk: { ...base.chunk, title: 'NEWS', heading: 'Changes from 5.6.2 to 5.7.1', headings: ['Changes from 5.6.2 to 5.7.1'] } };
  const terms = plainTerms;
  const read = (question: string, asked: WeightedTerm[]) => readSentences([news], asked, expectedAnswer(question), (p) => readingTerms(p.chunk));

  it('takes the version of the section a sentence is listed under as what a version question asks for', () => {
    const [first] = read('since which version does zsh support true color terminals?', terms('support', 'true', 'color', 'termin'));
    expect(first).toMatchObject({ typed: true, section: 'Changes from 5.6.2 to 5.7.1' });
  });

  it('not for a sentence that holds less than half of the question, nor a question that asks for no version', () => {
    const sharing = read('since which version are prompts coloured by theme files in the editor?', terms('prompt', 'colour', 'theme', 'file', 'editor'));
    expect(sharing.map((s) => s.typed)).toEqual([false, false]);
    const [plain] = read('does zsh support true color terminals?', terms('support', 'true', 'color', 'termin'));
    expect(plain).toMatchObject({ typed: false });
    expect(plain?.section).toBeUndefined();
  });
});
