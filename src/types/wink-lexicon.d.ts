// wink-lexicon ships no type declarations; these declare the tables Docent uses.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms, each mapped to its base form ("met" -> "meet"). */
  const verbExceptions: Readonly<Record<string, string>>;
  export default verbExceptions;
}
declare module 'wink-lexicon/src/wn-noun-exceptions.js' {
  /** WordNet's irregular noun forms, each mapped to its base form ("mice" -> "mouse"). */
  const nounExceptions: Readonly<Record<string, string>>;
  export default nounExceptions;
}
declare module 'wink-lexicon/src/wn-adjective-exceptions.js' {
  /** WordNet's irregular adjective forms, each mapped to its base form ("better" -> "good"). */
  const adjectiveExceptions: Readonly<Record<string, string>>;
  export default adjectiveExceptions;
}
declare module 'wink-lexicon/src/lexicon.js' {
  /** Part-of-speech tags (Penn Treebank) each word can take, most likely first. */
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
declare module 'wink-lexicon/src/wn-words.js' {
  /** WordNet's words, each mapped to its index in wn-word-senses. */
  const words: Readonly<Record<string, number>>;
  export default words;
}
declare module 'wink-lexicon/src/wn-word-senses.js' {
  /** For each word index, the indexes of its lexicographer files (wn-senses). */
  const wordSenses: readonly (readonly number[])[];
  export default wordSenses;
}
declare module 'wink-lexicon/src/wn-senses.js' {
  /** WordNet's lexicographer file names ("noun.person", "verb.motion", …). */
  const senses: readonly string[];
  export default senses;
}
