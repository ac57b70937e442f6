import { sha256, type Chunk, type Document } from '../core/index.js';
import { BRACKETED, announcesNext, isAside, isCaption, tableParts } from '../language/index.js';
import { markdownHeading, versionLabel } from './metadata.js';
import { fencedBlocks, skipSpace, splitSentences, trimEnd, type Span } from './sentences.js';

/** How documents are cut into chunks. */
export interface ChunkOptions {
  /** Longest chunk, in characters; well under the embedders' input limits (about 200 tokens). Default 800. */
  readonly maxChars?: number;
  /** Sentences a chunk repeats from the previous one when a paragraph needs several chunks. Default 0. */
  readonly overlapSentences?: number;
}

/**
 * The chunker's defaults; part of the index manifest, so changing them re-chunks the corpus.
 * No overlap: measured on every evaluation set (issue 11), a one-sentence overlap changed no
 * shipped figure but one Debian FAQ question (document@1 38.8% with it, 39.6% without) and
 * embedded up to 1.7% more text; it only ever applies inside paragraphs over 800 characters.
 */
export const DEFAULT_CHUNK_OPTIONS = { maxChars: 800, overlapSentences: 0 } as const satisfies Required<ChunkOptions>;

/** Bump when the chunking rules (or what a loader reads of a document) change, so existing indexes are rebuilt. */
export const CHUNKER_VERSION = 32;

/** A release's label line (versionLabel) heads the paragraphs below it at a level under every Markdown heading's. */
const LABEL_LEVEL = 7;

interface Paragraph extends Span {
  readonly number: number;
}

