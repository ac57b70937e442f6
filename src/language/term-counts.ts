import { forEachWithPauses, type Chunk } from '../core/index.js';
import { acronymsOf } from './alternatives.js';
import { readingTerms } from './reading.js';
import { NameCounter } from './names.js';
import { analyzeTerms, writtenWords } from './terms.js';

/** What of a chunk counting its terms reads. */
export type CountedChunk = Pick<Chunk, 'id' | 'documentId' | 'text' | 'sentences' | 'heading' | 'title'>;

/** The terms of one chunk as read: of each sentence (readingTerms), and of the whole passage with its title. */
export interface OwnTerms {
  readonly sentences: readonly ReadonlySet<string>[];
  readonly passage: ReadonlySet<string>;
}

/** A chunk's own terms (OwnTerms). About 15 µs a chunk. */
export function ownTerms(chunk: CountedChunk): OwnTerms {
  const sentences = readingTerms(chunk);
  return { sentences, passage: new Set([...sentences.flatMap((sentence) => [...sentence]), ...analyzeTerms(chunk.title)]) };
}

/** A corpus's term counts in plain arrays, so that a worker thread can send them (TermCounter.result). */
export interface TermCounts {
  readonly chunkCount: number;
  /** Term -> how many chunks hold it (a title's words count once, where its chunks lack them). */
  readonly frequency: readonly (readonly [string, number])[];
  /** Initials -> the terms of the capitalised phrases they abbreviate. */
  readonly acronyms: readonly (readonly [string, readonly (readonly string[])[]])[];
  /** Lower-cased words the corpus writes capitalised. */
  readonly capitalised: readonly string[];
  /** The corpus's names (NameCounter): lower-cased words it writes only as names ("emberjam", "osce"). */
  readonly namesWritten: readonly string[];
  /** The terms of those names ("osc" for "osce"). */
  readonly nameTerms: readonly string[];
  /** Every word the corpus writes, as writtenWords reads them (lower-cased, unaccented). */
  readonly written: readonly string[];
  /**
   * Document id -> its terms (its chunks' with its title), as positions in `frequency`: a worker's
   * message of typed arrays is copied, not parsed, so receiving it does not stall the thread that
   * answers questions.
   */
  readonly documents: readonly (readonly [string, Uint32Array])[];
}

/**
 * Counts terms, acronyms, capitalised words and names over chunks added one by one: at load on a worker
 * thread (term-worker.ts) or in slices on the thread that answers, and for a topic's chunks
 * (TermStats.within), whose own terms are already known.
 */
export class TermCounter {
  private readonly frequency = new Map<string, number>();
  private readonly acronyms = new Map<string, Map<string, string[]>>();
  private readonly capitalised = new Set<string>();
  private readonly names = new NameCounter();
  private readonly titles = new Set<string>();
  private readonly documents = new Map<string, Set<string>>();
  private readonly written = new Set<string>();
  private chunkCount = 0;

  /**
   * Counts one chunk, whose own terms are `own`; with `withDocuments`, also gathers its document's
   * terms (a whole corpus, not a topic: a topic keeps its corpus's names too).
   */
  add(chunk: CountedChunk, own: OwnTerms, withDocuments: boolean): void {
    this.chunkCount += 1;
    for (const [initials, terms] of acronymsOf(chunk.text)) {
      const phrases = this.acronyms.get(initials) ?? new Map<string, string[]>();
      phrases.set(terms.join(' '), terms);
      this.acronyms.set(initials, phrases);
    }
    for (const match of chunk.text.matchAll(/\b\p{Lu}\p{Ll}+/gu)) this.capitalised.add(match[0].toLowerCase());
    for (const term of new Set(own.sentences.flatMap((sentence) => [...sentence]))) this.frequency.set(term, (this.frequency.get(term) ?? 0) + 1);
    const text = this.titles.has(chunk.title) ? `${chunk.heading ?? ''} ${chunk.text}` : `${chunk.title} ${chunk.heading ?? ''} ${chunk.text}`;
    this.titles.add(chunk.title);
    for (const word of writtenWords(text)) this.written.add(word);
    if (!withDocuments) return;
    this.names.add(chunk.text);
    const document = this.documents.get(chunk.documentId) ?? new Set<string>();
    for (const term of own.passage) document.add(term);
    this.documents.set(chunk.documentId, document);
  }

  /** The counts so far, as maps (a document's title counts once, and only for words its chunks lack). */
  maps(): CountMaps {
    const frequency = new Map(this.frequency);
    for (const term of new Set([...this.titles].flatMap((title) => analyzeTerms(title)))) if (!frequency.has(term)) frequency.set(term, 1);
    const acronyms = new Map([...this.acronyms].map(([initials, phrases]) => [initials, [...phrases.values()]]));
    const namesWritten = this.names.names();
    const nameTerms = new Set([...namesWritten].flatMap((word) => analyzeTerms(word)));
    return { chunkCount: this.chunkCount, frequency, acronyms, capitalised: this.capitalised, namesWritten, nameTerms, written: this.written, documents: this.documents };
  }

  /** The counts so far, in plain arrays (TermCounts). */
  result(): TermCounts {
    const { chunkCount, frequency, acronyms, capitalised, namesWritten, nameTerms, written, documents } = this.maps();
    const position = new Map([...frequency.keys()].map((term, i) => [term, i]));
    return {
      chunkCount,
      frequency: [...frequency],
      acronyms: [...acronyms],
      capitalised: [...capitalised],
      namesWritten: [...namesWritten],
      nameTerms: [...nameTerms],
      written: [...written],
      documents: [...documents].map(([id, terms]) => [id, Uint32Array.from(terms, (term) => position.get(term) ?? 0)] as const),
    };
  }
}

/** A corpus's term counts as the term statistics keep them. */
export interface CountMaps {
  readonly chunkCount: number;
  readonly frequency: ReadonlyMap<string, number>;
  readonly acronyms: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly capitalised: ReadonlySet<string>;
  readonly namesWritten: ReadonlySet<string>;
  readonly nameTerms: ReadonlySet<string>;
  /** Every word the corpus writes (writtenWords). */
  readonly written: ReadonlySet<string>;
  readonly documents: ReadonlyMap<string, ReadonlySet<string>>;
}

/** TermCounts (sent by a worker thread) as maps, built in slices: at 100,000 passages they hold millions of entries. */
export async function countMaps(counts: TermCounts): Promise<CountMaps> {
  const terms = counts.frequency.map(([term]) => term);
  const documents = new Map<string, ReadonlySet<string>>();
  await forEachWithPauses(counts.documents, ([id, positions]) => {
    documents.set(id, new Set(Array.from(positions, (i) => terms[i] as string)));
  });
  const frequency = new Map<string, number>();
  await forEachWithPauses(counts.frequency, ([term, count]) => {
    frequency.set(term, count);
  });
  const written = new Set<string>();
  await forEachWithPauses(counts.written, (word) => {
    written.add(word);
  });
  return { chunkCount: counts.chunkCount, frequency, acronyms: new Map(counts.acronyms), capitalised: new Set(counts.capitalised), namesWritten: new Set(counts.namesWritten), nameTerms: new Set(counts.nameTerms), written, documents };
}
