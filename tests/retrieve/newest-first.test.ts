import { describe, expect, it } from 'vitest';
import type { Chunk, Passage } from '../../src/core/index.js';
import { chunkDocument, findDate, findTitle, sha256 } from '../../src/ingest/index.js';
import { TermStats } from '../../src/language/index.js';
import { newestStatementFirst, releaseDate } from '../../src/retrieve/index.js';

const chunksOf = (id: string, text: string): Chunk[] => chunkDocument({ id, title: findTitle(text, id), date: findDate(text), text, contentHash: sha256(text) });

describe('newestStatementFirst among releases', () => {
  const july = chunksOf('2025-07-22-expedition.md', '# Expedition returns\n\n**ALDERCOMBE, 22 July 2025 —** The team found a cold-water coral reef covering 11 square kilometres in the trench.');
  const june = chunksOf('2026-06-09-corrections.md', '# Corrections\n\n**ALDERCOMBE, 9 June 2026 —** The Institute corrected its figures.\n\nThe coral reef in the trench is now estimated to cover 7.4 square kilometres, not 11.');
  const repeat = chunksOf('2026-06-10-recap.md', '# Recap\n\n**ALDERCOMBE, 10 June 2026 —** The Institute looked back on its year.\n\nThe coral reef in the trench was found by the team in 2025.');
  const chunks = [...july, ...june, ...repeat];
  const passageOf = (chunk: Chunk): Passage => ({ chunk, score: 1, similarity: 0.5, lexical: 1 });
  const about = (found: Chunk[], words: string) => passageOf(found.find((chunk) => chunk.text.includes(words)) as Chunk);

  it('puts a later release first for a question of how things stand now', async () => {
    const stats = await TermStats.build(chunks);
    const question = stats.analyze('how big is the coral reef in the trench now');
    const ranked = newestStatementFirst(question, [about(july, '11 square'), about(june, '7.4')], stats, (chunk) => releaseDate(chunks, chunk));
    expect(ranked[0]?.chunk.text).toContain('7.4');
  });

  it('keeps the order when the question asks nothing of now, or the later release only repeats the words', async () => {
    const stats = await TermStats.build(chunks);
    const now = stats.analyze('how big is the coral reef in the trench now');
    expect(newestStatementFirst(now, [about(july, '11 square'), about(repeat, 'found by the team')], stats, (chunk) => releaseDate(chunks, chunk))[0]?.chunk.text).toContain('11 square');
    const question = stats.analyze('how big is the coral reef in the trench');
    // Measured on every set: a later passage that says it changes things, asked without "now", displaced as many right answers as it gave.
    expect(newestStatementFirst(question, [about(july, '11 square'), about(june, '7.4')], stats, (chunk) => releaseDate(chunks, chunk))[0]?.chunk.text).toContain('11 square');
  });

  it('lets neither an older release ranked first hold back a newer log entry, nor an older release pass a newer page', async () => {
    const club = chunksOf('2025-03-01-club.md', '# Club news\n\n**HARWICK, 1 March 2025 —** Weekly club nights are held in the Garden Room on Tuesdays.');
    const log = chunksOf('announcements.md', '# Announcements\n\n2026-06-10 — Weekly club nights move to the Oak Room on Tuesdays.\n\n2026-07-01 — Fees rise.');
    // A page dated only by its footer, past the paragraphs a dateline may open: no release.
    const page = chunksOf('reef.md', ['# The reef', 'Divers mapped it.', 'Corals grow slowly.', 'Fish live there.', 'The coral reef in the trench covers 7.4 square kilometres now.', 'Last updated: 10 June 2026'].join('\n\n'));
    const all = [...club, ...log, ...page, ...july];
    const stats = await TermStats.build(all);
    const statedOn = (chunk: Chunk) => releaseDate(all, chunk);
    const room = newestStatementFirst(stats.analyze('which room are weekly club nights held in now'), [about(club, 'Garden'), about(log, 'Oak Room')], stats, statedOn);
    expect(room[0]?.chunk.text).toContain('Oak Room');
    const reef = newestStatementFirst(stats.analyze('how big is the coral reef in the trench now'), [about(page, '7.4'), about(july, '11 square')], stats, statedOn);
    expect(reef[0]?.chunk.text).toContain('7.4');
  });
});
