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
 * one ("2.38.0" is "2.38"), or one of a series, either way ("3.4" names "3.4.1"; "3.8.1" is of
 * the "3.8" series). "3.4.0" does not name "3.4.1", nor "3.1" "3.10".
 */
export function versionNames(asked: string, written: string): boolean {
  return sameVersion(asked, written) || opensSeries(asked, written) || opensSeries(written, asked);
}

/** True when `series` is a shorter version that `version` belongs to ("3.4" of "3.4.1"). */
export function opensSeries(series: string, version: string): boolean {
  const s = series.split('.').map(Number);
  const v = version.split('.').map(Number);
  return s.length < v.length && s.every((part, i) => part === v[i]);
}

/** True when two versions are the same one, trailing zeros aside ("2.38.0" is "2.38"). */
export function sameVersion(one: string, other: string): boolean {
  const a = one.split('.').map(Number);
  const b = other.split('.').map(Number);
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => (a[i] ?? 0) === (b[i] ?? 0)).every(Boolean);
}
