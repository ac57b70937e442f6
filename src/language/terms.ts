import { eng } from 'stopword';
import lexicon from 'wink-lexicon/src/lexicon.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import stem from 'wink-porter2-stemmer';
import type { WeightedTerm } from '../core/index.js';

const STOPWORDS = new Set([...eng, 'also', 'according', 'did', 'does', 'much', 'many', 'long', 'us', 'tell', 'say', 'says', 'saying', 'when', 'why', 'whom', 'whose',
  // Words that frame a question rather than name its topic ("in what year…", "what kind of…").
  'year', 'years', 'date', 'kind', 'sort', 'type', 'city', 'town',
  // Requests ("give me…", "please explain…").
  'give', 'show', 'explain', 'describe', 'list', 'please',
  // Modal verbs the list lacks ("may" stays: it is also a month).
  'will', 'shall',
  // Chat and contractions typed without their apostrophe: function words, however spelt.
  'rn', 'pls', 'plz', 'lol', 'btw', 'wtf', 'omg', 'idk', 'imo', 'tbh', 'afaik', 'iirc', 'hey', 'hi', 'hello', 'thx', 'ok', 'okay', 'yeah', 'yes', 'guys', 'kinda', 'sorta', 'u', 'ur', 'r',
  'wanna', 'gonna', 'gotta', 'hafta', 'oughta', 'tryna', 'dunno', 'per', 'among', 'till', 'til', 'until', 'others',
  'whos', 'whats', 'wheres', 'hows', 'whens', 'whys', 'thats', 'theres', 'its', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt',
  'werent', 'cant', 'wont', 'im', 'ive', 'youre', 'theyre', 'hes', 'shes',
  // Function words as chat spells them ("wat did the fm say abt…", "wd", "hv", "b4", "belt n road").
  'wat', 'wats', 'wut', 'wot', 'wht', 'wen', 'wher', 'wd', 'wud', 'cud', 'shud', 'hv', 'hav', 'b4', 'frm', 'tho', 'thru', 'aka', 're', 'bout',
  'abt', 'n', 'ya', 'yall', 'gimme', 'lemme', 'urself',
  // Prepositions the list lacks ("*besides* the OSCE, what other body…").
  'besides',
  // Reflexive pronouns the list lacks ("if I cut myself").
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'oneself']);

/** English function words of five letters or more: those two swapped letters leave recognisable ("shuold", "becuase"; see misspeltFunctionWord). */
export const LONG_FUNCTION_WORDS: ReadonlySet<string> = new Set(eng.filter((word) => word.length >= 5 && /^\p{L}+$/u.test(word)));

/**
 * Words that frame a question or pad it in chat ("any quotes?", "who is the person called…",
 * "what does the abbreviation stand for", "the key points") rather than name its topic. They stay
 * in the index, since a corpus may be about them ("How do I mention a role?"); a question drops
 * them only where the corpus never uses them (TermStats.weigh).
 */
