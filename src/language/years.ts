/**
 * Years as questions and sentences state them: "how many pupils visited in 2025" asks of 2025, and
 * "18,240 pupils during 2024" states its figure of another year.
 */

/** Words after which a four-digit number is a year ("in 2024", "May 2019", "the 2024-25 season"), not an amount ("£2000", "has 2000 members"). */
const YEAR_CONTEXT = String.raw`(?<=(?:^|[,(–—-]\s*|\b(?:in|during|since|of|for|by|from|until|till|to|through|thru|and|or|between|before|after|around|early|late|mid|the|year|season|spring|summer|autumn|fall|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s+))`;
/** A year (1900-2099) where its context says it is one (YEAR_CONTEXT). */
const YEAR = new RegExp(String.raw`${YEAR_CONTEXT}(?:19|20)\d\d(?![\p{N}]|[.,:]\d)`, 'giu');
/** A year as a question writes it, context or none ("visitors 2025?"), though not an amount ("£2000", "2000%"). */
const ASKED_YEAR = /(?<![\p{L}\p{N}.,£$€¥#@/:])(?:19|20)\d\d(?![\p{N}%]|[.,:]\d)/gu;
/** A span of years: "2017-2021", "2024-25", "from 2017 to 2021", "between 2020 and 2025". */
const YEAR_SPAN = /(?<![\p{L}\p{N}£$€¥])((?:19|20)\d\d)\s*(?:-|–|—|to|until|till|through|thru|and)\s*((?:19|20)?\d\d)(?![\p{N}])/giu;
/** A year that opens a span with no end: "since 2019", "from 2017 onwards". */
const SINCE_YEAR = /\b(?:since|from)\s+((?:19|20)\d\d)(?![\p{N}])(?!\s*(?:-|–|—|to|until|till|through|thru)\s*\d)/giu;
/** What comes before a year a question counts from or to ("after 2019", "since 2020"), which no fact is asked of. */
const YEAR_AS_BOUND = /\b(?:before|after|since|until|till|by|prior to|as of)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?$/iu;

/** The years of a span, inclusive: "2024-25" is 2024 and 2025. */
function spanYears(from: string, to: string): number[] {
  const start = Number(from);
  const end = to.length === 2 ? Math.floor(start / 100) * 100 + Number(to) : Number(to);
  // A span that runs backwards, or over more than a century, is no span of years.
  if (end < start || end - start > 100) return [start];
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** The years of every span the text writes (YEAR_SPAN). */
function spannedYears(text: string): number[] {
  return [...text.matchAll(YEAR_SPAN)].flatMap((match) => spanYears(match[1] ?? '', match[2] ?? ''));
}

/**
 * The years a question asks a fact of ("how many pupils visited in 2025", "between 2020 and
 * 2025"), not those it counts from or to ("since 2020", "after 2019").
 */
export function yearsAsked(clause: string): number[] {
  const spans = spannedYears(clause);
  const single = [...clause.matchAll(ASKED_YEAR)].filter((match) => !YEAR_AS_BOUND.test(clause.slice(0, match.index))).map((match) => Number(match[0]));
  return [...new Set([...spans, ...single])];
}

/**
 * True when the sentence states its fact for years, none of them one the question asks of: "18,240
 * pupils during 2024" does not say how many came in 2025. A span ("from 2017 to 2021", "the 2024-25
 * season") covers its years and "since 2019" every year after; a sentence that names no year is
 * read in its document's time.
 */
export function saysOtherYear(sentence: string, asked: readonly number[]): boolean {
  if (asked.length === 0) return false;
  const said = [...sentence.matchAll(YEAR)].map((match) => Number(match[0]));
  if (said.length === 0) return false;
  const covered = new Set([...said, ...spannedYears(sentence)]);
  const since = [...sentence.matchAll(SINCE_YEAR)].map((match) => Number(match[1]));
  return !asked.some((year) => covered.has(year) || since.some((start) => start <= year));
}

/**
 * A span of two years whose second is written short ("2011-12", "1998/99"), not a date ("2011-12-05")
 * nor a number after a year ("in 2019 - 20 people"): the second is the year after the first.
 */
const SHORT_YEAR_SPAN = /(?<![\p{L}\p{N}.\-–\/])(?:19|20)(\d\d)[-–\/](\d\d)(?![\p{L}\p{N}]|[-–\/.:]\d)/gu;

/**
 * The short second years of the question's spans of two years ("12" of "2011-12"): a document
 * may write the span so ("the 2011–12 season") or in full ("2011-2012"), so the two digits are
 * no word an answer must say.
 */
export function shortYearsOfSpans(text: string): Set<string> {
  return new Set([...text.matchAll(SHORT_YEAR_SPAN)].filter((match) => Number(match[2]) === (Number(match[1]) + 1) % 100).map((match) => match[2] ?? ''));
}
