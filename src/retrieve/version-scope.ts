import { headingsOf, type Chunk } from '../core/index.js';
import { labelVersions, versionMatch, type WrittenVersion } from '../language/index.js';

/** A title or heading that names a version, the words it is written with, and the passages under it. */
interface VersionLabel {
  readonly versions: readonly WrittenVersion[];
  /** Its words and its document title's, lower-cased: what letters glued to an asked version ("py" of "py3.9") must open. */
  readonly words: readonly string[];
  readonly rows: number[];
}

/** What a question names by version: the passages, and the versions it wrote that those passages' titles or headings carry in full. */
export interface NamedByVersion {
  /** The passages, in index order. */
  readonly rows: readonly number[];
  /** The versions as the question wrote them that chose those passages and that they carry as asked ("3.11" of "What's New In Python 3.11"). */
  readonly said: readonly WrittenVersion[];
}

/**
 * The passages a question names by a version (`asked`: askedVersions) that their document's title
 * or their headings carry ("what changed in asyncio in 3.11?": "What's New In Python 3.11";
 * "anything new in v2.38?": "Git v2.38 Release Notes"; "what did 2.4.0 add?": a changelog's
 * "## 2.4.0" section); undefined when it names none, or every passage. For each version asked, the passages that carry it most fully
 * (versionMatch): "3.8.1" names the "Python 3.8.1" section of the 3.8 notes, not all of them; "7.1"
 * names the 7.1.0, 7.1.1 and 7.1.2 sections alike. A version belongs to what the question says it
 * is of: "kernel 2.6" is not "Python 2.6", and "py3.9" wants a "Py…" word in the title or heading.
 */
export function passagesNamedByVersion(chunks: readonly Chunk[], asked: readonly WrittenVersion[]): NamedByVersion | undefined {
  if (asked.length === 0) return undefined;
  const labels = versionLabels(chunks);
  const rows = new Set<number>();
  const said: WrittenVersion[] = [];
  for (const version of asked) {
    let best = 0;
    let chosen: VersionLabel[] = [];
    for (const label of labels) {
      const quality = Math.max(0, ...label.versions.map((written) => (sameProduct(version, written, label.words) ? versionMatch(version.version, written.version) : 0)));
      if (quality > best) [best, chosen] = [quality, [label]];
      else if (quality === best && quality > 0) chosen.push(label);
    }
    for (const label of chosen) for (const row of label.rows) rows.add(row);
    if (best === 2) said.push(version);
  }
  if (rows.size === 0 || rows.size === chunks.length) return undefined;
  return { rows: [...rows].sort((a, b) => a - b), said };
}

/** Releases of a product that titles or headings must carry before a version missing among them is unlabelled. */
const MIN_LABELLED_RELEASES = 2;

/**
 * The asked versions that no title or heading carries, of a product whose other versions some do
 * ("python 3.10" asked of the 3.8 and 3.9 notes): the corpus has no notes for them, so only a
 * sentence that says them answers for them ("…will be removed in Python 3.10").
 */
export function versionsNotLabelled(chunks: readonly Chunk[], asked: readonly WrittenVersion[]): WrittenVersion[] {
  if (asked.length === 0) return [];
  const labels = versionLabels(chunks);
  return asked.filter((version) => {
    if (labels.some((label) => label.versions.some((written) => sameProduct(version, written, label.words) && versionMatch(version.version, written.version) > 0))) return false;
    // Other versions of what the question names: "node 18.2" asked of a changelog whose sections are
    // bare "## 2.4.0" is about Node, not the changelog's product; a bare "3.10" asked of the Python
    // 3.8 and 3.9 notes is Python's, being of their series, where "the 2.5 metre bench" is not.
    const major = version.version.split('.')[0];
    const ofSeries = (written: WrittenVersion): boolean => version.product !== undefined || version.glued !== undefined || written.version.split('.')[0] === major;
    const others = labels.flatMap((label) => label.versions.filter((written) => sameProduct(version, written, label.words) && (version.product === undefined || written.product !== undefined) && ofSeries(written)));
    // Notes for two releases or more: a FAQ with one entry titled "What is new in 2.6?" is no set of
    // release notes that would have one for 2.7.
    return new Set(others.map((written) => written.version)).size >= MIN_LABELLED_RELEASES;
  });
}

/** True when an asked version and a written one are of the same thing, as far as either says. */
function sameProduct(asked: WrittenVersion, written: WrittenVersion, words: readonly string[]): boolean {
  if (asked.glued !== undefined) return words.some((word) => word.startsWith(asked.glued as string));
  if (asked.product === undefined || written.product === undefined) return true;
  return asked.product.startsWith(written.product) || written.product.startsWith(asked.product);
}

/** The titles and headings that name a version, per document, with their passages; read once per index. */
function versionLabels(chunks: readonly Chunk[]): readonly VersionLabel[] {
  let known = labelsOfChunks.get(chunks);
  if (!known) {
    const byLabel = new Map<string, VersionLabel>();
    const versionsOf = new Map<string, readonly WrittenVersion[]>();
    chunks.forEach((chunk, row) => {
      for (const text of new Set([chunk.title, ...headingsOf(chunk)])) {
        // Most titles and headings name no version: only those with a dotted number are read.
        if (!/\p{N}\.\p{N}/u.test(text)) continue;
        let versions = versionsOf.get(text);
        if (!versions) versionsOf.set(text, (versions = labelVersions(text)));
        if (versions.length === 0) continue;
        const key = `${chunk.documentId}\u0000${text}`;
        let label = byLabel.get(key);
        if (!label) byLabel.set(key, (label = { versions, words: wordsOf(`${text} ${chunk.title}`), rows: [] }));
        label.rows.push(row);
      }
    });
    known = [...byLabel.values()];
    labelsOfChunks.set(chunks, known);
  }
  return known;
}

const labelsOfChunks = new WeakMap<readonly Chunk[], readonly VersionLabel[]>();

const wordsOf = (text: string): string[] => (text.toLowerCase().match(/\p{L}+/gu) ?? []);