export const FRAMING_WORDS: ReadonlySet<string> = new Set([
  'stuff', 'thing', 'things', 'anything', 'something', 'everything', 'nice', 'really', 'actually', 'basically', 'nowadays', 'currently',
  'thanks', 'mentioned', 'mention', 'bot', 'know', 'wondering', 'quick', 'question', 'person', 'abbreviation', 'acronym', 'stand',
  'stands', 'called', 'named', 'name', 'names', 'point', 'points', 'side', 'sides', 'focus', 'aspect', 'aspects', 'detail', 'details',
  'nutshell', 'rundown', 'lowdown', 'overall', 'background', 'backstory', 'info', 'information', 'yo', 'quote', 'quotes', 'quotation', 'quotations', 'vs', 'versus', 'thank', 'money',
  // Indefinite pronouns stand for whoever or wherever the answer names ("will *anyone* reply", "a partner from *somewhere* else").
  'anyone', 'someone', 'everyone', 'anybody', 'somebody', 'everybody', 'anywhere', 'somewhere', 'everywhere',
  // "at the moment", as chat writes it (a corpus may mean a cash machine).
  'atm',
  // Units of money a corpus may write only as a symbol ("55 *quid*" is "£55").
  'quid', 'bucks', 'dollars', 'euros', 'pounds', 'pence', 'cents',
  // Words that place the asking in time ("I was off sick *yesterday*, who do I tell?") or hedge how
  // many ("if I miss a *few* rehearsals"): a corpus that never says them answers without them. Not
  // "couple" or "lots": a couple's membership and an auction's lots are things asked about.
  'yesterday', 'today', 'tonight', 'tonite', 'tomorrow', 'tmrw', 'recently', 'lately', 'few', 'several',
]);
/** A unit glued to its number ("400mb", "12hr", "5GB"): the number and the unit are read as two words. */
const GLUED_UNIT = String.raw`(?:[kmgt]i?b|ms|hrs?|mins?|secs?|km|kg|px)(?![\p{L}\p{N}])`;
/** The words of a text as the question analysis reads them (glued units apart), lower-cased. */
export function questionTokens(text: string): string[] {
  return wordsWritten(text, QUESTION_TOKEN);
}
const QUESTION_TOKEN = new RegExp(String.raw`\p{N}+(?:\.\p{N}+)+|\p{N}+(?=${GLUED_UNIT})|[\p{L}\p{N}]+`, 'gu');
/**
 * The matches of `pattern` (global) in the lower-cased text, an acronym's plural as its singular
 * (acronymSingular), read from the text as written where lower-casing kept every character's
 * place (it nearly always does).
 */
function wordsWritten(text: string, pattern: RegExp): string[] {
  const lower = text.toLowerCase();
  const cased = lower.length === text.length ? text : undefined;
  return [...lower.matchAll(pattern)].map((match) => acronymSingular(cased?.slice(match.index, match.index + match[0].length)) ?? match[0]);
}
/**
 * A word, a contraction ("don't"), or a dotted number kept whole ("2.3.0", "3.11"), also when
 * letters are glued to it: "py3.9" is "py" and "3.9", as the version is written elsewhere.
 */
const PLAIN_WORD = String.raw`\p{N}+(?:\.\p{N}+)+|\p{L}+(?=\p{N}+(?:\.\p{N}+)+)|\p{N}+(?=${GLUED_UNIT})|[\p{L}\p{N}]+(?:['’][\p{L}]+)?`;
/** A time of day written with "am"/"pm" or a colon; not after a currency sign or inside a number ("£5 pm" is per month). */
const TIME_WORD = String.raw`(?<![£$€\p{N}.,])\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)|(?<![£$€\p{N}.,])\b\d{1,2}:\d{2}(?!\d)`;
const WORD = new RegExp(`${TIME_WORD}|${PLAIN_WORD}`, 'gu');
const PLAIN_WORDS = new RegExp(PLAIN_WORD, 'gu');

/** A time of day as WORD reads it: "10pm", "10 p.m.", "10:30pm", "22:00". */
const TIME_OF_DAY = /^(\d{1,2})(?:([:.])(\d{2}))?\s?(a\.m\.|p\.m\.|am|pm)?$/u;

/**
 * One term for a time of day however it is written, on the 24-hour clock without a leading zero:
 * "10pm", "10 p.m." and "22:00" are all "22:00", "9am" and "09:00" "9:00". Undefined for other words.
 */
function timeOfDay(word: string): string | undefined {
  const match = TIME_OF_DAY.exec(word);
  const [, hours = '', separator, minutes = '00', half] = match ?? [];
  // "3.11" without "am" or "pm" is a version; "22:00" is a time.
  if (!match || (half === undefined && separator !== ':')) return undefined;
  let hour = Number(hours);
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.startsWith('p') ? 12 : 0);
  }
  return hour > 24 || Number(minutes) > 59 ? undefined : `${hour}:${minutes}`;
}

/** A word of a text and the search term it stands for. */
export interface AnalyzedWord {
  /** The word, lower-cased, possessive 's dropped. */
  readonly word: string;
  readonly term: string;
  /** A hyphenated compound read as one word ("e-book" as "ebook"), besides its parts. */
  readonly joined?: true;
}

/**
 * The words of a text that carry meaning, each with its search term: lower-cased, stop words
 * removed, irregular verb forms in their base form, Porter2-stemmed (so "established" matches
 * "establish" and "met" matches "meeting", while "news" stays apart from "new").
 */