/** Paragraphs: runs of text separated by blank lines (outside fenced code blocks), trimmed, numbered from 1. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /\r?\n[ \t]*\r?\n(?:[ \t]*\r?\n)*/gu;
  let from = 0;
  const push = (rawStart: number, rawEnd: number): void => {
    const start = skipSpace(text, rawStart);
    const end = trimEnd(text, rawEnd);
    if (start < end) paragraphs.push({ start, end, number: paragraphs.length + 1 });
  };
  const fences = fencedBlocks(text);
  let fence = 0; // the first block not ending before this separator (both come in text order)
  for (const match of text.matchAll(separator)) {
    while (fence < fences.length && (fences[fence] as Span).end <= match.index) fence += 1;
    // A blank line inside a fenced code block does not end a paragraph.
    const block = fences[fence];
    if (block && block.start < match.index) continue;
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

/**
 * Cuts a document into chunks that never cut a sentence (unless one sentence alone is longer than
 * maxChars, which is then cut between words), stay within maxChars, and overlap their neighbour
 * within a paragraph by `overlapSentences` sentences. Markdown headings are not chunks of their
 * own; they become the `heading` of the chunks below them.
 */
export function chunkDocument(document: Document, options: ChunkOptions = {}): Chunk[] {
  const { maxChars, overlapSentences } = { ...DEFAULT_CHUNK_OPTIONS, ...options };
  const chunks: Chunk[] = [];
  const seenIds = new Map<string, number>();
  // The headings above the current paragraph, outermost first, with their levels.
  let headings: { level: number; text: string }[] = [];
  const paragraphs = splitParagraphs(document.text);
  // Release labels (versionLabel), by paragraph: a line followed by another such line, or by one
  // that opens alike, is an entry of a list ("- libfoo version 1.2", "Debian 0.01 through 0.90"
  // before "Debian 0.91 (1994): …"), not a release's label; so is a last line.
  const textOf = (paragraph: Paragraph): string => document.text.slice(paragraph.start, paragraph.end);
  const candidates = paragraphs.map((paragraph) => versionLabel(textOf(paragraph), document.title));
  const labelled = candidates.map((label, i) => {
    const next = paragraphs[i + 1];
    return next !== undefined && candidates[i + 1] === undefined && !sameOpening(textOf(paragraphs[i] as Paragraph), textOf(next)) ? label : undefined;
  });
  // Labels head the releases of a document of several; one alone is the document's own version
  // ("Constitution for the Debian Project (v1.9)"), which its title already says.
  const labels = labelled.filter((label) => label !== undefined).length >= 2 ? labelled : [];
  /** True when the paragraph at `index` heads those below it (a Markdown heading or a release's label): no chunk runs into it. */
  const headsSection = (index: number): boolean => labels[index] !== undefined || markdownHeading(textOf(paragraphs[index] as Paragraph)) !== undefined;
  const sentencesOf = (paragraph: Paragraph): Span[] => {
    const paragraphText = document.text.slice(paragraph.start, paragraph.end);
    return splitSentences(paragraphText)
      .flatMap((span) => cutLongSpan(paragraphText, span, maxChars))
      .map((span) => ({ start: span.start + paragraph.start, end: span.end + paragraph.start }));
  };
  const endsAnnouncing = (spans: readonly Span[]): boolean => {
    const last = spans.at(-1);
    return last !== undefined && announcesNext(document.text.slice(last.start, last.end));
  };
  for (let p = 0; p < paragraphs.length; p += 1) {
    const paragraph = paragraphs[p] as Paragraph;
    const paragraphText = document.text.slice(paragraph.start, paragraph.end);
    // A release's label line ("* Changes in Wget 1.19.4") heads what follows it, below any Markdown heading.
    const label = labels[p];
    const maybeHeading = markdownHeading(paragraphText) ?? (label === undefined ? undefined : { level: LABEL_LEVEL, text: label });
    if (maybeHeading !== undefined) {
      headings = [...headings.filter((above) => above.level < maybeHeading.level), maybeHeading];
      continue;
    }
    const heading = headings.at(-1)?.text;
    const path = headings.map((above) => above.text);
    const sentences = sentencesOf(paragraph);
    // A caption ("**Warning**", "Example 6.1. Entry format", a sidebar's title; two in a row too) is
    // chunked with the paragraph it names, alone it is no passage: the chunk takes the caption and
    // that paragraph's sentences as far as they fit. Not the document's title, nor a line that
    // opens as the next one does (entries of a list: "Debian 0.01 through 0.90", "Debian 0.91: …").
    for (let captions = 0; p > 0 && p + 1 < paragraphs.length && captions < MAX_CAPTIONS; captions += 1) {
      const current = paragraphs[p] as Paragraph;
      const next = paragraphs[p + 1] as Paragraph;
      const nextText = document.text.slice(next.start, next.end);
      if (!isCaption(document.text.slice(current.start, current.end)) || headsSection(p + 1) || sameOpening(paragraphText, nextText)) break;
      sentences.push(...sentencesOf(next));
      p += 1;
    }
    // A paragraph that ends with a colon announces the next one (a list, a code block, an example):
    // they are one chunk, so the passage holds what it announces, where both fit in one.
    while (p + 1 < paragraphs.length && endsAnnouncing(sentences)) {
      const next = paragraphs[p + 1] as Paragraph;
      if (next.end - paragraph.start > maxChars || headsSection(p + 1)) break;
      sentences.push(...sentencesOf(next));
      p += 1;
    }
    // The short items of a loose list (a blank line between items, as HTML lists of paragraphs
    // come out) are one list, chunked together as far as they fit: "* Bind 9.11" is no passage
    // alone. A long item (a release note's entry) is a paragraph of its own.
    while (p + 1 < paragraphs.length && isShortListItem(document.text.slice((paragraphs[p] as Paragraph).start, (paragraphs[p] as Paragraph).end))) {
      const next = paragraphs[p + 1] as Paragraph;
      if (!isShortListItem(document.text.slice(next.start, next.end)) || headsSection(p + 1)) break;
      sentences.push(...sentencesOf(next));
      p += 1;
    }
    // An aside after it ("(Contributed by Ken Jin in bpo-43766. PEP written by Eric Traut.)" in a
    // paragraph of its own) goes with it, where both fit: alone it does not say what it is on.
    while (p + 1 < paragraphs.length) {
      const next = paragraphs[p + 1] as Paragraph;
      const nextText = document.text.slice(next.start, next.end);
      if (!isAside(nextText) || next.end - paragraph.start > maxChars) break;
      // Not a line wholly in square brackets that names the paragraph after it ("[Unreleased]",
      // "[ See also … ]": its caption), nor one without a word ("[2026-11-10]", "[12:01]": a date
      // or a time heads the posts after it).
      if (BRACKETED.test(nextText) && (!/\p{L}/u.test(nextText) || (isCaption(nextText) && p + 2 < paragraphs.length && !headsSection(p + 2)))) break;
      sentences.push(...sentencesOf(next));
      p += 1;
    }
    // A chunk that starts in the middle of a table carries the table's header row (read under it: readingTerms).
    const sentenceTexts = sentences.map((span) => document.text.slice(span.start, span.end));
    const tables = tableParts(sentenceTexts, () => false);
    for (const group of groupSentences(sentences, maxChars, overlapSentences)) {
      const text = document.text.slice(group.start, group.end);
      const inGroup = sentences
        .filter((span) => span.start >= group.start && span.end <= group.end)
        .map((span) => ({ start: span.start - group.start, end: span.end - group.start }));
      const first = tables[sentences.findIndex((span) => span.start >= group.start)];
      const tableHeader = first?.kind === 'row' && first.header !== undefined ? sentenceTexts[first.header] : undefined;
      const baseId = sha256(`${document.id}\u0000${text}`).slice(0, 16);
      const occurrence = (seenIds.get(baseId) ?? 0) + 1;
      seenIds.set(baseId, occurrence);
      chunks.push({
        id: occurrence === 1 ? baseId : `${baseId}-${occurrence}`,
        documentId: document.id,
        title: document.title,
        date: document.date,
        heading,
        ...(path.length > 1 && { headings: path }),
        ...(tableHeader !== undefined && { tableHeader }),
        location: { paragraph: paragraph.number, start: group.start, end: group.end, ...pageAt(document, group.start) },
        text,
        sentences: inGroup,
      });
    }
  }
  return chunks;
}

/** Longest list item joined with its neighbours (see chunkDocument): a name and a version, a short phrase. */
const SHORT_ITEM_CHARS = 120;
/** A short list item: "- …", "* …", "+ …", "1. …", "2) …", of at most SHORT_ITEM_CHARS (not a "* * *" rule). */
const isShortListItem = (text: string): boolean => text.length <= SHORT_ITEM_CHARS && /^\s*(?:[-*+•]|\d{1,3}[.)])\s+[^\s*_-]/u.test(text);

