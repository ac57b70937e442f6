import { analyzeTerms } from './terms.js';

/**
 * A version as written: digits joined by dots, after any letters glued to it ("3.10", "v2.38",
 * "py3.9", "python3.8"), not followed by more of a number. Group 1 is the glued letters, group 2
 * the version itself.
 */
const VERSION = /(?<![\p{L}\p{N}.])(\p{L}*)(\p{N}+(?:\.\p{N}+)+)(?!\.?\p{N})/gu;
/** A date written with dots ("7.05.2019", "2022.10.24"): no version. */
const DOTTED_DATE = /^(?:\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d\.\d{1,2}\.\d{1,2})$/u;
/** Words before a number that make it no version: "entry 2.6", "section 8.2", "Example 6.1". */
const NUMBERED_PARTS = new Set(['entry', 'section', 'chapter', 'part', 'figure', 'fig', 'table', 'example', 'step', 'item', 'appendix', 'page', 'note', 'paragraph', 'question', 'rule', 'no', 'number', 'listing']);
/** Words before a version that name no product: "in 3.11", "the 4.0 release", "Version 9.0.5". */
const NO_PRODUCT = new Set(['v', 'ver', 'version', 'versions', 'release', 'releases', 'rel', 'rev', 'revision', 'build', 'patch', 'update', 'notes', 'news', 'changelog', 'changes']);

/** A version written in a text, and what it is a version of where the text says so. */
export interface WrittenVersion {
  /** The version itself: "3.9" of "py3.9", "2.38" of "Git v2.38". */
  readonly version: string;
  /** Letters glued to it, lower-cased ("py" of "py3.9"); "v" counts as none. */
  readonly glued: string | undefined;
  /** The word before it, lower-cased, when that names a product ("python" of "Python 3.11"); not "in", "the", "version". */
  readonly product: string | undefined;
  /** Where it is written, as [start, end) of the text, glued letters included. */
  readonly start: number;
  readonly end: number;
}

/** The word just before `at` in `text`, lower-cased (undefined at the start or after punctuation other than a space). */
function wordBefore(text: string, at: number): string | undefined {
  return /(\p{L}[\p{L}\p{N}-]*)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
}

/** Every version the text writes, with the word it belongs to; dotted dates, amounts ("$2.50") and factors ("1.5x", "2.5%") are none. */
function versionsWritten(text: string): WrittenVersion[] {
  return [...text.matchAll(VERSION)].flatMap((match): WrittenVersion[] => {
    const [written, letters = '', version = ''] = match;
    const start = match.index;
    const end = start + written.length;
    if (DOTTED_DATE.test(version) || /[$€£¥]\s*$/u.test(text.slice(0, start)) || /^(?:x(?!\p{L})|\s*%)/u.test(text.slice(end))) return [];
    const glued = letters.length > 0 && letters.toLowerCase() !== 'v' ? letters.toLowerCase() : undefined;
    const before = wordBefore(text, start);
    const product = glued ?? (before !== undefined && !NO_PRODUCT.has(before) && analyzeTerms(before).length > 0 ? before : undefined);
    return [{ version, glued, product, start, end }];
  });
}

/** The terms of the products the versions are of ("lumen" of "lumen 2.4", "py" of "py3.9"). */
export function productTerms(versions: readonly WrittenVersion[]): string[] {
  return versions.flatMap(({ product }) => (product === undefined ? [] : analyzeTerms(product)));
}

/** The versions a question names ("What's new in py3.9 and v2.38?": 3.9 and 2.38). */
export function askedVersions(question: string): WrittenVersion[] {
  return versionsWritten(question);
}

/**
 * The versions a title or heading names as what it is about: "What's New In Python 3.11", "Git
 * v2.38 Release Notes", "2.4.0 - 2025-09-09", "[4.0.0](…) - (2024-05-20)", "Changes from 5.6.2
 * to *5.7.1*". Not a section's number ("8.2. Configuring the Network", "Python FAQ (entry 2.6)"),
 * nor a version inside a link's address ("compare/v3.8.2...v3.9.0"), nor the first of a range
 * ("5.6.2" of "Changes from 5.6.2 to 5.7.1").
 */
export function labelVersions(label: string): WrittenVersion[] {
  // Link addresses become spaces, so offsets hold.
  const text = label.replace(/\]\([^)]*\)|https?:\/\/\S+/gu, (link) => (link.startsWith(']') ? `]${' '.repeat(link.length - 1)}` : ' '.repeat(link.length)));
  const written = versionsWritten(text);
  return written.filter(({ start, end }) => {
    const before = wordBefore(text, start);
    if (before !== undefined && NUMBERED_PARTS.has(before)) return false;
    // A range's first version is not the section's: "Changes from 5.6.2 to 5.7.1" is 5.7.1's. (A
    // lone "Fixes since v2.36" keeps its version: measured, dropping it let a held-out absent
    // fact about 2.36 be answered from the 2.37 notes.)
    const laterOne = written.some((other) => other.start > end);
    if (laterOne && before !== undefined && /^(?:since|from|after|between)$/iu.test(before)) return false;
    // A number that opens the label and runs on into words is the section's own: "6.1. Foo", "2.3 Setup".
    const opens = /^[\s#*[(]*$/u.test(text.slice(0, start));
    return !(opens && /^\.?\s+\p{L}/u.test(text.slice(end)) && !/^\.?\s+(?:-|–|—|\()/u.test(text.slice(end)));
  });
}

/** The text without the versions written at the given places, glued letters and all ("in py3.9?" -> "in ?"). */
export function withoutVersions(text: string, dropped: readonly WrittenVersion[]): string {
  return [...dropped].sort((a, b) => b.start - a.start).reduce((rest, { start, end }) => rest.slice(0, start) + rest.slice(end), text);
}

/** True when two versions are the same one, trailing zeros aside ("2.38.0" is "2.38"). */
function sameVersion(one: string, other: string): boolean {
  const a = one.split('.').map(Number);
  const b = other.split('.').map(Number);
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) === (b[i] ?? 0)).every(Boolean);
}

/** True when `series` is a shorter version that `version` belongs to ("3.4" of "3.4.1", "7.1" of "7.1.0"). */
function opensSeries(series: string, version: string): boolean {
  const s = series.split('.').map(Number);
  const v = version.split('.').map(Number);
  return s.length < v.length && s.every((part, i) => part === v[i]);
}

/**
 * How fully a version asked about names one written in a title or heading: 2 when it is the same
 * one ("2.38.0" of "2.38") or opens its series ("3.4" of "3.4.1", "7.1" of "7.1.0"); 1 when it is
 * more precise than what is written ("3.8.1" of the "3.8" notes); 0 otherwise ("3.4.0" is not
 * "3.4.1", nor "3.1" "3.10").
 */
export function versionMatch(asked: string, written: string): 0 | 1 | 2 {
  if (opensSeries(asked, written) || (sameVersion(asked, written) && asked.split('.').length >= written.split('.').length)) return 2;
  if (opensSeries(written, asked)) return 1;
  return 0;
}
