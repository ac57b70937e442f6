// stopword ships no type declarations; this declares the one list Docent uses.
declare module 'stopword' {
  /** English stop words. */
  export const eng: string[];
}
