import { headingsOf, type Chunk } from '../core/index.js';
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
    // A number that opens the label and runs on into words is the section's own: "6.1. Foo", "2.3 Setup", "1.1: Sources of information".
    const opens = /^[\s#*[(]*$/u.test(text.slice(0, start));
    return !(opens && /^[.:]?\s+\p{L}/u.test(text.slice(end)) && !/^\.?\s+(?:-|–|—|\()/u.test(text.slice(end)));
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

/** Words a release's label may say before its version, besides its product: "Noteworthy changes in release 3.8", "What's New In Python 3.10", "CHANGES FROM 3.3 TO 3.3a". */
const LABEL_WORDS: ReadonlySet<string> = new Set([
  'changes', 'change', 'changelog', 'noteworthy', 'user-visible', 'visible', 'major', 'minor', 'important', 'release', 'releases', 'version', 'versions',
  'news', 'notes', 'new', 'features', 'feature', 'fixes', 'fix', 'bug', 'bugs', 'bugfix', 'updates', 'update', 'improvements', 'enhancements',
  'additions', 'highlights', 'summary', 'overview', 'what', 'whats', "what's", 'what’s', 'in', 'from', 'to', 'for', 'of', 'the', 'and', 'since', 'after', 'gnu',
]);
/** Most digits in one part of a version ("20240115" of "1.20240115" is a date's). */
const MAX_VERSION_DIGITS = 5;
/** Words before "version" that name no product: "Latest version: 1.4.2" labels no release. */
const NO_LABEL_PRODUCT: ReadonlySet<string> = new Set(['latest', 'current', 'newest', 'newer', 'older', 'old', 'stable', 'minimum', 'required', 'recommended', 'supported', 'next', 'previous', 'last', 'first', 'this', 'that', 'any', 'every', 'each', 'a', 'an']);
/** Words between a label's versions: "from 5.6.2 to 5.7.1", "0.01 through 0.90". */
const BETWEEN_VERSIONS: ReadonlySet<string> = new Set(['to', 'and', 'through', 'thru', 'or']);
/** Words after a label's last version: "GNU coreutils 8.27 release notes", a date ("05 October 2017", "released on 3 May"). */
const LABEL_TAIL: ReadonlySet<string> = new Set([
  'release', 'released', 'notes', 'stable', 'beta', 'alpha', 'final', 'lts', 'patch', 'preview', 'candidate', 'on',
  ...'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
]);

/** A label without the bullet or heading marks that open it ("* Changes in Wget 1.19.4" -> "Changes in Wget 1.19.4"). */
export const withoutBullet = (label: string): string => label.trim().replace(/^[*#=+-]+[ \t]+/u, '');

/** The words of a stretch of a label, lower-cased ("Q1" is one; digits alone are none). */
const labelWords = (text: string): string[] => text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];

/**
 * The version a release's label names, or undefined for a text that is no such label: a title,
 * heading or line made of words that label a release ("Changes in Wget 1.19.4", "* Noteworthy
 * changes in release 3.8 (2021-08-01) [stable]", "Git v2.38 Release Notes", "2.4.0 — 2026-09-15",
 * "Changes from 5.6.2 to 5.7.1": the last), its product (the word before the version, when the
 * document's title names it) and a date or a code name after it. Asides, tags and quoted names
 * are passed over ("Release 2.0 (supersedes 1.9)" is 2.0's). Not a sentence ("Wget 1.9.1 is a
 * bugfix release…"), a numbered section ("1.1: Sources"), a time ("The club opens at 18.30"), a
 * requirement ("Require gettext version 0.19.3") or plans ("Known issues in 3.1"). A version
 * after "since" or "after" is not the label's own ("Updates since v2.37" names none).
 */
export function releaseVersion(label: string, title: string): string | undefined {
  const line = withoutBullet(label).replace(/[.:]$/u, '');
  if (line.length === 0 || line.includes('\n') || /[.;,!?]$/u.test(line)) return undefined;
  // Asides and quoted names are passed over; a tag's or a link's brackets are not what they hold ("[stable]", "[4.0.0](…)").
  const plain = line.replace(/\]\([^)]*\)/gu, (link) => ' '.repeat(link.length)).replace(/\([^)]*\)|"[^"]*"|“[^”]*”/gu, (aside) => ' '.repeat(aside.length)).replace(/[[\]]/gu, ' ');
  const versions = labelVersions(plain);
  // A figure is no version: "47.49000000000000198951966012828052043914794921875".
  if (versions.some(({ version }) => version.split('.').some((part) => part.length > MAX_VERSION_DIGITS))) return undefined;
  const [first] = versions;
  const last = versions.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const before = labelWords(plain.slice(0, first.start));
  const product = first.product === undefined ? undefined : before.at(-1);
  const titled = new Set(analyzeTerms(title));
  // The product: the word before the version that the title names ("Wget" of "Changes in Wget 1.19.4"), or any word before "version" or "release" ("zsh version 3.0.6").
  const isProduct = (word: string, i: number): boolean => (word === product && analyzeTerms(word).every((term) => titled.has(term))) || (/^(?:version|release)s?$/u.test(before[i + 1] ?? '') && !NO_LABEL_PRODUCT.has(word));
  const glued = (text: string): string => text.replace(/^[\p{L}\p{N}+~-]*/u, '');
  const between = versions.slice(1).flatMap((version, i) => labelWords(glued(plain.slice((versions[i] as WrittenVersion).end, version.start))));
  const after = labelWords(glued(plain.slice(last.end)));
  const labels = before.every((word, i) => LABEL_WORDS.has(word) || isProduct(word, i)) && between.every((word) => BETWEEN_VERSIONS.has(word) || LABEL_WORDS.has(word)) && after.every((word) => LABEL_TAIL.has(word));
  if (!labels) return undefined;
  const own = versions.filter(({ start }) => !/^(?:since|after)$/iu.test(wordBefore(plain, start) ?? ''));
  return own.at(-1)?.version;
}

/** A title or heading that names the version a section's changes came in (sectionVersion). */
export interface SectionVersion {
  /** The title or heading as written: "Changes from 5.6.2 to 5.7.1". */
  readonly heading: string;
  /** The version it names: "5.7.1". */
  readonly version: string;
}

/**
 * The innermost heading over a chunk (or else its title) that labels a release (releaseVersion),
 * with its version: release notes and NEWS files date a change by the section it is listed under
 * ("Support for 24-bit true color terminals has been added." under "Changes from 5.6.2 to
 * 5.7.1"). A heading that names a version only after "since" ("Updates since v2.37" in the 2.38
 * notes) is passed over for the one above it. With a product ("which *emacs* version…"), only a
 * heading that names it counts.
 */
export function sectionVersion(chunk: Pick<Chunk, 'title' | 'heading' | 'headings'>, product?: string): SectionVersion | undefined {
  for (const heading of [...[...headingsOf(chunk)].reverse(), chunk.title]) {
    if (product !== undefined && !analyzeTerms(heading).includes(product)) continue;
    const version = releaseVersion(heading, chunk.title);
    if (version !== undefined) return { heading: withoutBullet(heading), version };
  }
  return undefined;
}
