import type { WeightedTerm } from '../core/index.js';

/** One name as the question writes it: its words, all of which an answer must say ("Jane Doe"). */
export type WrittenName = readonly WeightedTerm[];
/** Names written as alternatives of one another ("Java, Python or Tcl"): an answer must say one of them. */
export type NameSlot = readonly WrittenName[];

/** Between two words of one name: spaces or a hyphen only. */
const WITHIN_NAME = /^[\s-]*$/u;
/**
 * What stands between two names written as alternatives: a comma, slash or bar, "or", "nor",
 * "etc.", brackets ("Java, Python, or Tcl", "linux/windows", "{Array, Hash}"). Not "and" (who did
 * Greminger and Atamkulov meet asks about both) nor a space alone (one name of two words).
 */
const ALTERNATIVES_GAP = /^(?=.*(?:[,/|]|\bor\b|\bnor\b|\betc\b))(?:[\s,/|{}()[\]]|\bor\b|\bnor\b|\betc\b\.?)*$/iu;

/**
 * The names a question asks about, as slots that an answer must fill together: words written next
 * to each other are one name; names written as alternatives of one another share a slot (any one
 * of them fills it); every other name has a slot of its own. Names not written in `text` come last,
 * each alone.
 */
export function nameSlots(text: string, names: readonly WeightedTerm[]): NameSlot[] {
  const lower = text.toLowerCase();
  const placed = names.map((name) => {
    const word = writtenWord(name);
    const at = wordAt(lower, word);
    return { name, at, end: at < 0 ? -1 : at + word.length };
  });
  const found = placed.filter((p) => p.at >= 0).sort((a, b) => a.at - b.at);
  const slots: WeightedTerm[][][] = [];
  let end = -1;
  for (const placedName of found) {
    const slot = slots.at(-1);
    const gap = slot && placedName.at >= end ? lower.slice(end, placedName.at) : undefined;
    const lastName = slot?.at(-1);
    if (gap !== undefined && lastName && WITHIN_NAME.test(gap)) lastName.push(placedName.name);
    else if (gap !== undefined && slot && ALTERNATIVES_GAP.test(gap)) slot.push([placedName.name]);
    else slots.push([[placedName.name]]);
    end = Math.max(end, placedName.end);
  }
  return [...slots, ...placed.filter((p) => p.at < 0).map((p) => [[p.name]])];
}

/** True when the name is written in `text` as a whole word (as the question wrote it). */
export function writtenIn(text: string, name: WeightedTerm): boolean {
  return wordAt(text.toLowerCase(), writtenWord(name)) >= 0;
}

const writtenWord = (name: WeightedTerm): string => name.written?.word ?? name.term;

/** Where `word` first stands in `text` as a whole word, or -1. */
function wordAt(text: string, word: string): number {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text)?.index ?? -1;
}
