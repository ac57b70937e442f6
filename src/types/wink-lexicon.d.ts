// wink-lexicon ships no type declarations; this declares the one table Docent uses.
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms, each mapped to its base form ("met" -> "meet"). */
  const verbExceptions: Readonly<Record<string, string>>;
  export default verbExceptions;
}
