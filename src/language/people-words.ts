import lexicon from 'wink-lexicon/src/lexicon.js';
import { analyzeTerms } from './terms.js';
import type { WordNet } from './wordnet.js';

/** Most words before the verb that still read as a sentence's subject. */
const MAX_SUBJECT_WORDS = 6;

/** Tags of a word in the lexicon, likeliest first; empty for a word it does not know. */
const tagsOf = (word: string): readonly string[] => (Object.hasOwn(lexicon, word) ? (lexicon[word] ?? []) : []);

/** True for a word the lexicon reads first as a verb or a modal: where a sentence's subject ends. */
function isVerb(word: string): boolean {
  const first = tagsOf(word)[0];
  return first !== undefined && (first.startsWith('VB') || first === 'MD');
}

/** True for a word the lexicon reads as a verb in any of its uses ("book", "signs"). */
const canBeVerb = (word: string): boolean => tagsOf(word).some((tag) => tag.startsWith('VB'));

/** A word whose most frequent sense is a person (WordNet) and that the question does not already say. */
function newPersonWord(word: string, wordnet: WordNet, given: ReadonlySet<string>): boolean {
  return wordnet.firstNounSenseIsPerson(word) && analyzeTerms(word).some((term) => !given.has(term));
}

/**
 * True when a sentence names people by role rather than by name ("Moderators can re-index", "The
 * Foreign Minister stressed…"), with a role the question does not already say (`given`: its
 * terms): an answer to "who…" as much as a name is. Only the head of the sentence's subject counts
 * (its last word before its first verb or preposition), and only a word whose most frequent sense is a person (WordNet), so
 * "…the support of its members" and "Python is a language" do not. (Titles anywhere in the
 * sentence, "…the OSCE Secretary General's idea", were measured too: they answered as many
 * absent facts as they rescued questions.)
 */
export function namesPeopleByRole(sentence: string, wordnet: WordNet, given: ReadonlySet<string> = new Set()): boolean {
  // Code is never a role: "The `co_lnotab` attribute…" does not name a commanding officer ("co").
  // A quotation that opens the sentence is what its speaker said: "“…,” the Secretary General said."
  const words = sentence.replace(OPENING_QUOTATION, '').replace(/`[^`]*`/gu, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  const subject = words.slice(0, verbIndex(words));
  if (subject.length === 0 || subject.length > MAX_SUBJECT_WORDS) return false;
  // Each thing the subject lists ("The treasurer and the chair signed…") is named by its head.
  return listedItems(subject).some((item) => {
    const head = headOf(item, wordnet);
    return head !== undefined && newPersonWord(head, wordnet, given);
  });
}

/** A quotation at the start of a sentence, with the comma after it (quotes curly or straight, as releases mix them). */
const OPENING_QUOTATION = /^[\s*_]*[“"][^”"]*[”"]\s*,?/u;

/**
 * Where the sentence's subject ends: the first word read first as a verb or a modal; where there
 * is none, the first word after the opening one that may be a verb, as a present tense in -s may
 * ("The secretary *books* the hall": "books" is read first as a noun).
 */
function verbIndex(words: readonly string[]): number {
  const first = words.findIndex(isVerb);
  if (first >= 0) return first;
  const mayBeVerb = (word: string, i: number): boolean => i > 0 && (canBeVerb(word) || (/[^s]s$/u.test(word) && canBeVerb(word.slice(0, -1))));
  const second = words.findIndex(mayBeVerb);
  return second < 0 ? words.length : second;
}

/** The things a subject lists, split at "and", "or" and "as well as". */
function listedItems(subject: readonly string[]): string[][] {
  const items: string[][] = [[]];
  subject.forEach((word, i) => {
    if (word === 'and' || word === 'or' || (word === 'as' && subject[i + 1] === 'well')) items.push([]);
    else if (!(word === 'well' && subject[i - 1] === 'as') && !(word === 'as' && subject[i - 1] === 'well')) items.at(-1)?.push(word);
  });
  return items.filter((item) => item.length > 0);
}

/** Words that count a noun after "of" rather than name anything ("*most* of our members"). */
const QUANTIFIERS = new Set(['most', 'some', 'one', 'each', 'all', 'many', 'several', 'few', 'none', 'both', 'any', 'half', 'either', 'neither', 'two', 'three']);

/**
 * The head of a noun phrase: its last word before a preposition or "who/which" ("Members *of* the
 * board", "Residents *who* wish…"), or after "of" when that word only counts ("most of our
 * members"); adverbs ("also", "still") and names after a title ("Treasurer Priya Raman") skipped.
 */
function headOf(phrase: readonly string[], wordnet: WordNet): string | undefined {
  const cut = phrase.findIndex((word, i) => i > 0 && (tagsOf(word)[0] === 'IN' || /^W(?:P|DT)$/u.test(tagsOf(word)[0] ?? '')));
  const before = phrase.slice(0, cut < 0 ? phrase.length : cut);
  const last = lastContentWord(before, wordnet);
  if (last !== undefined && QUANTIFIERS.has(last) && phrase[cut] === 'of') return headOf(phrase.slice(cut + 1), wordnet);
  return last;
}

/** Tags of words that qualify the head rather than being it: adverbs, adjectives, determiners, possessives. */
const QUALIFYING_TAG = /^(?:RB|JJ|DT|PDT|PRP\$)/u;

/** The last word that neither qualifies another (QUALIFYING_TAG) nor is a name (a word neither the lexicon nor WordNet knows), else the last word. */
function lastContentWord(words: readonly string[], wordnet: WordNet): string | undefined {
  const content = words.filter((word) => !QUALIFYING_TAG.test(tagsOf(word)[0] ?? '') && (tagsOf(word).length > 0 || wordnet.knows(word)));
  return content.at(-1) ?? words.at(-1);
}
