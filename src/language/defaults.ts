import { askingClause, asksYesOrNo } from './answer-type.js';
import { analyzeTerms } from './terms.js';

/**
 * A default asked for by name: "what's the default timeout", "what port does it use by default",
 * "status interval default?". The answer states one ("The default is 15 seconds", "defaults to
 * None"); "Added a new *timeout* parameter" names the setting but not its default.
 */
const ASKS_FOR_DEFAULT = /\bdefaults?\b/iu;

/** How or why something is done with a default ("how do i change the default theme") is explained, not stated. */
const ASKS_HOW = /^\W*(?:\S+\s+)?(?:how|why)\b(?!\s+(?:much|many|long|big|large|often|old|far)\b)/iu;

/**
 * True when the question's asking clause asks for a default by name (ASKS_FOR_DEFAULT); not how to
 * do something with it, nor whether something is or becomes the default ("is it becoming the
 * default in 3.11?" is answered "it has been put on hold").
 */
export function asksForDefault(question: string): boolean {
  const clause = askingClause(question);
  return ASKS_FOR_DEFAULT.test(clause) && !ASKS_HOW.test(clause) && !ASKS_WHERE.test(clause) && !asksYesOrNo(question);
}

/** "Where is the default config file": a place asked for, which an answer gives without saying "default". */
const ASKS_WHERE = /^\W*(?:\S+\s+)?where\b/iu;

/** The term of "default", "defaults", "defaulted" (a sentence's terms say a default so). */
const DEFAULT_TERM = analyzeTerms('default')[0] as string;
/** What else states a default: "listens on 8080 unless --port is given", "out of the box", "comes as standard", "with standard settings". */
const SAYS_DEFAULT = /\bunless\b|\bout of the box\b|\bas standard\b|\bstandard (?:settings?|configuration|install(?:ation)?|setup|options?)\b/iu;

/** True when a sentence states a default: its terms (as read, with what it leans on) hold "default", or its text says one otherwise (SAYS_DEFAULT). */
export const saysDefault = (terms: ReadonlySet<string>, text: string): boolean => terms.has(DEFAULT_TERM) || SAYS_DEFAULT.test(text);
