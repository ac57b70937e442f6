/**
 * Contact details as answers: "what's Tomás's email?", "phone number for the space?", "what's the
 * link to the wiki?" are answered by an address, a number or a link, which no entity reader tags.
 */

/** The kinds of contact detail a question can ask for. */
export type ContactKind = 'email' | 'phone' | 'link';

/**
 * "what's Tomás's email", "which e-mail address do I use", "where's the link to the wiki", "phone
 * number for the space?": what/which/where, an article or someone's, at most two modifiers, and the
 * contact detail itself as what is asked for (then the end, "for", "of", "to", a verb…); not "the
 * email policy", "which phone models", "what time does the site open".
 */
const ASKS_FOR_CONTACT = new RegExp(
  String.raw`^\W*(?:\S+\s+)?(?:what|which|where)(?:['’]?s|\s+is|\s+are)?\s+(?:(?:the|a|an|your|their|our|his|her|its|[\p{L}]+['’]s?)\s+)?(?:[\p{L}-]+(?:['’]s)?\s+){0,2}?` +
    String.raw`(e-?mail(?:\s+address)?|(?:tele)?phone(?:\s+(?:number|no\.?|#))?|number\s+to\s+(?:call|ring|text)|url|link|website|web\s?(?:site|page)|homepage)` +
    String.raw`(?=\s*(?:$|[?!.,]|(?:for|of|to|at|on|do|does|did|should|can|could|is|are|i|we|u)\b))`,
  'iu',
);

/** True for the answer types that are contact details. */
export const isContactKind = (type: string): type is ContactKind => type === 'email' || type === 'phone' || type === 'link';

/** The contact detail the asking clause asks for ("what's the phone number…"), if any. */
export function askedContact(clause: string): ContactKind | undefined {
  const asked = ASKS_FOR_CONTACT.exec(clause)?.[1]?.toLowerCase();
  if (asked === undefined) return undefined;
  if (/^e-?mail/u.test(asked)) return 'email';
  return /phone|number/u.test(asked) ? 'phone' : 'link';
}

/** Each kind as text writes it: "tomas@foundrylane.org.uk"; "+44 1632 960 123", "01632 960123"; "https://…", "www.…", "foundrylane.org.uk/wiki". */
const WRITTEN: Record<ContactKind, RegExp> = {
  email: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Not glued to a word or code ("?1000000000" is an SQL parameter, "x1234567" an identifier).
  phone: /(?<![\p{L}\p{N}.:/_?$#@=-])\+?\(?\d[\d ()-]{5,}\d(?![\p{L}\p{N}:/_]|\.\d)/gu,
  link: /\bhttps?:\/\/\S+|\bwww\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|edu|gov|info|app|co|uk|de|fr|eu)\b(?:\/\S*)?/giu,
};

/** The spans of `text` that write a contact detail of the kind, as [start, length]. */
export function contactsIn(text: string, kind: ContactKind): Array<[start: number, length: number]> {
  const found: Array<[number, number]> = [];
  for (const match of text.matchAll(WRITTEN[kind])) {
    if (kind === 'phone' && !isPhoneNumber(match[0])) continue;
    // An e-mail address's domain is no link.
    if (kind === 'link' && text[match.index - 1] === '@') continue;
    found.push([match.index, match[0].length]);
  }
  return found;
}

/**
 * True when digits read as a phone number: seven or more, not a date or a range of years
 * ("2019-2020"), and not groups of at most three digits ("1 250 000", "120 140 160").
 */
function isPhoneNumber(text: string): boolean {
  if (text.replace(/\D/gu, '').length < 7 || /^\d{4}-\d{2,4}(?:-\d{2})?$/u.test(text)) return false;
  const groups = text.match(/\d+/gu) ?? [];
  return !(groups.length > 1 && groups.every((group) => group.length <= 3)) && !groups.every((group) => /^(?:19|20)\d\d$/u.test(group));
}
