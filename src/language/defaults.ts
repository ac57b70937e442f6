import { askingClause, asksYesOrNo } from './answer-type.js';
import { analyzeTerms } from './terms.js';

/**
 * A default asked for by name: "what's the default timeout", "is it on by default?", "status
 * interval default?". The answer states one ("The default is 15 seconds", "defaults to None");
 * "Added a new *timeout* parameter" names the setting but not its default.
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
  return ASKS_FOR_DEFAULT.test(clause) && !ASKS_HOW.test(clause) && !asksYesOrNo(question);
}

/** Terms of words that state a default: "the default is", "defaults to", "with standard settings". */
const DEFAULT_TERMS: ReadonlySet<string> = new Set(analyzeTerms('default standard'));

/** True when a text's terms state a default (DEFAULT_TERMS). */
export const saysDefault = (terms: ReadonlySet<string>): boolean => [...DEFAULT_TERMS].some((term) => terms.has(term));
