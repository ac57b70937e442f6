import lexicon from 'wink-lexicon/src/lexicon.js';
import type { WordNet } from './wordnet.js';

/** Most words before the verb that still read as a sentence's subject. */
const MAX_SUBJECT_WORDS = 6;

/** True for a word the lexicon reads first as a verb or a modal: where a sentence's subject ends. */
function isVerb(word: string): boolean {
  const first = Object.hasOwn(lexicon, word) ? lexicon[word]?.[0] : undefined;
  return first !== undefined && (first.startsWith('VB') || first === 'MD');
}

/**
 * True when a sentence names people by role rather than by name ("Moderators can re-index", "The
 * Foreign Minister stressed…"): an answer to "who…" as much as a name is. Only the sentence's
 * subject counts (the words before its first verb), and only words whose most frequent sense is
 * a person (WordNet), so "…the support of its members" and "Python is a language" do not.
 */
export function namesPeopleByRole(sentence: string, wordnet: WordNet): boolean {
  const words = sentence.toLowerCase().match(/\p{L}+/gu) ?? [];
  const verbAt = words.findIndex(isVerb);
  const subject = words.slice(0, verbAt < 0 ? words.length : verbAt);
  return subject.length > 0 && subject.length <= MAX_SUBJECT_WORDS && subject.some((word) => wordnet.firstNounSenseIsPerson(word));
}
