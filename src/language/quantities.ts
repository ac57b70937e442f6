import { chatMeanings, likeliestTag } from './alternatives.js';
import { FRAMING_WORDS, analyzeTerms } from './terms.js';
import { wholeWordIndices } from './whole-words.js';
import { sharedWordNet } from './wordnet.js';

/**
 * What a "how much / how many" question measures, beyond "a number": a proportion ("how much
 * faster", "by what %") or a count of something named ("how many days", "how many packages").
 */

/** True for a comparative ("faster", "less", "smaller"), as the lexicon tags it first. */
export const isComparative = (word: string): boolean => /^(?:JJR|RBR)$/u.test(likeliestTag(word) ?? '') || /^(?:more|less|fewer)$/u.test(word);

/** "speed up", "speedup", "slowdown": a change whose size is a proportion. */
const SAYS_CHANGE = /\b(?:speed(?:s|ed)?[\s-]?ups?|sped[\s-]up|slow(?:s|ed)?[\s-]?downs?)\b/iu;

/**
 * True when the question asks for a proportion: "how much faster…", "is it faster? by how much",
 * "how many times smaller…", "how many x", "by what %", "what percentage…". `clause` is its
 * asking clause; the comparative may stand in the question before it ("faster than gather? by how much").
 */
export function asksForProportion(question: string, clause: string): boolean {
  if (/\bby what (?:%|percent(?:age)?|factor)|\bwhat\s*(?:%|percent(?:age)?)|\bhow many (?:x|×)(?!\w)/iu.test(clause)) return true;
  // The comparative right after "how much" ("how much faster", "how much more memory"), not
  // anywhere: "how much memory does the larger instance need" asks for an amount.
  const after = /\bhow (?:much|many times)\s+(\p{L}+)(?:\s+\p{L}+)?/iu.exec(clause);
  if (after && (isComparative((after[1] ?? '').toLowerCase()) || SAYS_CHANGE.test(after[0]))) return true;
  // "is it faster than gather? by how much": a follow-up that is only "by how much" asks of the comparative before it.
  if (!/^\W*(?:\p{L}+\s+)?by how much\W*$/iu.test(clause)) return false;
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some(isComparative) || SAYS_CHANGE.test(question);
}

/** A proportion as text writes one: "36%", "1.87x" (not "3 x 2 m"), "ten times", "twice", "half as", "doubled", "3-fold". */
const PROPORTION =
  /\d(?:[\d.,]*\d)?\s*(?:%|percent\b|per cent\b|(?:x|×)(?![\p{L}\p{N}])(?!\s*\d)|times\b|-?fold\b)|\b(?:twice|thrice|half as|halved|doubled|doubles|tripled|quadrupled|(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand)(?:\s+times|-fold)|orders? of magnitude)\b/giu;

/** The spans of `text` that write a proportion (PROPORTION), as [start, length]. */
export function proportionsIn(text: string): Array<[start: number, length: number]> {
  return [...text.matchAll(PROPORTION)].map((match) => [match.index, match[0].length]);
}

/**
 * "How many *days*…", "how many official *packages*…", "how much *memory*…": the search terms of
 * the things the question counts (the nouns, or words neither the lexicon nor WordNet knows, such
 * as "funcs", among the first four words after "many" or "much", up to a function word), with the
 * other words of their first sense in WordNet ("countries" -> "state", "land"), so "57
 * participating States" counts countries, and a chat short form's meanings ("hp": health).
 * Undefined when it names none ("how many are there?", "how much stuff").
 */
export function countedThing(clause: string): ReadonlySet<string> | undefined {
  const after = /\bhow (?:many|much)\s+(.*)$/iu.exec(clause)?.[1];
  if (after === undefined) return undefined;
  const run: string[] = [];
  for (const word of after.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    if (run.length === MAX_COUNTED_WORDS || analyzeTerms(word).length === 0) break;
    run.push(word);
  }
  const nouns = run.filter((word) => {
    if (FRAMING_WORDS.has(word) || GENERIC_COUNTS.has(word) || isComparative(word)) return false;
    const tag = likeliestTag(word);
    return tag === undefined ? !sharedWordNet.knows(word) || sharedWordNet.partsOf(word).has('noun') : /^NN/u.test(tag);
  });
  if (nouns.length === 0) return undefined;
  const related = nouns.flatMap((noun) => sharedWordNet.firstNounSense(noun).filter((word) => !word.includes(' ')));
  // Chat's short forms by what they mean ("hp": health).
  const meant = nouns.flatMap((noun) => chatMeanings(noun).flat());
  // A plural the stemmer keeps whole ("cpus") counts its singular too, as the corpus's "CPUs" reads.
  const singulars = nouns.flatMap((noun) => (/[^s]s$/u.test(noun) ? analyzeTerms(noun.replace(/e?s$/u, '')) : []));
  return new Set([...[...nouns, ...related].flatMap((word) => analyzeTerms(word)), ...meant, ...singulars]);
}

/** Counted nouns a number stands for alone ("how many people fit?": "the hall holds 40"; "how many kids": "18 juniors"). */
const GENERIC_COUNTS = new Set(['people', 'persons', 'ppl', 'folks', 'guys', 'users', 'ones', 'times', 'kids', 'children']);
/** Words after "how many" read for what it counts ("how many new nanosecond time funcs"). */
const MAX_COUNTED_WORDS = 4;
/** An ordinal and the word after it: "third strike", "2nd warning". */
const ORDINAL_BEFORE_NOUN = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+([\p{L}-]+)/giu;
/**
 * The spans of `text` where an ordinal numbers the counted thing ("the *third strike* is a ban"
 * says how many strikes there are before one), as [start, length].
 */
export function ordinalsCounting(text: string, counted: ReadonlySet<string>): Array<[start: number, length: number]> {
  return [...text.matchAll(ORDINAL_BEFORE_NOUN)].filter((match) => analyzeTerms(match[1] ?? '').some((term) => counted.has(term))).map((match) => [match.index, match[0].length]);
}

/** Words after a number that still belong to what it counts ("57 *participating* States", "3 new *modules*"). */
const COUNT_WINDOW_AFTER = 3;
/** Words before it ("*packages*: 59,000", "the number of *members* is 57"). */
const COUNT_WINDOW_BEFORE = 4;

/**
 * True when one of `quantity`'s places in `text` counts the asked-for thing: a word of `counted`
 * in the quantity itself ("three days") or within a few words of it.
 */
export function countsThing(text: string, quantity: string, counted: ReadonlySet<string>): boolean {
  const saysCounted = (span: string): boolean => analyzeTerms(span).some((term) => counted.has(term));
  if (saysCounted(quantity)) return true;
  return wholeWordIndices(text, quantity).some((start) => {
    const before = text.slice(0, start).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    const after = text.slice(start + quantity.length).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
    return saysCounted([...before.slice(-COUNT_WINDOW_BEFORE), ...after.slice(0, COUNT_WINDOW_AFTER)].join(' '));
  });
}
