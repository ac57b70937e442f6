import sbd from 'sbd';
import { TABLE_ROW, TABLE_RULE } from '../language/table-rows.js';

/** A sentence as character offsets [start, end) into the text it was found in. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const isSpace = (char: string): boolean => /\s/u.test(char);

/**
 * A full stop inside a word: "operator.itemgetter()", "math.py", "collections.UserString", "3.9.1",
 * "7.05.2019" (after two letters or digits and before a letter, a digit, "_" or "(", with no space;
 * not "U.S. Government"), or opening one (".deb", ".NET", "~/.bashrc", "*.yo"). sbd splits at such a stop and
 * then loses its place, cutting every later sentence of the text a word early ("…itemgetter()` |
 * by 33%. Optimized | argument…"), so it is hidden from sbd.
 */
const STOP_INSIDE_WORD = /(?<=[\p{L}\p{N}_)`]{2})\.(?=[\p{L}\p{N}_(])|(?<=^|[\s("'`/~[{*])\.(?=[\p{L}\p{N}_])/gu;
/** Stands in for a full stop inside a word while sbd reads the text: one character, so offsets hold. */
const HIDDEN_STOP = '\u2024';
/** An aside that ends a sentence ("…in bpo-35664.) The next…"), where sbd sees no end. */
const END_OF_ASIDE = /[.!?]["”’']?\)(?=\s+[\p{Lu}(])/gu;

/**
 * Splits `text` into sentences, returned as offsets into `text`.
 * sbd knows abbreviations ("Mr.", "U.S.", "e.g."), which Intl.Segmenter does not; it may alter
 * white space in what it returns, so its sentences are mapped back onto `text` by walking both
 * strings' non-space characters. Full stops inside words are hidden from it (STOP_INSIDE_WORD),
 * and a sentence is also split after an aside that ends one (END_OF_ASIDE).
 */
export function splitSentences(text: string): Span[] {
  // Same length as `text`, so offsets into it are offsets into `text`.
  const masked = text.replace(STOP_INSIDE_WORD, HIDDEN_STOP).replace(NUMBERED_ITEM, `$1${HIDDEN_STOP}`);
  return proseAndCode(text).flatMap(({ span, code }) =>
    code
      ? [trimmed(text, span)]
      : tableRowsAndProse(text, span).flatMap(({ span: part, row }) =>
          row ? [trimmed(text, part)] : listItems(text, part).flatMap((item) => keepAsidesWhole(text, sbdSentences(masked, item).flatMap((piece) => splitAfterAsides(text, piece)))),
        ),
  );
}

/**
 * `within` cut into the rows of its pipe tables (two row lines or more in a row), each a sentence
 * of its own, never split at a full stop ("| Dr. Amara Osei | Tuesday 13:00 |"), the rule under a
 * header kept with it; and the prose between them.
 */
function tableRowsAndProse(text: string, within: Span): Array<{ span: Span; row: boolean }> {
  const lines: Span[] = [];
  for (let start = within.start; start < within.end; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= within.end ? within.end : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  const isRow = lines.map(({ start, end }) => TABLE_ROW.test(text.slice(start, end)));
  const inTable = isRow.map((row, i) => row && (isRow[i - 1] === true || isRow[i + 1] === true));
  const parts: Array<{ span: Span; row: boolean }> = [];
  lines.forEach((line, i) => {
    const last = parts.at(-1);
    // The rule under the table's first line makes that line its header; a rule further down is a line of its own.
    const underFirstLine = inTable[i - 1] === true && inTable[i - 2] !== true;
    if (inTable[i] && underFirstLine && TABLE_RULE.test(text.slice(line.start, line.end)) && last?.row === true) parts[parts.length - 1] = { span: { start: last.span.start, end: line.end }, row: true };
    else if (inTable[i]) parts.push({ span: line, row: true });
    else if (last?.row === false) parts[parts.length - 1] = { span: { start: last.span.start, end: line.end }, row: false };
    else parts.push({ span: line, row: false });
  });
  return parts.filter(({ span }) => text.slice(span.start, span.end).trim() !== '');
}

/** A Markdown code fence: a line opening with three or more backticks. (Tildes are left out: reStructuredText underlines headings with them.) */
const FENCE = /^[ \t]*(`{3,})[^`\n]*$/gmu;

/**
 * The fenced code blocks of `text`, fences included. A block closes at a fence at least as long
 * as the one that opened it; a fence that never closes opens no block (it must not swallow the
 * rest of the document).
 */
export function fencedBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let open: { start: number; length: number } | undefined;
  for (const match of text.matchAll(FENCE)) {
    const length = (match[1] as string).length;
    if (!open) open = { start: match.index, length };
    else if (length >= open.length && match[0].trim() === '`'.repeat(length)) {
      blocks.push({ start: open.start, end: match.index + match[0].length });
      open = undefined;
    }
  }
  return blocks;
}

/** `text` cut into prose and fenced code blocks, in order: a code block is one sentence, never split by sbd. */
function proseAndCode(text: string): Array<{ span: Span; code: boolean }> {
  const parts: Array<{ span: Span; code: boolean }> = [];
  let from = 0;
  for (const block of fencedBlocks(text)) {
    if (block.start > from) parts.push({ span: { start: from, end: block.start }, code: false });
    parts.push({ span: block, code: true });
    from = block.end;
  }
  if (from < text.length) parts.push({ span: { start: from, end: text.length }, code: false });
  return parts.filter(({ span }) => text.slice(span.start, span.end).trim() !== '');
}

/** The span without the white space at its ends. */
function trimmed(text: string, { start, end }: Span): Span {
  return { start: skipSpace(text, start), end: trimEnd(text, end) };
}

/** An aside longer than this is not kept whole (a stray "(" must not swallow a paragraph). */
const MAX_ASIDE_CHARS = 400;

/**
 * Joins sentences that sbd split inside parentheses: "(Contributed by INADA Naoki in bpo-27350.
 * Idea originally suggested by Raymond Hettinger.)" is one aside, not a sentence and a fragment.
 */
function keepAsidesWhole(text: string, spans: readonly Span[]): Span[] {
  const joined: Span[] = [];
  for (let i = 0; i < spans.length; i += 1) {
    const first = spans[i] as Span;
    let depth = parenthesisDepth(text.slice(first.start, first.end));
    let last = i;
    // Join up to the sentence that closes the aside, if one does soon enough.
    for (let j = i + 1; depth > 0 && j < spans.length && (spans[j] as Span).end - first.start <= MAX_ASIDE_CHARS; j += 1) {
      depth += parenthesisDepth(text.slice((spans[j] as Span).start, (spans[j] as Span).end));
      if (depth <= 0) last = j;
    }
    joined.push({ start: first.start, end: (spans[last] as Span).end });
    i = last;
  }
  return joined;
}

/** Opening parentheses minus closing ones. */
function parenthesisDepth(text: string): number {
  let depth = 0;
  for (const char of text) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  return depth;
}

/** What may come just before a numbered item's line: the text's start, or a line that ends a sentence, a colon or another item. */
const BEFORE_NUMBERED_ITEM = String.raw`(?<=(?:(?<![\s\S])|[.:!?)]|^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t].*)[ \t]*\n[ \t]*|(?<![\s\S])[ \t]*)`;
/**
 * A line that opens a list item: "- ", "* ", "+ ", "• ", or "1. ", "2) " after BEFORE_NUMBERED_ITEM
 * (not "…held on May\n7. Then…" in hard-wrapped prose).
 */
const LIST_ITEM = new RegExp(String.raw`^[ \t]*(?:[-*+•]|${BEFORE_NUMBERED_ITEM}\d{1,3}[.)])[ \t]+`, 'gmu');
/** A numbered item's number, whose full stop ends no sentence ("1. First step"). */
const NUMBERED_ITEM = new RegExp(String.raw`${BEFORE_NUMBERED_ITEM}(\d{1,3})\.(?=[ \t])`, 'gmu');

/**
 * The text cut before each list item: an item is a sentence of its own even without a full stop
 * ("- Added the `property()` helper"), and the text before the list ends there ("Changes:").
 */
function listItems(text: string, within: Span): Span[] {
  const part = text.slice(within.start, within.end);
  const starts = [0, ...[...part.matchAll(LIST_ITEM)].map((match) => match.index).filter((index) => index > 0)].map((index) => within.start + index);
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? within.end }));
}

