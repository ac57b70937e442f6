import type { WeightedTerm } from '../core/index.js';
import { wholeWordIndices } from './whole-words.js';

/** One name as the question writes it: its words, all of which an answer must say ("Jane Doe"). */
export type WrittenName = readonly WeightedTerm[];
/** Names written as alternatives of one another ("Java, Python or Tcl"): an answer must say one of them. */
export type NameSlot = readonly WrittenName[];

/** Between two words of one name: spaces, or a hyphen with no space around it ("Nur-Sultan"). */
const WITHIN_NAME = /^(?:[^\S\n]+|-)$/u;
/** Between two names of a list: a comma, "or", "and", a slash or bar, and spaces (a bracket opens or closes a list). */
const LIST_GAP = /^(?:[\s,/|]|\bor\b|\bnor\b|\band\b)*$/iu;
/** A list of alternatives says so: "or", "nor", a slash or bar between its names ("linux/windows"). */
const SAYS_ALTERNATIVE = /[/|]|\bor\b|\bnor\b/iu;
/** A list ends in "etc." ("X, Tk, Gtk, etc."), or is bracketed ("{Array, Hash, Regex}"): its names are examples. */
const ETC_AFTER = /^[\s,]*etc\b/iu;
const OPENS_BRACKET = /[{([]\s*$/u;
const CLOSES_BRACKET = /^\s*[})\]]/u;

/**
 * The names a question asks about, as slots that an answer must fill together. Words written next
 * to each other are one name. Names listed as alternatives ("Java, Python, or Tcl", "linux/windows",
 * "(X, Tk, Gtk, etc.)", "{Array, Hash}") share a slot: any one of them fills it. Every other name,
 * those of a list joined by "and" or commas alone included, has a slot of its own. Names not
 * written in `text` are left out.
 */
export function nameSlots(text: string, names: readonly WeightedTerm[]): NameSlot[] {
  const lower = text.toLowerCase();
  const placed = names.map((name) => {
    const word = writtenWord(name);
    const at = wordAt(lower, word);
    return { name, at, end: at < 0 ? -1 : at + word.length };
  });
  // Written names, in order, with where each starts and ends.
  const written: { words: WeightedTerm[]; start: number; end: number }[] = [];
  for (const { name, at, end } of placed.filter((p) => p.at >= 0).sort((a, b) => a.at - b.at)) {
    const last = written.at(-1);
    if (last && at >= last.end && WITHIN_NAME.test(lower.slice(last.end, at))) {
      last.words.push(name);
      last.end = end;
    } else {
      written.push({ words: [name], start: at, end });
    }
  }
  // Runs of names joined as a list; a run that says it is a choice is one slot.
  const slots: WeightedTerm[][][] = [];
  let run: typeof written = [];
  const closeRun = (): void => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return;
    const gaps = run.slice(1).map((name, i) => lower.slice((run[i] as { end: number }).end, name.start));
    const choice =
      run.length > 1 &&
      (gaps.some((gap) => SAYS_ALTERNATIVE.test(gap) && !/\band\b/iu.test(gap)) ||
        ETC_AFTER.test(lower.slice(last.end)) ||
        (OPENS_BRACKET.test(lower.slice(0, first.start)) && CLOSES_BRACKET.test(lower.slice(last.end))));
    if (choice) slots.push(run.map((name) => name.words));
    else for (const name of run) slots.push([name.words]);
    run = [];
  };
  for (const name of written) {
    const previous = run.at(-1);
    if (previous && !LIST_GAP.test(lower.slice(previous.end, name.start))) closeRun();
    run.push(name);
  }
  closeRun();
  return slots;
}

const writtenWord = (name: WeightedTerm): string => name.written?.word ?? name.term;

/** Where `word` first stands in `text` as a whole word, or -1. */
const wordAt = (text: string, word: string): number => wholeWordIndices(text, word)[0] ?? -1;
