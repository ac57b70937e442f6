import { stemmer } from 'stemmer';
import { eng } from 'stopword';

const STOPWORDS = new Set([...eng, 'also', 'according', 'did', 'does', 'much', 'many', 'us', 'tell', 'when', 'why', 'whom', 'whose',
  // Words that frame a question rather than name its topic ("in what year…", "what kind of…").
  'year', 'years', 'date', 'kind', 'sort', 'type']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/**
 * The search terms of a text: lower-cased words, stop words removed, Porter-stemmed (so
 * "established" matches "establish"). Used alike by the lexical index, answer sentence scoring and
 * the abstention check, so that they agree on what a term is.
 */
export function analyzeTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.toLowerCase().matchAll(WORD)) {
    const word = match[0].replace(/['’]s$/u, '');
    if (word.length < 2 && !/\d/u.test(word)) continue;
    if (STOPWORDS.has(word)) continue;
    terms.push(/\d/u.test(word) ? word : stemmer(word));
  }
  return terms;
}

/**
 * Terms of the names in a question: capitalised words that do not start a sentence
 * ("What is the capital of France?" -> ["franc"]). A name the corpus never mentions is strong
 * evidence that the corpus does not answer the question.
 */
export function nameTerms(text: string): Set<string> {
  const names = new Set<string>();
  for (const match of text.matchAll(/(?<![.!?]\s*|^\s*)(?<=\s|\(|["“])\p{Lu}[\p{L}\p{N}'’-]*/gu)) {
    for (const term of analyzeTerms(match[0])) names.add(term);
  }
  return names;
}

/** Shortest term matched by prefix: "kazakh" finds "kazakhstan", but "un" finds only "un". */
const MIN_PREFIX_CHARS = 5;

/**
 * True when the corpus word `known` stands for the question term `term`: the same term, or a
 * longer word it begins (a demonym, or an inflection the stemmer left apart: "kazakh" and
 * "kazakhstan").
 */
export function termMatches(known: string, term: string): boolean {
  return known === term || (term.length >= MIN_PREFIX_CHARS && known.length > term.length && known.startsWith(term));
}

/** True when some term of `terms` matches `term` (see termMatches). */
export function hasTerm(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  for (const known of terms) if (termMatches(known, term)) return true;
  return false;
}