/** Most captions read in a row before the paragraph they name ("NOTE" then its title). */
const MAX_CAPTIONS = 2;

/** True when two paragraphs open with the same word: entries of one list, not a caption and what it names. */
function sameOpening(a: string, b: string): boolean {
  const first = (text: string): string | undefined => /[\p{L}\p{N}]+/u.exec(text)?.[0]?.toLowerCase();
  return first(a) !== undefined && first(a) === first(b);
}

/** `{ page }` for an offset of a paged document (the last page starting at or before it); nothing otherwise. */
function pageAt(document: Document, offset: number): { page?: number } {
  const starts = document.pageStarts;
  if (!starts || starts.length === 0) return {};
  let page = 1;
  while (page < starts.length && (starts[page] as number) <= offset) page += 1;
  return { page };
}

/** Groups consecutive sentences into spans of at most maxChars, each repeating the last `overlap` of the previous. */
function groupSentences(sentences: readonly Span[], maxChars: number, overlap: number): Span[] {
  const groups: Span[] = [];
  let first = 0;
  while (first < sentences.length) {
    let last = first;
    const startOf = (sentences[first] as Span).start;
    while (last + 1 < sentences.length && (sentences[last + 1] as Span).end - startOf <= maxChars) last += 1;
    groups.push({ start: startOf, end: (sentences[last] as Span).end });
    if (last + 1 >= sentences.length) break;
    // Step back for the overlap when it fits beside the next sentence; always move forward.
    const next = last + 1;
    const withOverlap = Math.max(first + 1, next - overlap);
    const fits = (sentences[next] as Span).end - (sentences[withOverlap] as Span).start <= maxChars;
    first = fits ? withOverlap : next;
  }
  return groups;
}

/** A span longer than maxChars, cut between words into pieces of at most maxChars. */
function cutLongSpan(text: string, span: Span, maxChars: number): Span[] {
  if (span.end - span.start <= maxChars) return [span];
  const pieces: Span[] = [];
  let start = span.start;
  while (start < span.end) {
    let end = Math.min(start + maxChars, span.end);
    if (end < span.end) {
      const lastSpace = text.lastIndexOf(' ', end);
      if (lastSpace > start) end = lastSpace;
    }
    const trimmed = trimEnd(text, end);
    pieces.push({ start, end: trimmed > start ? trimmed : end });
    start = skipSpace(text, end);
  }
  return pieces;
}
