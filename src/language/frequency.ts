/**
 * How often something happens, as an answer: "how often are backups made?" is answered by "every 6
 * hours", "twice a week", "daily", "on Fridays", not by a sentence that only mentions backups.
 */

/** What comes round: units of time, weekdays, months, seasons, and events that recur ("every patch", "twice per match"). */
const UNIT = String.raw`(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|semesters?|terms?|sessions?|seasons?|mornings?|afternoons?|evenings?|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|patch(?:es)?|updates?|releases?|games?|match(?:es)?|rounds?|runs?|boots?|startups?|restarts?)`;
/** A number, in figures (not inside a longer run of digits and dots) or words. */
const COUNT = String.raw`(?:(?<![\d.,])\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|few|couple of|several)`;

/** "how often…", "how frequently…", "how regularly…" opening the asking clause, or "how many times a week…" in it. */
const ASKS_HOW_OFTEN = new RegExp(String.raw`^\W*(?:\S+\s+){0,3}?how (?:often|frequently|regularly)\b|\bhow many times (?:a|an|per|each|every) ${UNIT}\b`, 'iu');

/** True when the asking clause asks how often something happens. */
export const asksHowOften = (clause: string): boolean => ASKS_HOW_OFTEN.test(clause);

/**
 * A frequency as text writes one: "every 60 seconds", "every other Friday", "each week", "once a
 * month", "twice per day", "3 times a year", "5 posts per day", "daily", "on Fridays", an interval
 * of "3 seconds". Not "never" or "always", which say what is done as often as what is not.
 */
const FREQUENCY = new RegExp(
  [
    String.raw`\b(?:every|each)\s+(?:other\s+|${COUNT}\s+)?(?:[\p{L}-]+\s+)?${UNIT}\b`,
    String.raw`\b(?:once|twice|thrice|${COUNT}\s+times?)\s+(?:(?:a|an|per|each|every|in\s+a)\s+)(?:${COUNT}\s+)?${UNIT}\b`,
    String.raw`\b${COUNT}\s+(?:[\p{L}-]+\s+)?(?:per|a|an|each)\s+${UNIT}\b(?!\s+(?:of|ago|later|before|after)\b)`,
    // "the autosave interval changed from 10 seconds to 3 seconds": a length of time said to be the interval.
    String.raw`\b(?:intervals?|cadence|frequency)\b(?:\s+[\p{L}-]+){0,5}?\s+${COUNT}\s+${UNIT}\b`,
    String.raw`\b(?:hourly|daily|nightly|weekly|biweekly|fortnightly|monthly|bimonthly|quarterly|yearly|annually|biannually|semiannually|weekdays)\b`,
    String.raw`\bon\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days|weekends|weekdays)\b`,
    String.raw`\b(?:continuously|constantly|once only|only once)\b`,
  ].join('|'),
  'giu',
);

/** The spans of `text` that say how often (FREQUENCY), as [start, length]. */
export function frequenciesIn(text: string): Array<[start: number, length: number]> {
  return [...text.matchAll(FREQUENCY)].map((match) => [match.index, match[0].length]);
}