export function analyzeWords(text: string): AnalyzedWord[] {
  const words: AnalyzedWord[] = [];
  const source = text.replace(/\btl;\s?dr\b/giu, 'tldr');
  for (const written of wordsWritten(source, WORD)) {
    const time = timeOfDay(written);
    if (time !== undefined) words.push({ word: written, term: time });
    // Read as a time but none ("13pm", "0 am"): its number and its word, as any other text.
    else if (/^\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?$/u.test(written)) for (const [part] of written.matchAll(PLAIN_WORDS)) addWord(words, part);
    else addWord(words, written);
  }
  // "e-book", "co-op", "sign-up" are also the words chat writes in one ("ebook", "coop", "signup").
  for (const [compound, first = '', second = ''] of source.toLowerCase().matchAll(SHORT_COMPOUND)) {
    if (compound.length > MAX_JOINED_COMPOUND + 1) continue;
    const parts: AnalyzedWord[] = [];
    addWord(parts, `${first}${second}`);
    for (const part of parts) words.push({ ...part, joined: true });
  }
  return words;
}

/**
 * The singular of an acronym's plural, lower-cased ("PRs", "GPUs", "OSes" -> "pr", "gpu", "os"),
 * so it reads as the acronym does; undefined for other words ("Yes", "Mrs").
 */
function acronymSingular(written: string | undefined): string | undefined {
  const match = written === undefined ? undefined : /^(\p{Lu}{2,})(?:s|es)$/u.exec(written);
  return match?.[1]?.toLowerCase();
}

/**
 * The words a text writes, lower-cased and without accents, as analyzeWords reads them: runs of
 * letters ("Several" -> "several", "café" -> "cafe"), and a short hyphenated compound also in one
 * ("sign-up" -> "signup"). Stop words too.
 */
export function writtenWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  const plain = /[^\p{ASCII}]/u.test(lower) ? lower.normalize('NFD').replace(DIACRITICS, '').normalize('NFC') : lower;
  const words = new Set(plain.match(/\p{L}+/gu) ?? []);
  for (const [compound, first = '', second = ''] of plain.matchAll(SHORT_COMPOUND)) if (compound.length <= MAX_JOINED_COMPOUND + 1) words.add(`${first}${second}`);
  return words;
}

/** A word of two parts joined by a hyphen ("e-book", "co-op", "wi-fi", "log-in", "pre-order"). */
const SHORT_COMPOUND = /(?<![\p{L}\p{N}-])(\p{L}+)-(\p{L}+)(?![\p{L}\p{N}]|-\p{L})/gu;
/** Longest hyphenated compound (letters) also read as one word: longer ones are phrases ("step-by-step", "well-known"), seldom written in one. */
const MAX_JOINED_COMPOUND = 8;

