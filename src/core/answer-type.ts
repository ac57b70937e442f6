/** What kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'time' | 'quantity' | 'person';

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/**
 * A full name inside a sentence: two or more capitalised words not starting it ("President
 * Kassym-Jomart Tokayev"), or a surname after Mr./Ms./Dr.
 */
const FULL_NAME = /(?<=[^.!?\s]\s+)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+|\b(?:Mr|Mrs|Ms|Dr)\.\s+\p{Lu}/u;

/** "When…", "in what year…", "…the date…" ask for a time; "how many/much…" for a quantity; "who…" for a person. */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (/\b(?:when|date|(?:what|which) (?:year|day|month|time))\b/iu.test(question)) return 'time';
  if (/\bhow (?:many|much)\b/iu.test(question)) return 'quantity';
  if (/\b(?:who|whom)\b/iu.test(question)) return 'person';
  return undefined;
}

/** True when `text` holds something of the given type: a year, date or month; a number; a person's name. */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  if (type === 'time') return /\b(?:1[5-9]\d\d|20\d\d)\b/u.test(text) || MONTH.test(text);
  if (type === 'person') return FULL_NAME.test(text);
  return /\d/u.test(text) || /\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/iu.test(text);
}
