import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/index.js';
import { askedVersions } from '../../src/language/index.js';
import { passagesNamedByVersion, versionsNotLabelled } from '../../src/retrieve/version-scope.js';

/** A passage of `documentId` under `title` and the given headings (outermost first). */
function chunk(documentId: string, title: string, headings: readonly string[] = []): Chunk {
  const text = `A passage of ${documentId}.`;
  return {
    id: `${documentId}-${headings.join('/')}-${Math.random()}`, documentId, title, date: undefined, heading: headings.at(-1),
    ...(headings.length > 1 && { headings }), location: { paragraph: 1, start: 0, end: text.length }, text, sentences: [{ start: 0, end: text.length }],
  };
}

/** The passages of `chunks` the versions the question writes name. */
const namedIn = (chunks: readonly Chunk[], question: string) => passagesNamedByVersion(chunks, askedVersions(question));

const WHATS_NEW = [
  chunk('3.6.md', "What's New In Python 3.6"),
  chunk('3.6.md', "What's New In Python 3.6", ["What's New In Python 3.6", 'Notable changes in Python 3.6.3']),
  chunk('3.7.md', "What's New In Python 3.7"),
  chunk('3.7.md', "What's New In Python 3.7", ["What's New In Python 3.7", 'Porting']),
];
const CHANGELOG = [
  chunk('CHANGELOG.md', 'Changelog', ['Changelog', 'v7.1.1']),
  chunk('CHANGELOG.md', 'Changelog', ['Changelog', 'v7.1.0']),
  chunk('CHANGELOG.md', 'Changelog', ['Changelog', 'v7.0.0']),
  chunk('CHANGELOG.md', 'Changelog', ['Changelog', '8.2. Migrating']),
];

describe('passages a question names by version', () => {
  it('takes, for each version asked, the passages that carry it most fully', () => {
    const named = namedIn(WHATS_NEW, 'was async a keyword in 3.6.3 and 3.7?');
    expect(named?.rows).toEqual([1, 2, 3]);
    expect(named?.said.map(({ version }) => version)).toEqual(['3.6.3', '3.7']);
  });

  it('names a whole series by its opening ("7.1": 7.1.0 and 7.1.1)', () => {
    expect(namedIn(CHANGELOG, 'which 7.1 release fixed the filter option?')?.rows).toEqual([0, 1]);
  });

  it('keeps a version more precise than any title in what the answer must say', () => {
    const named = namedIn(WHATS_NEW, 'when was python 3.7.2 released?');
    expect(named?.rows).toEqual([2, 3]);
    expect(named?.said).toEqual([]);
  });

  it('names nothing by a version of something else, a section number or every passage', () => {
    expect(namedIn(WHATS_NEW, 'does the kernel 3.6 support it?')).toBeUndefined();
    expect(namedIn(WHATS_NEW, 'do I still need libssl3.7?')).toBeUndefined();
    expect(namedIn(CHANGELOG, 'how do I install php 8.2?')).toBeUndefined();
    expect(namedIn(WHATS_NEW, 'what changed between 3.6 and 3.7?')).toBeUndefined();
    expect(namedIn(WHATS_NEW, 'what is new in py3.7?')?.rows).toEqual([2, 3]);
  });

  it('tells the versions of a product that no notes are titled with', () => {
    const unlabelled = (chunks: readonly Chunk[], question: string) => versionsNotLabelled(chunks, askedVersions(question)).map(({ version }) => version);
    expect(unlabelled(WHATS_NEW, 'what unicode version does python 3.10 use')).toEqual(['3.10']);
    expect(unlabelled(WHATS_NEW, 'what unicode version does py3.8 use')).toEqual(['3.8']);
    // Notes for it, or for a release of its series, or a version of something the notes are not about.
    expect(unlabelled(WHATS_NEW, 'what changed in python 3.7')).toEqual([]);
    expect(unlabelled(WHATS_NEW, 'what changed in python 3.6.3')).toEqual([]);
    expect(unlabelled(WHATS_NEW, 'does it run on linux kernel 2.6')).toEqual([]);
    expect(unlabelled(CHANGELOG, 'what did 7.3 change')).toEqual(['7.3']);
    // One entry titled with a version is no set of release notes.
    expect(unlabelled([chunk('faq.md', 'FAQ', ['FAQ', 'What is new in Python 2.6?']), chunk('faq.md', 'FAQ', ['FAQ', 'Why is it slow?'])], 'is python 2.7 supported')).toEqual([]);
    // A bare number of another series is no version of theirs ("the 2.5 metre bench").
    expect(unlabelled(CHANGELOG, 'is the 2.5 metre bench free')).toEqual([]);
    expect(unlabelled(CHANGELOG, 'what did 7.1 change')).toEqual([]);
    // A version of something else than bare section numbers are of.
    expect(unlabelled(CHANGELOG, 'does it support node 18.2')).toEqual([]);
  });
});
