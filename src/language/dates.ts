const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

interface DatePattern {
  readonly regex: RegExp;
  readonly parts: (match: RegExpExecArray) => [year: number, month: number, day: number];
}

const monthNumber = (name: string): number =>
  MONTHS.findIndex((month) => month.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

// Each pattern names where year, month and day are; the earliest match in the text wins.
const DATE_PATTERNS: readonly DatePattern[] = [
  { regex: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'), parts: (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])] },
  { regex: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'), parts: (m) => [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])] },
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  // Day first, as in "Created at : 7.05.2019".
  { regex: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, parts: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
];

/**
 * The date of `text`'s dateline, if one of its first paragraphs opens with a date (hasDateline),
 * else the first calendar date written in it, as YYYY-MM-DD, or undefined. A release headed "New
 * fares from 4 May 2025" was put out on its dateline's 14 March.
 */
export function findDate(text: string): string | undefined {
  const dateline = datelineParagraph(text);
  return (dateline === undefined ? undefined : locateDate(dateline)?.iso) ?? locateDate(text)?.iso;
}

/** Paragraphs a dateline may come after: a title, "PRESS RELEASE", "For immediate release". */
const DATELINE_PARAGRAPHS = 4;

/** The first of the text's first paragraphs that opens with a publication date (opensWithDate). */
function datelineParagraph(text: string): string | undefined {
  return text.split(/\n\s*\n/u, DATELINE_PARAGRAPHS).find(opensWithDate);
}

/** True when one of the text's first paragraphs opens with a publication date: "For immediate release" may come first. */
export const hasDateline = (text: string): boolean => datelineParagraph(text) !== undefined;

/** Words that label a publication date ("Published: May 7, 2019", "Posted on …"). */
const DATE_LABEL = /\b(?:published|posted|dated?|released|issued|updated|created|written)(?:\s+(?:on|at))?\s*:?\s*$/iu;
/** Capitalised words that open a sentence about a date rather than a dateline's place ("From 1 December…", "Since 5 April…"). */
const DATE_OPENERS = 'From|Since|On|In|Until|Till|By|As|At|Before|After|During|Starting|Beginning|Effective|Through|Between|Every|Each|Next|Last|This|The';
/**
 * Only capitalised words before the date, emphasis around them or not: a dateline's place ("VIENNA,
 * ", "New York -", "**PORTMERE, "). Not a list's bullet ("* 2026-05-01: fixed…").
 */
const DATELINE_PLACE = new RegExp(
  String.raw`^\s*(?:[*_]{1,2}(?=[\p{Lu}\p{N}]|$))?(?:(?!(?:${DATE_OPENERS})\b)[\p{Lu}][\p{L}.'’-]*[\s,]+){0,4}$`,
  'u',
);
/** How far into a paragraph a dateline's date may start. */
const DATELINE_CHARS = 60;

/**
 * True when the paragraph opens with a publication date: a dateline ("VIENNA, May 7, 2019 - …"), a
 * bare date, or a labelled one ("Published: 2024-03-01"). "As of version 3.39.0 (2022-06-25)" is not.
 */
export function opensWithDate(paragraph: string): boolean {
  const found = locateDate(paragraph.slice(0, DATELINE_CHARS + 30));
  if (!found || found.index > DATELINE_CHARS) return false;
  const before = paragraph.slice(0, found.index);
  return DATELINE_PLACE.test(before) || DATE_LABEL.test(before);
}

/**
 * What may come before an entry's date: markup ("[2026-11-30]", "## 3 November 2026", "**14 March
 * 2026**", "- 2026-03-01:") and its weekday. Not a table's "|".
 */
const ENTRY_MARKUP = /^[\s[(#*_>-]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/iu;
/**
 * What may follow it: the line's end, markup, or a separator before who posted it or a title
 * ("[2026-11-30] posted by", "3 Nov 2026: new venue"); not a sentence it is the subject of ("1
 * March 2027 is the deadline").
 */
const AFTER_ENTRY_DATE = /^[\])*_]*\s*(?:$|[:,—–|-]|\(|posted\b|by\b|from\b|@)/iu;

/**
 * The date an entry of a log is dated by, when `line` opens with one as its label (an
 * announcement's "[2026-11-30] posted by @mags", a heading "3 November 2026: new venue"), as
 * YYYY-MM-DD. "Released in 2.4.0 (2026-09-15)", "From Tuesday 1 December 2026 the centre…" and "1
 * March 2027 is the deadline" open with none. A date after `today` is an event's, not a posting's.
 */
export function entryDate(line: string, today: string = new Date().toISOString().slice(0, 10)): string | undefined {
  const found = locateDate(line.slice(0, 40));
  if (!found || !ENTRY_MARKUP.test(line.slice(0, found.index)) || found.iso > today) return undefined;
  return AFTER_ENTRY_DATE.test(line.slice(found.index + found.length)) ? found.iso : undefined;
}

function locateDate(text: string): { index: number; length: number; iso: string } | undefined {
  let best: { index: number; length: number; iso: string } | undefined;
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    const [year, month, day] = pattern.parts(match);
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (valid && (!best || match.index < best.index)) {
      best = { index: match.index, length: match[0].length, iso: date.toISOString().slice(0, 10) };
    }
  }
  return best;
}
