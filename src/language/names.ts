import { likeliestTag } from './alternatives.js';

// Inside prose: after a lower-case word, a digit, a comma or a dash ("free Emberjam tickets", "to Vienna", "President - Elbasy"),
// not where any word is capitalised (a sentence, list item or heading opening with "Workaround").
const CAPITALISED_INSIDE = /(?<=[\p{Ll}\p{N},;:\-–—]["“'‘(]?\s+["“'‘(]?)\p{Lu}\p{L}*\p{Ll}\p{L}*(?![\p{L}\p{N}_])/gu;
/** In capitals, two letters or more ("OSCE"; not "ORIG_HEAD", a handle). */
const IN_CAPITALS = /(?<![\p{L}\p{N}_])\p{Lu}{2,}(?![\p{L}\p{N}_])/gu;
/**
 * A word in lower case in prose: not a handle of a name ("#emberjam", "@emberjam", "emberjam.org",
 * "emberjam@example.com", "src/emberjam", "emberjam_2") nor a command-line option ("--emberjam").
 */
const LOWER_CASE = /(?<![\p{L}\p{N}#@/\\._])(?<!(?:^|\s)--?)\p{Ll}+(?![\p{L}\p{N}/\\_@]|\.[\p{L}\p{N}])/gu;

/**
 * Gathers a corpus's names from its text: lower-cased words it writes capitalised inside a
 * sentence or in capitals, never in lower case in its prose, and that are no common English word.
 */
export class NameCounter {
  private readonly asNames = new Set<string>();
  private readonly lowerCase = new Set<string>();

  /** Reads one text. */
  add(text: string): void {
    for (const match of text.matchAll(CAPITALISED_INSIDE)) this.asNames.add(match[0].toLowerCase());
    for (const match of text.matchAll(IN_CAPITALS)) this.asNames.add(match[0].toLowerCase());
    for (const match of text.matchAll(LOWER_CASE)) this.lowerCase.add(match[0]);
  }

  /** The names read so far. */
  names(): Set<string> {
    // A word the lexicon knows is common English ("workaround"), however a corpus writes it.
    return new Set([...this.asNames].filter((word) => !this.lowerCase.has(word) && likeliestTag(word) === undefined));
  }
}
