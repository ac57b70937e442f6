import type { Chunk, Passage } from '../core/index.js';
import { hasDateline, opensWithDate } from '../language/index.js';
import type { IndexContents } from '../store/index.js';
import { dot } from './dot.js';

const OPENING_PASSAGES = 4;
/** Passages of a document's end read with its opening: a footer with when it was posted or updated. */
const CLOSING_PASSAGES = 1;
/** Passages of a document's opening searched for its publication date (a dateline, a byline). */
const DATELINE_PASSAGES = 2;

/**
 * The document a question about "this release" / "the article" means: the newest document whose
 * opening paragraphs start with a date (a dateline or a "Published:" line marks a publication; a
 * "last modified" footer in a manual does not), else the newest dated one, else the first by id.
 */
export function referencedDocument(chunks: readonly Chunk[]): string | undefined {
  return referenced(chunks).meant;
}

/** The newest document whose opening starts with a date (a release, an article), if any: what "the release" means among manuals. */
export function datelinedDocument(chunks: readonly Chunk[]): string | undefined {
  return referenced(chunks).datelined;
}

interface Referenced {
  readonly meant: string | undefined;
  readonly datelined: string | undefined;
  /** Every document whose opening starts with a date and no other paragraph does: a release, not a dated log. */
  readonly releaseIds: ReadonlySet<string>;
  /** True when some document has a date. */
  readonly anyDated: boolean;
}

function referenced(chunks: readonly Chunk[]): Referenced {
  // Computed once per index: the chunks of a live index never change.
  let found = referencedByChunks.get(chunks);
  if (!found) {
    found = findReferencedDocument(chunks);
    referencedByChunks.set(chunks, found);
  }
  return found;
}

const referencedByChunks = new WeakMap<readonly Chunk[], Referenced>();

function findReferencedDocument(chunks: readonly Chunk[]): Referenced {
  const openings = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const own = openings.get(chunk.documentId);
    if (own) own.push(chunk);
    else openings.set(chunk.documentId, [chunk]);
  }
  const documents = [...openings].map(([id, own]) => {
    const opening = [...own].sort((a, b) => a.location.start - b.location.start).slice(0, DATELINE_PASSAGES);
    // A log opens each entry with a date ("2026-06-10 — posted by…"); a release only its dateline.
    const datedParagraphs = own.reduce((count, chunk) => count + chunk.text.split(/\n\s*\n/u).filter(opensWithDate).length, 0);
    return { id, date: own[0]?.date ?? '', datedOpening: opening.some((chunk) => hasDateline(chunk.text)), datedParagraphs };
  });
  const newest = (pool: typeof documents) => pool.sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))[0]?.id;
  const datelinedDocuments = documents.filter((d) => d.datedOpening && d.date);
  const datelined = newest(datelinedDocuments);
  const releaseIds = new Set(datelinedDocuments.filter((d) => d.datedParagraphs === 1).map((d) => d.id));
  return { meant: datelined ?? newest(documents), datelined, releaseIds, anyDated: documents.some((d) => d.date) };
}

/**
 * The opening passages (openingPassages) of the document `passage` is from, when that document is a
 * release: it opens with a dateline and no other paragraph with a date. When it was put out is
 * when what it announces was. Undefined for an undated document, or a log whose first entry dates
 * only itself.
 */
export function announcingOpening(contents: IndexContents, queryVector: Float32Array, passage: Passage | undefined): Passage[] | undefined {
  const documentId = passage?.chunk.documentId;
  return documentId !== undefined && referenced(contents.chunks).releaseIds.has(documentId) ? openingPassages(contents, queryVector, documentId) : undefined;
}

/**
 * The date a passage was stated on when its document is a release (announcingOpening): its
 * dateline's, for every paragraph. Undefined for a passage of any other document.
 */
export function releaseDate(chunks: readonly Chunk[], chunk: Chunk): string | undefined {
  return referenced(chunks).releaseIds.has(chunk.documentId) ? chunk.date : undefined;
}

/** True when any document of the chunks has a date: "the latest release" can be told from the others. */
export function hasDatedDocuments(chunks: readonly Chunk[]): boolean {
  return referenced(chunks).anyDated;
}

/**
 * The first passages of the document a question about the document itself means
 * (referencedDocument), then its last one: a footer ("Created at: 7.05.2019, 16:30") says when it
 * was posted as often as a dateline does. A line that only repeats the document's title is
 * skipped: the title already names every citation. `similarity` is the cosine similarity to the
 * question; `score` is 1, since nothing was ranked.
 */
export function openingPassages(contents: IndexContents, queryVector: Float32Array, documentId: string | undefined = referencedDocument(contents.chunks), rows?: readonly number[]): Passage[] {
  const own = (rows ?? contents.chunks.map((_, label) => label))
    .map((label) => ({ chunk: contents.chunks[label] as Chunk, label }))
    .filter(({ chunk }) => chunk.documentId === documentId && !isTitleLine(chunk))
    .sort((a, b) => a.chunk.location.start - b.chunk.location.start);
  return [...own.slice(0, OPENING_PASSAGES), ...own.slice(OPENING_PASSAGES).slice(-CLOSING_PASSAGES)].map(({ chunk, label }) => ({
    chunk, score: 1, similarity: dot(queryVector, contents.vectors[label] as Float32Array), lexical: 0,
  }));
}

/** True for a chunk that only repeats its document's title (the title line of a plain-text document). */
const isTitleLine = (chunk: Chunk): boolean => chunk.text.trim() === chunk.title.trim();

/**
 * The passage that is the document's title line, for a question that asks for the title ("what's
 * the headline of this article?"); undefined when the document has none of its own.
 */
export function titlePassage(contents: IndexContents, queryVector: Float32Array, documentId: string | undefined = referencedDocument(contents.chunks)): Passage | undefined {
  const label = contents.chunks.findIndex((chunk) => chunk.documentId === documentId && isTitleLine(chunk));
  const chunk = contents.chunks[label];
  return chunk && { chunk, score: 1, similarity: dot(queryVector, contents.vectors[label] as Float32Array), lexical: 0 };
}
