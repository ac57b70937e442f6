/**
 * Contact details as answers: "what's Tomás's email?", "phone number for the space?", "what's the
 * link to the wiki?" are answered by an address, a number or a link, which no entity reader tags.
 */

/** The kinds of contact detail a question can ask for. */
export type ContactKind = 'email' | 'phone' | 'link';

/** A question that asks what, which or where (not how or why), in its first words. */
const ASKS_WHAT = /^\W*(?:\S+\s+)?(?:what|which|where|wat|wht|whats|wheres)\b/iu;

const ASKS_FOR: ReadonlyArray<readonly [ContactKind, RegExp]> = [
  ['email', /\be-?mail(?:s|\s+address(?:es)?)?\b/iu],
  ['phone', /\b(?:(?:tele)?phone|mobile|cell)(?:\s+(?:number|no\.?|#))?\b|\bnumber to (?:call|ring|text)\b/iu],
  ['link', /\b(?:url|urls|links?|websites?|web\s?(?:site|page)s?|homepage|site)\b/iu],
];

/** The contact detail the asking clause asks for ("what's the phone number…"), if any. */
export function askedContact(clause: string): ContactKind | undefined {
  if (!ASKS_WHAT.test(clause)) return undefined;
  return ASKS_FOR.find(([, asks]) => asks.test(clause))?.[0];
}

/** Each kind as text writes it: "tomas@foundrylane.org.uk"; "+44 1632 960 123", "01632 960123"; "https://…", "www.…", "foundrylane.org.uk/wiki". */
const WRITTEN: Record<ContactKind, RegExp> = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  phone: /(?<![\p{N}.:/-])\+?\(?\d[\d ()-]{6,}\d(?![\p{N}.:/])/gu,
  link: /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|edu|gov|info|app|co|uk|de|fr|eu)\b(?:\/\S*)?/giu,
};

/** The spans of `text` that write a contact detail of the kind, as [start, length]. */
export function contactsIn(text: string, kind: ContactKind): Array<[start: number, length: number]> {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(WRITTEN[kind])) {
    // A phone number has at least seven digits; a date or a range of years ("2019-2020") is none.
    if (kind === 'phone' && (match[0].replace(/\D/gu, '').length < 7 || /^\d{4}-\d{2,4}(?:-\d{2})?$/u.test(match[0]))) continue;
    // An e-mail address's domain is no link.
    if (kind === 'link' && text[match.index - 1] === '@') continue;
    found.push([match.index, match[0].length]);
  }
  return found;
}
