import { askingClause } from './answer-type.js';

/**
 * A bound asked for by name: "what's the max team size", "the minimum age to join", "maximum
 * note size?". The answer states a bound ("up to 4 people", "at least 16", "macOS 12 or later");
 * "reaches Homestead Rank 6" is a rank, not the highest one.
 */
const ASKS_FOR_BOUND = /\b(?:max|maximum|minimum)\b/iu;

/** The words that ask for a bound by name (ASKS_FOR_BOUND). */
export const BOUND_WORDS: ReadonlySet<string> = new Set(['max', 'maximum', 'minimum']);

/** True when the question's asking clause asks for a bound by name (ASKS_FOR_BOUND). */
export const asksForBound = (question: string): boolean => ASKS_FOR_BOUND.test(askingClause(question));

/** Words that state a bound: "up to", "at most", "no more than", "16 or older", "exceeds", "the largest", "over 18", "18+", "requires 2 GB". */
const SAYS_BOUND = new RegExp(
  [
    String.raw`\b(?:up to|at (?:most|least)|no (?:more|fewer|less|later|earlier) than|not (?:more|less|fewer) than|(?:more|less|fewer|greater|larger|bigger|longer|shorter|higher|lower|older|younger|later|earlier|newer) than)\b`,
    String.raw`\bor (?:more|less|fewer|older|younger|over|under|above|below|later|newer|higher|lower|earlier|greater|smaller)\b|\band (?:over|under|up|above|older)\b`,
    String.raw`\b(?:max|maximum|maximal|minimum|minimal|limit|limits|limited|cap|caps|capped|ceiling|highest|lowest|largest|smallest|biggest|longest|shortest|exceed|exceeds|exceeded|exceeding|within)\b`,
    // "requires OpenSSL 1.1.1", "needs 2 GB": what is needed is the minimum.
    String.raw`\b(?:requires?|required|requirements?|needs|needed)\b`,
    // "over 18", "under 5 MB": a preposition of bound before a number, not any "over" or "under".
    String.raw`\b(?:over|under|above|below)\s+[$€£]?\d`,
    String.raw`\d\+`,
  ].join('|'),
  'iu',
);

/** True when the text states a bound (SAYS_BOUND). */
export const saysBound = (text: string): boolean => SAYS_BOUND.test(text);