/** Adds a word as written (not a time of day) and its term, unless it is a stop word or a contraction. */
function addWord(words: AnalyzedWord[], written: string): void {
  const word = written.replace(/['’]s$/u, '');
  if (word.length < 2 && !/\d/u.test(word)) return;
  // A contraction ("I've", "isn't", "can't") is a function word, however it is spelt, and so is a
  // function word chat spells with a digit ("b4").
  if (/['’]/u.test(word) || STOPWORDS.has(word)) return;
  if (/\d/u.test(word)) {
    words.push({ word, term: word });
    return;
  }
  const term = termOfWord(word);
  if (term !== undefined) words.push({ word, term });
}

/** Terms of words seen before (null: a stop word): stemming is most of the work of analysing a corpus, and words repeat. */
const termCache = new Map<string, string | null>();
const MAX_CACHED_WORDS = 200_000;

/** Accents on Latin, Greek and Cyrillic letters, as Unicode decomposes them ("é" is "e" and U+0301). */
const DIACRITICS = /[\u0300-\u036f]/gu;

/**
 * The search term of a lower-cased word without digits or apostrophes; undefined for a stop word.
 * Accents are dropped ("café" and "cafe", "Tomás" and "Tomas" are one term): people type without them.
 */
function termOfWord(written: string): string | undefined {
  const cached = termCache.get(written);
  if (cached !== undefined) return cached ?? undefined;
  const word = /[^\p{ASCII}]/u.test(written) ? written.normalize('NFD').replace(DIACRITICS, '').normalize('NFC') : written;
  const base = baseForm(word);
  const term = STOPWORDS.has(word) || STOPWORDS.has(base) ? null : stemOf(base);
  if (termCache.size >= MAX_CACHED_WORDS) termCache.clear();
  termCache.set(written, term);
  return term ?? undefined;
}

/**
 * The search terms of a text (analyzeWords). Used alike by the lexical index, answer sentence
 * scoring and the abstention check, so that they agree on what a term is.
 */
export function analyzeTerms(text: string): string[] {
  return analyzeWords(text).map(({ term }) => term);
}

/**
 * Stems of words with which a question can point at the document itself rather than its content:
 * nouns that name it ("this release", "the article"), and verbs of its making or words for its
 * gist ("when was it published?", "where was it issued?", "summarise the release").
 */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  ['release', 'press', 'news', 'article', 'document', 'statement', 'story', 'announcement', 'report'].map((word) => stem(word)),
);
/** Words for the document's making ("published", "issued", "put out", "sent"); see DOCUMENT_NOUNS. */
export const DOCUMENT_MAKING: ReadonlySet<string> = new Set(['publish', 'issue', 'post', 'write', 'written', 'wrote', 'dated', 'put', 'send', 'sent'].map((word) => stem(word)));
/** Words for a document's gist or parts ("summary", "headline"); see DOCUMENT_NOUNS. */
export const DOCUMENT_GIST: ReadonlySet<string> = new Set(
  ['summarize', 'summarise', 'summary', 'overview', 'gist', 'tldr', 'headline', 'dateline'].map((word) => stem(word)),
);
/** Words for a version's coming out ("when did 2.4 *ship*", "when was version 2.3 *released*"), besides DOCUMENT_NOUNS and DOCUMENT_MAKING. */
const RELEASE_WORDS: ReadonlySet<string> = new Set(
  ['version', 'ship', 'shipped', 'launch', 'tag', 'tagged', 'come', 'came', 'out', 'drop', 'dropped', 'land', 'landed', 'cut', 'available', 'final'].map((word) => stem(word)),
);

/** True when every term of a question asks only when something came out ("when was version 2.3 released?" once the version is set aside). */
export function asksOnlyWhenOut(terms: readonly { readonly term: string }[]): boolean {
  // The version itself ("2.4") is what chose the notes asked about.
  return terms.every(({ term }) => RELEASE_WORDS.has(term) || DOCUMENT_NOUNS.has(term) || DOCUMENT_MAKING.has(term) || /^\p{N}+(?:\.\p{N}+)+$/u.test(term));
}

/** Words for which of the documents is meant ("the *latest* release", "the *newest* announcement"); see DOCUMENT_NOUNS. */
export const DOCUMENT_RECENCY: ReadonlySet<string> = new Set(['latest', 'newest', 'recent'].map((word) => stem(word)));
/** Words for the document's making, its gist, or which of the documents is meant. */
export const DOCUMENT_ASPECTS: ReadonlySet<string> = new Set([...DOCUMENT_MAKING, ...DOCUMENT_GIST, ...DOCUMENT_RECENCY]);
/**
 * A noun pointed at as a document and the word after it: "this release", "the article", "the
 * latest press release" ("press release" the noun), "the most recent announcement". Whether the
 * noun is one of DOCUMENT_NOUNS is for the reader to check.
 */
export const POINTED_NOUN = /\b(?:this|that|the|your)\s+(?:(?:latest|newest|most\s+recent|recent)\s+)?((?:press\s+)?\p{L}+)(?:\s+(\p{L}+))?/giu;

/**
 * The base form of an irregular verb form (WordNet's list: "met" -> "meet", "took" -> "take"), else
 * the word. A word mostly used as a noun or verb of its own keeps its meaning: "rent" is not "rend",
 * "ground" not "grind", "bit" not "bite"; an inflection that starts with its base ("logging",
 * "mapping") is still taken to it.
 */
function baseForm(word: string): string {
  if (!Object.hasOwn(verbExceptions, word)) return word;
  const base = verbExceptions[word] as string;
  const tag = Object.hasOwn(lexicon, word) ? lexicon[word]?.[0] : undefined;
  return tag !== undefined && /^(?:NN|VB$|VBP$)/u.test(tag) && !word.startsWith(base) ? word : base;
}

/** The word's stem, unless stemming makes it a stop word ("willing" would become "will"). */
function stemOf(word: string): string {
  const stemmed = stem(word);
  return STOPWORDS.has(stemmed) ? word : stemmed;
}

/**
 * The names in a question, each as its terms: runs of capitalised words that do not start a
 * sentence ("Did Thomas Greminger visit France?" -> [["thoma", "greming"], ["franc"]]). A name the
 * corpus never mentions is strong evidence that the corpus does not answer the question.
 */
export function nameGroups(text: string): string[][] {
  const groups: string[][] = [];
  for (const match of text.matchAll(/(?<![.!?]\s*|^\s*)(?<=\s|\(|["“'‘])\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*/gu)) {
    const terms = analyzeTerms(match[0]);
    if (terms.length > 0) groups.push(terms);
  }
  return groups;
}

/** Shortest term matched by prefix: "kazakh" finds "kazakhstan", but "un" finds only "un". */
export const MIN_PREFIX_CHARS = 5;
/** Shortest term matched at the end of a compound ("religi" in "interreligi"). */
const MIN_SUFFIX_CHARS = 6;

/**
 * True when the corpus word `known` stands for the question term `term`: the same term, or a
 * longer word it begins (a demonym, or an inflection the stemmer left apart: "kazakh" and
 * "kazakhstan").
 */
export function termMatches(known: string, term: string): boolean {
  if (known === term) return true;
  if (term.length < MIN_PREFIX_CHARS || known.length <= term.length) return false;
  // A longer word it begins ("kazakh…stan"), or a compound it ends ("inter…religious").
  return known.startsWith(term) || (term.length >= MIN_SUFFIX_CHARS && known.endsWith(term));
}

/** True when some term of `terms` matches `term` (see termMatches). */
export function hasTerm(terms: ReadonlySet<string>, term: string): boolean {
  if (terms.has(term)) return true;
  for (const known of terms) if (termMatches(known, term)) return true;
  return false;
}

/** How much of the term `present` holds: 1 for the term itself, an alternative's factor for the best alternative found, else 0. */
export function termMatch(term: WeightedTerm, present: ReadonlySet<string>, withSynonyms = true): number {
  if (hasTerm(present, term.term)) return 1;
  let best = 0;
  for (const alternative of term.alternatives ?? []) {
    if (!withSynonyms && alternative.kind === 'synonym') continue;
    if (alternative.factor > best && alternative.terms.every((t) => hasTerm(present, t))) best = alternative.factor;
  }
  return best;
}

/** True when the question's word names something: capitalised by the asker, or written only as a name by the corpus. */
export const namesSomething = (term: WeightedTerm): boolean => term.isName || term.namesCorpusName === true;

/** The corpus's other spellings of a term (its alternatives that are no synonym: "hackathon" for "hackaton", "temporary" for "temp"), each as terms. */
export const spellingsOf = (term: WeightedTerm): (readonly string[])[] => (term.alternatives ?? []).filter((a) => a.kind !== 'synonym').map((a) => a.terms);

/** True when the term counts in coverage: the corpus has it (or says it otherwise), or its absence matters. */
export const countsInCoverage = (term: WeightedTerm): boolean => term.inCorpus || term.carries !== false;

/** True when some of the terms is searched for (counts in coverage with a weight): "what day did 1.4 come out" has none but its version. */
export const hasSearchTerms = (terms: readonly WeightedTerm[]): boolean => terms.some((t) => countsInCoverage(t) && t.weight > 0);

/**
 * The share of the terms' weight that `present` holds, in [0, 1]; 0 when the terms weigh nothing.
 * Words absent from the corpus that do not carry the question are left out (see WeightedTerm.carries).
 */
export function termCoverage(terms: readonly WeightedTerm[], present: ReadonlySet<string>): number {
  let total = 0;
  let found = 0;
  for (const t of terms) {
    if (!countsInCoverage(t)) continue;
    total += t.weight;
    found += t.weight * termMatch(t, present);
  }
  return total > 0 ? found / total : 0;
}
