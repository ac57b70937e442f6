/** What kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'time' | 'quantity' | 'duration' | 'person';

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;
const YEAR = /\b(?:1[5-9]\d\d|20\d\d)\b/u;
/** A span of years ("2011-2012"). */
const YEAR_RANGE = /\b(?:1[5-9]\d\d|20\d\d)\s*[-–]\s*(?:1[5-9]\d\d|20\d\d|\d\d)\b/u;
/** Numbers that are not counts: years, dates, times of day, ordinals ("21st"). */
const NOT_A_COUNT = new RegExp(
  [
    String.raw`\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b\d+(?:st|nd|rd|th)\b`,
    `${MONTH.source}\\s+\\d{1,2}\\b`,
    String.raw`\b\d{1,2}\s+` + MONTH.source,
    YEAR.source,
  ].join('|'),
  'giu',
);
const NUMBER_WORD = /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b/iu;
/** "since 2017", "since May". */
const SINCE = new RegExp(String.raw`\bsince\s+(?:${YEAR.source}|${MONTH.source})`, 'iu');
const UNIT_OF_TIME = /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies))\b/iu;

/**
 * A full name inside a sentence: two or more capitalised words not starting it ("President
 * Kassym-Jomart Tokayev"), or a surname after Mr./Ms./Dr.
 */
const FULL_NAME = /(?<=[^.!?\s]\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+|\b(?:Mr|Mrs|Ms|Dr)\.\s+\p{Lu}/u;

/**
 * "When…", "in what year…", "…the date…" ask for a time; "how many/much…" for a quantity; "how
 * long…" for a duration; "who…" for a person.
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (/\bhow long\b/iu.test(question)) return 'duration';
  if (/\b(?:when|date|(?:what|which) (?:year|day|month|time))\b/iu.test(question)) return 'time';
  if (/\bhow (?:many|much)\b/iu.test(question)) return 'quantity';
  if (/\b(?:who|whom)\b/iu.test(question)) return 'person';
  return undefined;
}

/**
 * True when `text` holds something of the given type: a year, date or month; a count (a number
 * that is not a year, date, time or ordinal: "How many members…" is not answered by "in 2017");
 * a duration (a span of years, "since…", "three years"); a person's name.
 */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  switch (type) {
    case 'time':
      return YEAR.test(text) || MONTH.test(text);
    case 'person':
      return FULL_NAME.test(text);
    case 'duration':
      return YEAR_RANGE.test(text) || UNIT_OF_TIME.test(text) || SINCE.test(text);
    case 'quantity':
      return /\d/u.test(text.replace(NOT_A_COUNT, ' ')) || NUMBER_WORD.test(text);
  }
}
