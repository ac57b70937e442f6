/**
 * A version as written: digits joined by dots, after any letters glued to it ("3.10", "v2.38",
 * "py3.9", "python3.8"), not followed by more of a number. Group 1 is the version itself.
 */
const VERSION = /(?<![\p{L}\p{N}.])\p{L}*(\d+(?:\.\d+)+)(?!\.?\d)/gu;
/** A date written with dots ("7.05.2019", "2022.10.24"): no version. */
const DOTTED_DATE = /^(?:\d{1,2}\.\d{1,2}\.(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d\.\d{1,2}\.\d{1,2})$/u;

/** The versions a text names ("What's new in py3.9 and v2.38?" -> ["3.9", "2.38"]), without their prefixes. */
export function versionsIn(text: string): string[] {
  return [...text.matchAll(VERSION)].map((match) => match[1] as string).filter((version) => !DOTTED_DATE.test(version));
}

/** The text without the versions `drop` picks, each with its glued prefix ("in py3.9?" -> "in ?"). */
export function withoutVersions(text: string, drop: (version: string) => boolean): string {
  return text.replace(VERSION, (written: string, version: string) => (!DOTTED_DATE.test(version) && drop(version) ? '' : written));
}

/**
 * True when a version asked about names a version written elsewhere (a document's title): the same
 * one ("2.38.0" is "2.38"), or a series it opens ("3.4" names "3.4.1"; "3.4.0" does not, nor
 * does "3.1" name "3.10").
 */
export function versionNames(asked: string, written: string): boolean {
  const a = asked.split('.').map(Number);
  const w = written.split('.').map(Number);
  const length = Math.max(a.length, w.length);
  const same = Array.from({ length }, (_, i) => (a[i] ?? 0) === (w[i] ?? 0)).every(Boolean);
  return same || (a.length < w.length && a.every((part, i) => part === w[i]));
}
