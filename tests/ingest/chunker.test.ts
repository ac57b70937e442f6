import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/index.js';
import { chunkDocument, loadCorpus, sha256, splitSentences } from '../../src/ingest/index.js';
import { splitParagraphs } from '../../src/ingest/chunker.js';
import { RELEASE_CORPUS } from '../support/fs.js';

const doc = (text: string, id = 'doc.txt'): Document => ({ id, title: 't', date: undefined, text, contentHash: sha256(text) });

const word = fc.stringMatching(/^[a-z]{1,12}$/u);
const sentence = fc
  .tuple(fc.constantFrom('', 'Mr. ', 'Dr. ', 'The '), fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '!', '?'))
  .map(([prefix, words, end]) => `${prefix}${words.join(' ')}${end}`.replace(/^./u, (c) => c.toUpperCase()));
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 12 }).map((sentences) => sentences.join(' '));
const documentText = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((paragraphs) => paragraphs.join('\n\n'));

describe('splitSentences', () => {
  // [what it shows, text, its sentences]
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['keeps "Mr." with the name that follows', 'Mr. Atamkulov noted it. Mr. Greminger agreed, e.g. on the U.S. view.', [
      'Mr. Atamkulov noted it.',
      'Mr. Greminger agreed, e.g. on the U.S. view.',
    ]],
    // A handbook: sbd alone cut this into "…downloaded .deb" / "file in … archives/. In" / "case of…".
    ['does not lose its place at a word that opens with a full stop', 'APT keeps each downloaded .deb file in /var/cache/apt/archives/. In case of updates, clean ~/.bashrc too. Then log in.', [
      'APT keeps each downloaded .deb file in /var/cache/apt/archives/.',
      'In case of updates, clean ~/.bashrc too.',
      'Then log in.',
    ]],
    // zsh's README: sbd alone cut this into "Doc/Zsh/*." / "yo The master … yodl. Yodl" / "is a document…".
    ['does not lose its place at a file pattern', 'Doc/Zsh/*.yo\tThe master source is written in\n\t\tyodl.  Yodl is a document language written by Karel Kubat.', [
      'Doc/Zsh/*.yo\tThe master source is written in\n\t\tyodl.',
      'Yodl is a document language written by Karel Kubat.',
    ]],
    // Release notes: sbd alone cut this into "…itemgetter()`" / "by 33%. Optimized" / "argument…".
    ['does not lose its place at a full stop inside a word, and ends a sentence after an aside',
      'Improved performance of `operator.itemgetter()` by 33%. Optimized argument handling in 3.9.1 and config.json. (Contributed by Raymond Hettinger in bpo-35664.) Added a fast path.', [
        'Improved performance of `operator.itemgetter()` by 33%.',
        'Optimized argument handling in 3.9.1 and config.json.',
        '(Contributed by Raymond Hettinger in bpo-35664.)',
        'Added a fast path.',
      ]],
    // What's New in Python 3.9: sbd alone cut this into "…`collections." / "UserString` methods…" and lost its place.
    ['does not lose its place at a full stop before a capital inside a word',
      'Corresponding `bytes` and `collections.UserString` methods have also been added. See PEP 616 for a full description. (Contributed by Dennis Sweeney.)', [
        'Corresponding `bytes` and `collections.UserString` methods have also been added.',
        'See PEP 616 for a full description.',
        '(Contributed by Dennis Sweeney.)',
      ]],
    ['keeps an aside of two sentences whole, but not an unclosed parenthesis',
      'The dict is compact. (Contributed by INADA Naoki in bpo-27350. Idea suggested by Raymond Hettinger.) A stray ( here. Then more.', [
        'The dict is compact.',
        '(Contributed by INADA Naoki in bpo-27350. Idea suggested by Raymond Hettinger.)',
        'A stray ( here.',
        'Then more.',
      ]],
    ['reads a fenced code block as one sentence, blank lines and full stops included', 'Use this:\n```python\nx = 1. y\n\nprint(x). done\n```\nThen run it. It works.', [
      'Use this:',
      '```python\nx = 1. y\n\nprint(x). done\n```',
      'Then run it.',
      'It works.',
    ]],
    ['opens no code block at a fence that never closes', 'Install it:\n```\nUsage here. More text.', ['Install it:\n```\nUsage here.', 'More text.']],
    ['does not take a number that starts a hard-wrapped line for a list item', 'The vote was held on May\n7. Then they left.', ['The vote was held on May\n7.', 'Then they left.']],
    ['reads each list item as a sentence, with or without a full stop', 'Changes:\n- Added the `property()` helper\n- Removed `time.clock()`\n1. First step\n2. Second step.', [
      'Changes:',
      '- Added the `property()` helper',
      '- Removed `time.clock()`',
      '1. First step',
      '2. Second step.',
    ]],
    ['reads each row of a pipe table as a sentence, never split at a full stop, the rule with the header row',
      'Office hours:\n| Person | When |\n|---|:---:|\n| Dr. Amara Osei | Tue. 13:00. Room 3 |\n| Prof. Lee | Fri. 11:00 |\nA lone | pipe | line is prose. So is this.', [
        'Office hours:',
        '| Person | When |\n|---|:---:|',
        '| Dr. Amara Osei | Tue. 13:00. Room 3 |',
        '| Prof. Lee | Fri. 11:00 |',
        'A lone | pipe | line is prose.',
        'So is this.',
      ]],
  ];
  for (const [shows, text, sentences] of cases) {
    it(shows, () => {
      expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(sentences);
    });
  }

  it('does not end a paragraph at a blank line inside a fenced code block', () => {
    const text = 'Use this:\n\n```\na\n\nb\n```\n\nThen.';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['Use this:', '```\na\n\nb\n```', 'Then.']);
  });
});

