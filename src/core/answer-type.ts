/** What kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'time' | 'quantity';

const MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/iu;

/** "When…", "in what year…", "on what date…" ask for a time; "how many/much…" for a quantity. */
export function expectedAnswerType(question: string): AnswerType | undefined {
  if (/\b(?:when|(?:what|which) (?:year|date|day|month|time))\b/iu.test(question)) return 'time';
  if (/\bhow (?:many|much)\b/iu.test(question)) return 'quantity';
  return undefined;
}

/** True when `text` holds something of the given type: a year, date or month for time; a number for quantity. */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  if (type === 'time') return /\b(?:1[5-9]\d\d|20\d\d)\b/u.test(text) || MONTH.test(text);
  return /\d/u.test(text) || /\b(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b/iu.test(text);
}
