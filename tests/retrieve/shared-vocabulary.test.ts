import { describe, expect, it } from 'vitest';
import { TermStats } from '../../src/language/index.js';
import { AveragedAffinity } from '../../src/retrieve/document-affinity.js';
import { SharedVocabulary } from '../../src/retrieve/shared-vocabulary.js';
import { chunksOfDocuments } from '../support/passages.js';

async function vocabularyOf(documents: Record<string, readonly string[]>): Promise<SharedVocabulary> {
  const chunks = chunksOfDocuments(documents);
  return SharedVocabulary.build(await TermStats.build(chunks), Object.keys(documents));
}

/** Manuals about tables and pages: words every one of them says, and one of `formats` storage formats each. */
function manuals(count: number, formats = 4): Record<string, readonly string[]> {
  const names = ['btree', 'heap', 'hash', 'gist', 'brin'];
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`manual-${i}`, [`An index speeds up a query on a table.`, `Rows are stored in pages of ${names[i % formats]} format.`]]));
}

describe('SharedVocabulary', () => {
  it("draws a course's documents to each other by the rare words they share, and never to the manuals", async () => {
    const vocabulary = await vocabularyOf({
      ...manuals(12),
      'syllabus.md': ['Labs meet in Hopper 204 on Thursdays.', 'Slip days: at most two per assignment, graded by Priya.'],
      'assignment-brief.html': ['Submit on Gradescope by Friday; slip days apply.', 'Questions go to Priya in Hopper 204.'],
      'schedule.txt': ['Week 3: labs in Hopper 204.', 'Gradescope opens on Monday.'],
    });
    const shares = vocabulary.sharesOf('assignment-brief.html');
    expect([...shares.keys()].sort()).toEqual(['schedule.txt', 'syllabus.md']);
    expect([...shares.values()].reduce((sum, share) => sum + share, 0)).toBeCloseTo(1);
    expect(vocabulary.sharesOf('manual-0').has('syllabus.md')).toBe(false);
  });

  it('counts one shared word as thin evidence, and a word held by too many documents as none', async () => {
    // 16 documents: a word four of them hold is held by a quarter, and ties none.
    const sixteen = await vocabularyOf(manuals(16, 4));
    expect(sixteen.sharesOf('manual-0').size).toBe(0);
    // 20 documents: "btree" (manual-0, -5, -10, -15) gives each other holder a third of its weight,
    // counted out of at least 3.
    const twenty = await vocabularyOf(manuals(20, 5));
    expect(twenty.sharesOf('manual-0').get('manual-5')).toBeCloseTo(1 / 3 / 3);
    expect(twenty.sharesOf('manual-0').has('manual-1')).toBe(false);
  });

  it('ties nothing in a corpus of eight documents or fewer, and nothing for a document without rare words', async () => {
    const small = await vocabularyOf({ 'a.md': ['The gizmo ships on Monday.'], 'b.md': ['The gizmo ships on Tuesday.'], 'c.md': ['The gadget ships on Friday.'] });
    expect(small.ties).toBe(false);
    expect(small.sharesOf('a.md').size).toBe(0);
    const plain = await vocabularyOf({ ...manuals(20, 5), 'plain.md': ['An index speeds up a query on a table.'] });
    expect(plain.ties).toBe(true);
    expect(plain.sharesOf('plain.md').size).toBe(0);
  });
});

describe('AveragedAffinity', () => {
  it('counts each kind of link half, a document missing from one kind at half its share in the other', () => {
    const neighbours = { sharesOf: () => new Map([['b', 0.6], ['c', 0.4]]) };
    const words = { sharesOf: () => new Map([['b', 0.2]]) };
    const shares = new AveragedAffinity([neighbours, words]).sharesOf('a');
    expect(shares.get('b')).toBeCloseTo(0.4);
    expect(shares.get('c')).toBeCloseTo(0.2);
  });
});