describe('chunkDocument', () => {
  it('chunks the release by paragraph, with "Mr." sentences whole', async () => {
    const { documents } = await loadCorpus(RELEASE_CORPUS);
    const release = documents[0] as Document;
    const chunks = chunkDocument(release);
    expect(chunks).toHaveLength(16);
    expect(chunks.map((c) => c.location.paragraph)).toEqual([...Array(16).keys()].map((i) => i + 1));
    expect(chunks.find((c) => c.text.startsWith('Mr. Atamkulov noted'))).toBeDefined();
    expect(chunks.find((c) => c.text.startsWith('Mr. Greminger expressed'))).toBeDefined();
    for (const chunk of chunks) {
      expect(release.text.slice(chunk.location.start, chunk.location.end)).toBe(chunk.text);
      expect(chunk.text).not.toMatch(/Mr\.$/u);
    }
  });

  it('gives stable content-hash ids that change only with the text', () => {
    const a = chunkDocument(doc('One. Two.\n\nThree.'));
    const b = chunkDocument(doc('One. Two.\n\nThree changed.'));
    expect(chunkDocument(doc('One. Two.\n\nThree.')).map((c) => c.id)).toEqual(a.map((c) => c.id));
    expect(b[0]?.id).toBe(a[0]?.id);
    expect(b[1]?.id).not.toBe(a[1]?.id);
  });

  it('uses Markdown headings as context, not as chunks', () => {
    const chunks = chunkDocument(doc('# Title\n\nIntro text.\n\n## Setup\n\nRun it.', 'a.md'));
    expect(chunks.map((c) => [c.heading, c.text])).toEqual([
      ['Title', 'Intro text.'],
      ['Setup', 'Run it.'],
    ]);
  });

  it('reads a line underlined with "=" or "-" as a heading, as plain-text NEWS files write them, not a divider', () => {
    const text = 'Zsh NEWS\n========\n\nChanges from 5.6.2 to 5.7.1\n---------------------------\n\nSupport for 24-bit colour has been added.\n\nShort\n--------------------\n\n- a list item\n---\n\nThe end.';
    const chunks = chunkDocument(doc(text, 'NEWS.txt'));
    expect(chunks.map((c) => [c.heading, c.text])).toEqual([
      ['Changes from 5.6.2 to 5.7.1', 'Support for 24-bit colour has been added.'],
      ['Short', '- a list item\n---'],
      ['Short', 'The end.'],
    ]);
    expect(chunks[0]?.headings).toEqual(['Zsh NEWS', 'Changes from 5.6.2 to 5.7.1']);
  });

  it("reads a release's label line in plain-text NEWS as the heading of what follows it", () => {
    const text = [
      '* Changes in Wget 1.19.5',
      '* Fix cookie injection (CVE-2018-0494)',
      '* Support OpenSSL 1.1 builds without deprecated features',
      '* Changes in Wget 1.19.4',
      '* A major bug that caused GZip pages to never be decompressed has been fixed',
      '* Noteworthy changes in release 3.8 (2021-08-01) [stable]',
      '  cmp, diff and sdiff no longer treat negative arguments as large numbers.',
    ].join('\n\n');
    const chunks = chunkDocument({ ...doc(text, 'NEWS.txt'), title: '* Changes in Wget 1.19.5' });
    expect(chunks.map((c) => [c.heading, c.text.split('\n')[0]])).toEqual([
      // "OpenSSL 1.1" is no release of Wget: an item, listed with the one before.
      ['Changes in Wget 1.19.5', '* Fix cookie injection (CVE-2018-0494)'],
      ['Changes in Wget 1.19.4', '* A major bug that caused GZip pages to never be decompressed has been fixed'],
      ['Noteworthy changes in release 3.8 (2021-08-01) [stable]', 'cmp, diff and sdiff no longer treat negative arguments as large numbers.'],
    ]);
    expect(chunks[0]?.text).toContain('OpenSSL 1.1');
    expect(chunks[1]?.text).toContain('GZip');
  });

  it('takes no sentence, time, requirement, figure, list of versions or lone version line for a release label', () => {
    const title = 'Acme NEWS';
    const lines = (...paragraphs: string[]) => chunkDocument({ ...doc(paragraphs.join('\n\n'), 'NEWS.txt'), title }).map((c) => c.heading);
    const none = (headings: (string | undefined)[]) => headings.every((heading) => heading === undefined);
    expect(none(lines('- libfoo version 1.2', '- libbar version 2.0', '- libbaz version 3.1'))).toBe(true);
    expect(none(lines('Acme 1.9.1 is a bugfix release with no user-visible changes.', 'It fixes a crash.', 'The club opens at 18.30', 'Doors close at 22.30', 'Require gettext version 0.19.3', 'Changes follow.'))).toBe(true);
    expect(none(lines('47.49000000000000198951966012828052043914794921875', 'That number is close.', '47.4899999999999948840923025272786617279052734375', 'Too small.'))).toBe(true);
    // One label alone is the document's own version, not one of its releases.
    expect(none(lines('Changes in version 1.9', 'Ratified in 2022.', '1. Introduction.'))).toBe(true);
    expect(none(lines('Changes in version 1.9', 'Ratified in 2022.', 'Changes in version 2.0', 'Amended.'))).toBe(false);
  });

  it('keeps every heading above a chunk, outermost first, going back up a level and across skipped ones', () => {
    const text = '# Changelog\n\n## 2.4.0\n\n### Added\n\n- A dry run.\n\n## 2.3.0\n\nFixes.\n\n#### Deep\n\nDetail.';
    const chunks = chunkDocument(doc(text, 'CHANGELOG.md'));
    expect(chunks.map((c) => [c.heading, c.headings])).toEqual([
      ['Added', ['Changelog', '2.4.0', 'Added']],
      ['2.3.0', ['Changelog', '2.3.0']],
      ['Deep', ['Changelog', '2.3.0', 'Deep']],
    ]);
  });

  it('chunks a paragraph that ends with a colon together with what it announces, not across a heading', () => {
    const text = 'The motivation is multifold:\n\n1. It is simpler.\n2. It is error-prone otherwise.\n\nUnrelated paragraph.\n\nTo do it:\n\n# Next section\n\nBody.';
    const chunks = chunkDocument(doc(text, 'a.md'));
    expect(chunks.map((c) => c.text)).toEqual([
      'The motivation is multifold:\n\n1. It is simpler.\n2. It is error-prone otherwise.',
      'Unrelated paragraph.',
      'To do it:',
      'Body.',
    ]);
    expect(chunks[0]?.sentences.map(({ start, end }) => chunks[0]?.text.slice(start, end))).toEqual(['The motivation is multifold:', '1. It is simpler.', '2. It is error-prone otherwise.']);
    // Where both do not fit in one chunk, each paragraph keeps its own chunks and number.
    const long = `Run this:\n\n${'Another sentence of the long paragraph. '.repeat(25).trim()}`;
    const apart = chunkDocument(doc(long, 'b.md'));
    expect(apart[0]?.text).toBe('Run this:');
    expect(apart.slice(1).every((chunk) => chunk.location.paragraph === 2)).toBe(true);
  });

  it('chunks a caption with the paragraph it names, never the document title nor across a heading', () => {
    const text = 'Maintenance and Updates\n\nAPT installs packages.\n\n**Warning**\n\nDo not mix releases.\n\nNOTE dpkg or apt?\n\nBoth work.\n\nVOCABULARY Package source\n\n# Syntax\n\nEach line is a source.';
    expect(chunkDocument(doc(text, 'a.md')).map((c) => c.text)).toEqual([
      'Maintenance and Updates',
      'APT installs packages.',
      '**Warning**\n\nDo not mix releases.',
      'NOTE dpkg or apt?\n\nBoth work.',
      'VOCABULARY Package source',
      'Each line is a source.',
    ]);
    // Two captions in a row name the same paragraph; an attribution in parentheses belongs to what
    // came before, and is chunked with it; entries of a list that open alike are not each other's captions.
    expect(chunkDocument(doc('Title\n\nNOTE\n\nMixing releases\n\nDo not.', 'b.md')).map((c) => c.text)).toEqual(['Title', 'NOTE\n\nMixing releases\n\nDo not.']);
    expect(chunkDocument(doc('Title\n\nAdded a cache.\n\n(Contributed by Carl Meyer)\n\nAdded a dispatcher.', 'c.md')).map((c) => c.text)).toEqual([
      'Title', 'Added a cache.\n\n(Contributed by Carl Meyer)', 'Added a dispatcher.',
    ]);
    expect(chunkDocument(doc('Releases\n\nDebian 0.01 through 0.90 (1993)\n\nDebian 0.91 (1994): a package system.', 'd.md')).map((c) => c.text)).toEqual([
      'Releases', 'Debian 0.01 through 0.90 (1993)', 'Debian 0.91 (1994): a package system.',
    ]);
    // A note in square brackets closing a document goes with what it notes; a bracketed label with
    // a paragraph after it heads that paragraph, and a bracketed date is chunked with neither.
    expect(chunkDocument(doc('Title\n\nls is faster.\n\nmv no longer loses data.\n\n[bug introduced in coreutils-8.24]', 'e.txt')).map((c) => c.text)).toEqual([
      'Title', 'ls is faster.', 'mv no longer loses data.\n\n[bug introduced in coreutils-8.24]',
    ]);
    expect(chunkDocument(doc('Changelog\n\nAll notable changes are here.\n\n[Unreleased]\n\nAdded dark mode.', 'f.txt')).map((c) => c.text)).toEqual([
      'Changelog', 'All notable changes are here.', '[Unreleased]\n\nAdded dark mode.',
    ]);
    expect(chunkDocument(doc('News\n\nWelcome all.\n\n[2026-11-10]\n\nAlice is taking a break.', 'g.txt')).map((c) => c.text)).toEqual([
      'News', 'Welcome all.', '[2026-11-10]', 'Alice is taking a break.',
    ]);
  });

  it('chunks the short items of a loose list together, and leaves long items and other paragraphs apart', () => {
    const versions = ['Apache 2.4.38', 'Bind 9.11', 'Perl 5.28', 'Python 3.7.3'];
    const entry = `- The \`loop\` parameter has been removed from most of asyncio's high-level API, following deprecation in Python 3.8, ${'because it was error-prone. '.repeat(2).trim()}`;
    const text = `New packages included:\n\n${versions.map((v) => ` * ${v}`).join('\n\n')}\n\nSee the release notes.\n\n${entry}\n\n${entry.replace('loop', 'timeout')}`;
    const chunks = chunkDocument(doc(text, 'a.md'));
    expect(chunks.map((c) => c.text)).toEqual([`New packages included:\n\n${versions.map((v) => ` * ${v}`).join('\n\n')}`, 'See the release notes.', entry, entry.replace('loop', 'timeout')]);
    expect(chunks[0]?.sentences).toHaveLength(5);
    // A "* * *" rule is no list item.
    expect(chunkDocument(doc('- Apache 2.4\n\n* * *\n\n- Bind 9.11', 'c.md')).map((c) => c.text)).toEqual(['- Apache 2.4', '* * *', '- Bind 9.11']);
    // A long list is packed into chunks within the limit, every item whole.
    const many = Array.from({ length: 80 }, (_, i) => `- Package number ${i} version 1.${i}`).join('\n\n');
    const packed = chunkDocument(doc(many, 'b.md'));
    expect(packed.length).toBeGreaterThan(1);
    expect(packed.length).toBeLessThan(10);
    expect(packed.every((chunk) => chunk.text.length <= 800 && /^- Package/u.test(chunk.text))).toBe(true);
  });

  it('property: offsets reproduce the source, no chunk is over the limit, no sentence is cut, neighbours overlap', () => {
    fc.assert(
      fc.property(documentText, fc.integer({ min: 120, max: 600 }), (text, maxChars) => {
        const document = doc(text);
        const chunks = chunkDocument(document, { maxChars, overlapSentences: 1 });
        const sentences = text.split('\n\n').flatMap((p) => {
          const spans = splitSentences(p);
          return spans.map((s) => p.slice(s.start, s.end));
        });
        for (const chunk of chunks) {
          expect(text.slice(chunk.location.start, chunk.location.end)).toBe(chunk.text);
          expect(chunk.text.length).toBeLessThanOrEqual(maxChars);
          // A chunk starts and ends on sentence boundaries unless one sentence alone is too long.
          const whole = sentences.filter((s) => s.length <= maxChars);
          const startsWell = whole.some((s) => chunk.text.startsWith(s)) || sentences.some((s) => s.length > maxChars);
          const endsWell = whole.some((s) => chunk.text.endsWith(s)) || sentences.some((s) => s.length > maxChars);
          expect(startsWell && endsWell).toBe(true);
        }
        // Every sentence of the document is in some chunk.
        for (const s of sentences.filter((x) => x.length <= maxChars)) expect(chunks.some((c) => c.text.includes(s))).toBe(true);
        // Within a paragraph, consecutive chunks either overlap or the overlap would not have fit.
        for (let i = 1; i < chunks.length; i += 1) {
          const [prev, next] = [chunks[i - 1], chunks[i]];
          if (prev && next && prev.location.paragraph === next.location.paragraph) {
            expect(next.location.start).toBeGreaterThan(prev.location.start);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a single sentence longer than the limit between words', () => {
    const long = `${'word '.repeat(400).trim()}.`;
    const chunks = chunkDocument(doc(long), { maxChars: 300 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.text.length).toBeLessThanOrEqual(300);
      expect(chunk.text).toMatch(/^word/u);
    }
  });
});
