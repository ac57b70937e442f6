import words from 'wink-lexicon/src/wn-words.js';
import wordSenses from 'wink-lexicon/src/wn-word-senses.js';
import senses from 'wink-lexicon/src/wn-senses.js';

const PERSON = senses.indexOf('noun.person');

/** True when WordNet files the word (or its singular) under people: "moderators", "minister", "organiser". */
function namesPeople(word: string): boolean {
  for (const form of [word, word.replace(/s$/u, ''), word.replace(/ies$/u, 'y'), word.replace(/es$/u, '')]) {
    const index = Object.hasOwn(words, form) ? words[form] : undefined;
    if (index !== undefined && wordSenses[index]?.includes(PERSON)) return true;
  }
  return false;
}

/**
 * True when a sentence names people by role rather than by name ("Moderators can re-index",
 * "the organisers"): an answer to "who…" as much as a name is. Only the sentence's subject
 * counts (the words before its first verb-like word), so "the minister stressed…" does, and
 * "…the support of its members" does not.
 */
export function namesPeopleByRole(sentence: string): boolean {
  const subject = sentence.split(/\s+(?:is|are|was|were|can|could|will|would|may|must|should|has|have|had|do|does|did)\s+/iu)[0] ?? '';
  const wordsOfSubject = subject.toLowerCase().match(/\p{L}+/gu) ?? [];
  return wordsOfSubject.length <= 6 && wordsOfSubject.some(namesPeople);
}