/** Splits a span after each END_OF_ASIDE in it. */
function splitAfterAsides(text: string, { start, end }: Span): Span[] {
  const spans: Span[] = [];
  let from = start;
  for (const match of text.slice(start, end).matchAll(END_OF_ASIDE)) {
    const stop = start + (match.index ?? 0) + match[0].length;
    spans.push({ start: from, end: stop });
    from = skipSpace(text, stop);
  }
  if (from < end) spans.push({ start: from, end });
  return spans;
}

/** sbd's sentences of the `part` of `text`, as offsets into `text`. */
function sbdSentences(text: string, part: Span): Span[] {
  const spans: Span[] = [];
  let cursor = part.start;
  for (const sentence of sbd.sentences(text.slice(part.start, part.end), { newline_boundaries: false, preserve_whitespace: true })) {
    const wanted = sentence.replace(/\s+/gu, '');
    if (wanted.length === 0) continue;
    let position = cursor;
    let matched = 0;
    let start = -1;
    while (position < part.end && matched < wanted.length) {
      const char = text[position] as string;
      if (isSpace(char)) {
        position += 1;
        continue;
      }
      if (char !== wanted[matched]) break;
      if (start < 0) start = position;
      matched += 1;
      position += 1;
    }
    if (matched < wanted.length || start < 0) break; // sbd rewrote a character: keep the rest whole
    spans.push({ start, end: position });
    cursor = position;
  }
  const restStart = skipSpace(text, cursor);
  const restEnd = trimEnd(text, part.end);
  if (restStart < restEnd) spans.push({ start: restStart, end: restEnd });
  return spans;
}

/** The first non-space offset at or after `from`. */
export function skipSpace(text: string, from: number): number {
  let position = from;
  while (position < text.length && isSpace(text[position] as string)) position += 1;
  return position;
}

/** The offset just after the last non-space character before `to`. */
export function trimEnd(text: string, to: number): number {
  let position = to;
  while (position > 0 && isSpace(text[position - 1] as string)) position -= 1;
  return position;
}
