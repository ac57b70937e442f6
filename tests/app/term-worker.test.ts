import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Chunk } from '../../src/core/index.js';
import { chunkDocument, loadCorpus } from '../../src/ingest/index.js';
import { TermStats } from '../../src/language/index.js';
import { tempDir } from '../support/fs.js';

// A large index's term statistics are counted on a worker thread from the snapshot's chunks file
// while the rest loads (TermStats.countLines). They must be the very statistics counted in place.
describe('term statistics counted on a worker thread', () => {
  it('match those counted in place, for weights, look-ups and each chunk\'s terms', async () => {
    const { documents } = await loadCorpus(path.join(import.meta.dirname, '../corpora/python-faq'));
    // Eight copies of the FAQ under other names: over 5,000 chunks, the size from which a worker counts.
    const chunks: Chunk[] = Array.from({ length: 8 }, (_, copy) => documents.flatMap((doc) => chunkDocument({ ...doc, id: `${copy}/${doc.id}` }))).flat();
    expect(chunks.length).toBeGreaterThanOrEqual(5_000);
    const file = path.join(await tempDir(), 'chunks.jsonl');
    await writeFile(file, chunks.map((chunk) => JSON.stringify(chunk)).join('\n') + '\n');

    const counting = TermStats.countLines({ file }, chunks.length);
    expect(counting, 'the worker script is built (npm test builds first)').toBeDefined();
    const read = chunks.map((chunk) => ({ ...chunk }));
    const job = counting as NonNullable<typeof counting>;
    TermStats.useCounts(read, job);
    job.keepAlive();
    expect((await job.counts)?.chunkCount, 'the worker counted every chunk').toBe(chunks.length);
    // A re-index hands the worker the file's text before writing it: the same counts.
    const fromText = TermStats.countLines({ text: await readFile(file, 'utf8') }, chunks.length);
    fromText?.keepAlive();
    expect(await fromText?.counts).toEqual(await job.counts);
    const fromWorker = await TermStats.build(read);
    const inPlace = await TermStats.build(chunks);

    for (const question of ['How do I make an executable from a Python script?', 'why is my lambda not working', 'what does GIL stand for', 'kazakhstan population', 'does python have a gil']) {
      expect(fromWorker.analyze(question), question).toEqual(inPlace.analyze(question));
    }
    // The corpus's names come through the worker too: "gil" typed in lower case is one.
    expect(fromWorker.analyze('does python have a gil').terms.find((t) => t.term === 'gil')?.namesCorpusName).toBe(true);
    for (const term of ['python', 'modul', 'gil', 'zzz']) expect(fromWorker.idf(term), term).toBe(inPlace.idf(term));
    expect(fromWorker.capitalisedStartingWith('p')).toEqual(inPlace.capitalisedStartingWith('p'));
    expect(fromWorker.acronyms).toEqual(inPlace.acronyms);
    for (const word of ['python', 'module', 'zzz']) expect(fromWorker.writes(word), word).toBe(inPlace.writes(word));
    expect(fromWorker.writes('python')).toBe(true);
    for (const i of [0, 1234, chunks.length - 1]) expect(fromWorker.termsOf(read[i] as Chunk)).toEqual(inPlace.termsOf(chunks[i] as Chunk));
    const topic = chunks.filter((chunk) => chunk.documentId.startsWith('3/'));
    expect((await fromWorker.within(topic)).analyze('how do I sort a list')).toEqual((await inPlace.within(topic)).analyze('how do I sort a list'));
  });

  it('falls back to counting in place when the worker cannot read its lines', async () => {
    const { documents } = await loadCorpus(path.join(import.meta.dirname, '../corpora/python-faq'));
    const chunks: Chunk[] = Array.from({ length: 8 }, (_, copy) => documents.flatMap((doc) => chunkDocument({ ...doc, id: `${copy}/${doc.id}` }))).flat();
    const job = TermStats.countLines({ file: path.join(await tempDir(), 'missing.jsonl') }, chunks.length);
    expect(job).toBeDefined();
    TermStats.useCounts(chunks, job as NonNullable<typeof job>);
    const stats = await TermStats.build(chunks);
    expect(await job?.counts).toBeUndefined();
    expect(stats.chunkCount).toBe(chunks.length);
    expect(stats.idf('python')).toBe((await TermStats.build(chunks.map((chunk) => ({ ...chunk })))).idf('python'));
  });
});
