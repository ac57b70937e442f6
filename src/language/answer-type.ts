import { entityTypes, type EntityType } from './entities.js';
import { namesPeopleByRole } from './people-words.js';
import { sharedWordNet } from './wordnet.js';

/** What kind of answer a question asks for, when its wording says so. */
export type AnswerType = 'time' | 'quantity' | 'money' | 'duration' | 'person';

/** The words that open a question's clause: where "when", "who" and "how many" ask, not join ("…an error when the variable…"). */
const OPENING_WORDS = 4;

/**
 * The question's asking clause: its last sentence that ends with "?" (or the whole text), so that
 * "When I reimport a module, nothing changes. Why?" asks why.
 */
function askingClause(question: string): string {
  const sentences = question.split(/(?<=[.?!])\s+/u).filter((s) => s.trim().length > 0);
  return [...sentences].reverse().find((s) => s.trim().endsWith('?')) ?? question;
}

/**
 * "When…", "what time…", "in what year…", "…the date…" ask for a time; "how long…" for a duration;
 * "how much does it cost…" for money; "how many/much…" for a quantity; "who…" for a person. A
 * question word counts where it opens the asking clause ("Why do I get an error when…" asks why).
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const clause = askingClause(question);
  const opening = clause.split(/\s+/u).slice(0, OPENING_WORDS).join(' ');
  if (/\bhow long\b/iu.test(opening)) return 'duration';
  // "when" asks unless another question word follows it ("When I run pip, what happens?");
  // "date" asks only as the thing asked for ("what date", "the date of"), not in "up to date".
  const whenAsks = /\bwhen\b/iu.test(opening) && !/\bwhen\b.*\b(?:what|how|why|where|who|which)\b/iu.test(clause);
  if (whenAsks || /\b(?:(?:what|which|the) (?:year|day|month|time|weekday|date)|date of)\b/iu.test(clause)) return 'time';
  if (/\bhow much\b/iu.test(opening) && /\b(?:cost|costs|price|pay|charge|fee|fees|spend|spent|budget)\b/iu.test(clause)) return 'money';
  if (/\bhow (?:many|much)\b/iu.test(opening)) return 'quantity';
  if (/\b(?:who|whom|whos)\b/iu.test(opening)) return 'person';
  return undefined;
}

/** The kinds of entity that answer each type: "who organises it?" is answered by an organisation too. */
const ANSWERED_BY: Record<AnswerType, readonly EntityType[]> = {
  time: ['time'],
  duration: ['duration'],
  money: ['money'],
  quantity: ['quantity', 'money'],
  person: ['person', 'organisation'],
};

/**
 * True when `text` holds something of the given type (entityTypes: compromise with general
 * corrections); for a person, a subject that names people by role ("Moderators can…") counts too.
 */
export function hasAnswerType(text: string, type: AnswerType): boolean {
  const found = entityTypes(text);
  return ANSWERED_BY[type].some((entity) => found.has(entity)) || (type === 'person' && namesPeopleByRole(text, sharedWordNet));
}
