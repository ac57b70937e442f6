import lexicon from 'wink-lexicon/src/lexicon.js';
import { analyzeTerms } from './terms.js';
import type { WordNet } from './wordnet.js';

/** Most words before the verb that still read as a sentence's subject. */
const MAX_SUBJECT_WORDS = 6;

/** True for a word the lexicon reads first as a verb or a modal: where a sentence's subject ends. */
function isVerb(word: string): boolean {
  const first = Object.hasOwn(lexicon, word) ? lexicon[word]?.[0] : undefined;
  return first !== undefined && (first.startsWith('VB') || first === 'MD');
}

/** A word whose most frequent sense is a person (WordNet) and that the question does not already say. */
function newPersonWord(word: string, wordnet: WordNet, given: ReadonlySet<string>): boolean {
  return wordnet.firstNounSenseIsPerson(word) && analyzeTerms(word).some((term) => !given.has(term));
}

/**
 * True when a sentence names people by role rather than by name ("Moderators can re-index", "The
 * Foreign Minister stressed…"), with a role the question does not already say (`given`: its
 * terms): an answer to "who…" as much as a name is. Only the sentence's subject counts (the words
 * before its first verb), and only words whose most frequent sense is a person (WordNet), so
 * "…the support of its members" and "Python is a language" do not. (Titles anywhere in the
 * sentence, "…the OSCE Secretary General's idea", were measured too: they answered as many
 * absent facts as they rescued questions.)
 */
export function namesPeopleByRole(sentence: string, wordnet: WordNet, given: ReadonlySet<string> = new Set()): boolean {
  // Code is never a role: "The `co_lnotab` attribute…" does not name a commanding officer ("co").
  const words = sentence.replace(/`[^`]*`/gu, ' ').toLowerCase().match(/\p{L}+/gu) ?? [];
  const verbAt = words.findIndex(isVerb);
  const subject = words.slice(0, verbAt < 0 ? words.length : verbAt);
  return subject.length > 0 && subject.length <= MAX_SUBJECT_WORDS && subject.some((word) => newPersonWord(word, wordnet, given));
}
