import lexicon from 'wink-lexicon/src/lexicon.js';
import type { TermAlternative } from '../core/index.js';
import { LONG_FUNCTION_WORDS, analyzeTerms } from './terms.js';
import type { WordNet } from './wordnet.js';

/** What the corpus says, as the search for a question word's alternatives needs it. */
export interface CorpusVocabulary {
  /** How many chunks hold the term (0: none). */
  frequency(term: string): number;
  /** The corpus's terms (stems) that start with `letter`. */
  termsStartingWith(letter: string): readonly string[];
  /** Lower-cased words the corpus writes capitalised (names, for abbreviations such as "kz") that start with `letter`. */
  capitalisedStartingWith(letter: string): readonly string[];
  /** True when the corpus writes the word as it is (lower-cased and unaccented, as writtenWords reads its text). */
  writes(word: string): boolean;
  /** True when the corpus writes the (lower-cased) word only as a name ("kazakhstan"). */
  writesAsName(word: string): boolean;
  /** Initials of the corpus's capitalised phrases -> the phrases' terms ("fm" -> [["foreign", "minist"]]). */
  readonly acronyms: ReadonlyMap<string, readonly (readonly string[])[]>;
}

/** How much an alternative counts against the word itself (1): expansions weigh less than literal words. */
export const ALTERNATIVE_FACTOR = { spelling: 0.9, acronym: 0.9, abbreviation: 0.8, variant: 0.8, synonym: 0.7 } as const;

/** Short forms common in chat, in any corpus; a short form of several meanings lists them with "|". */
const CHAT_ABBREVIATIONS: Readonly<Record<string, string>> = {
  org: 'organization', orgs: 'organizations', govt: 'government', gov: 'government', intl: 'international', info: 'information',
  dept: 'department', mgmt: 'management', admin: 'administration', admins: 'administrators', mod: 'moderator', mods: 'moderators',
  prez: 'president', pres: 'president', approx: 'approximately', mtg: 'meeting', conf: 'conference',
  abt: 'about', bc: 'because', cuz: 'because', tldr: 'summary', docs: 'documentation',
  doc: 'document', config: 'configuration', repo: 'repository', env: 'environment', pic: 'picture', pics: 'pictures',
  msg: 'message', msgs: 'messages', tix: 'tickets', nite: 'night', tonite: 'tonight', ppl: 'people', vid: 'video',
  vids: 'videos', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks', mo: 'month', hr: 'hour', hrs: 'hours', mins: 'minutes',
  secs: 'seconds', avg: 'average', max: 'maximum', qty: 'quantity', pw: 'password', pwd: 'password', acct: 'account',
  addr: 'address', dev: 'developer', devs: 'developers', app: 'application', pkg: 'package', ver: 'version', req: 'requirement',
  reqs: 'requirements', diff: 'difference', fav: 'favourite', convo: 'conversation', intro: 'introduction', newbie: 'newcomer',
  newbies: 'newcomers', noob: 'beginner', noobs: 'beginners', gr8: 'great', stdlib: 'standard library',
  hw: 'homework|assignment|hardware', prof: 'professor', profs: 'professors', lec: 'lecture', lecs: 'lectures', uni: 'university', sem: 'semester',
  mp: 'multiplayer', dlc: 'downloadable content', xp: 'experience', npc: 'character', npcs: 'characters', perf: 'performance',
  sub: 'subscription', subs: 'subscriptions', vuln: 'vulnerability', vulns: 'vulnerabilities', bday: 'birthday', rep: 'representative',
  pr: 'pull request|press release|public relations', prs: 'pull requests|press releases',
  // Offices and places of organisations.
  ceo: 'chief executive', ceos: 'chief executives', cfo: 'chief financial officer|finance director', cto: 'chief technology officer|technical director',
  coo: 'chief operating officer', vp: 'vice president', exec: 'executive', execs: 'executives', mgr: 'manager', dir: 'director', hq: 'headquarters|head office',
  // Chat's word for whoever leads, by what documents call them.
  boss: 'head|chief|leader|director|manager|chair', bosses: 'heads|chiefs|leaders|directors|managers',
  // Games' words.
  hp: 'health|hit points', mob: 'enemy|monster|creature', mobs: 'enemies|monsters|creatures', dmg: 'damage', lvl: 'level', lvls: 'levels',
  // Chat's verbs (CHAT_VERBS), by what they mean.
  yeet: 'remove|delete|drop', yeeted: 'removed|deleted|dropped', yeeting: 'removing|deleting|dropping', yeets: 'removes|deletes|drops',
  nuke: 'delete|remove|wipe', nuked: 'deleted|removed|wiped', nuking: 'deleting|removing|wiping',
  nerf: 'weaken|reduce', nerfed: 'weakened|reduced', nerfing: 'weakening|reducing', nerfs: 'weakens|reduces',
  borked: 'broken|broke', bork: 'break', dm: 'message', dms: 'messages', dmed: 'messaged', dming: 'messaging',
};
/** The meanings of a chat abbreviation ("hw": homework, assignment, hardware), each as terms; none for another word. */
export function chatMeanings(word: string): string[][] {
  // Object.hasOwn: never Object.prototype's "constructor".
  const expanded = Object.hasOwn(CHAT_ABBREVIATIONS, word) ? CHAT_ABBREVIATIONS[word] : undefined;
  return expanded === undefined ? [] : expanded.split('|').map((meaning) => analyzeTerms(meaning));
}

/**
 * The meanings of a chat abbreviation that the corpus writes, as alternatives ("max": "maximum").
 * Looked up even where the corpus writes the short form too: a database manual's "max_wal_size"
 * must not stop "the max size of a note" from reading as "the maximum note size" beside it.
 */
export function chatMeaningAlternatives(word: string, vocabulary: Pick<CorpusVocabulary, 'frequency'>): TermAlternative[] {
  const own = analyzeTerms(word).join(' ');
  const found = new Map<string, TermAlternative>();
  for (const terms of chatMeanings(word)) {
    const key = terms.join(' ');
    if (terms.length === 0 || key === own || found.has(key) || !terms.every((term) => vocabulary.frequency(term) > 0)) continue;
    found.set(key, { terms, factor: ALTERNATIVE_FACTOR.abbreviation, kind: 'abbreviation' });
  }
  return [...found.values()];
}

/** True for a chat abbreviation of a word that only frames a question ("what yr…" is "what year…"). */
export function abbreviatesFramingWord(word: string): boolean {
  const meanings = chatMeanings(word);
  return meanings.length > 0 && meanings.every((terms) => terms.length === 0);
}

/** Verbs of chat slang that no dictionary knows. */
const CHAT_VERBS = new Set([
  'yeet', 'yeeted', 'yeeting', 'yeets', 'dm', 'dmed', 'dming', 'dms', 'ping', 'pinged', 'pinging', 'nuked', 'nuke', 'nuking', 'borked', 'bork', 'googled', 'googling',
  'nerf', 'nerfed', 'nerfing', 'nerfs',
]);

/** Particles that make a phrasal verb with the word before them ("set up", "talk about"). */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'about', 'on', 'in', 'back', 'through']);
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const MAX_SYNONYMS = 6;
/** Phrases an acronym may stand for, at most: the corpus's capitalised runs make many. */
const MAX_ACRONYM_PHRASES = 3;
/** Longer "words" are not misspellings of anything (pasted hashes, URLs). */
const MAX_WORD_CHARS = 30;
const MAX_ABBREVIATION_TARGETS = 3;

/** True when the word is English as WordNet or the lexicon knows it (so not a typo or an abbreviation). */
export function isEnglishWord(word: string, wordnet: WordNet): boolean {
  return Object.hasOwn(lexicon, word) || wordnet.knows(word);
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'first', 'second', 'third', 'half', 'both']);

/** True for a number written as a word ("two", "third"). */
export const isNumberWord = (word: string): boolean => NUMBER_WORDS.has(word);

/**
 * Words after which a word that can be a noun is one ("the *cost*", "what *languages*", "annual
 * *budget*": adjectives too), among them "there" ("is there *parking*") and prepositions, whose
 * object is a noun ("sell it on *switch*", "a discount for *students*").
 */
const NOUN_MARKERS = new Set([
  ...['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'of', 'any', 'some', 'no', 'each', 'every', 'what', 'which', 'whose', 'many', 'much'],
  'there',
  ...['on', 'in', 'for', 'with', 'at', 'from', 'about', 'by', 'into', 'onto', 'near', 'without', 'per', 'via', 'during', 'between'],
]);

/**
 * True when the word most likely serves as a verb or an adverb here ("does it *cost*", "*already*"),
 * not as a noun or adjective ("the *cost*"): such words are paraphrased most, so their absence
 * from a passage says little. Decided by the lexicon's most likely tag (WordNet's parts of speech
 * for words it lacks) and, for a word that can be both, by whether a determiner, a question word
 * or an adjective comes before it.
 */
export function isLikelyPredicate(word: string, previous: string | undefined, wordnet: WordNet): boolean {
  const tags = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  const previousTags = previous !== undefined && Object.hasOwn(lexicon, previous) ? lexicon[previous] : undefined;
  const afterNounMarker = previous !== undefined && (NOUN_MARKERS.has(previous) || previousTags?.[0] === 'JJ');
  if (tags) {
    const first = tags[0] ?? '';
    // A comparative ("grow *slower*", "is it *cheaper*") relates what the answer gives in figures ("5 days (was 4)").
    if (first.startsWith('VB') || first.startsWith('RB') || (first === 'JJR' && !afterNounMarker)) return true;
    return !afterNounMarker && tags.some((tag) => tag.startsWith('VB'));
  }
  const parts = wordnet.partsOf(word);
  // Chat's verbs no dictionary knows ("got yeeted") ask nothing of the corpus, as verbs do.
  if (parts.size === 0) return CHAT_VERBS.has(word);
  if (parts.has('adv') && !parts.has('noun') && !parts.has('adj')) return true;
  if (!parts.has('verb')) return false;
  return !parts.has('noun') || (!afterNounMarker && /(?:ed|ing)$/u.test(word));
}

/** The lexicon's likeliest part-of-speech tag for the word, if it knows it. */
export const likeliestTag = (word: string): string | undefined => (Object.hasOwn(lexicon, word) ? lexicon[word]?.[0] : undefined);

/**
 * The corpus's words for a phrasal verb ("set up" -> "establish", "find out" -> "learn"), or a noun
 * of two words ("last name" -> "surname"), whose meaning is not its first word's: looked up even
 * where the corpus has that word itself.
 */
export function phrasalAlternatives(word: string, followedBy: string | undefined, vocabulary: CorpusVocabulary, wordnet: WordNet): TermAlternative[] {
  if (!followedBy) return [];
  const joined = joinedWithParticle(word, followedBy, vocabulary, wordnet);
  const phrase = `${word} ${followedBy}`;
  // Or a noun of two words ("last name" -> "surname", "first name" -> "forename").
  if (!PARTICLES.has(followedBy) && !wordnet.partsOf(phrase).has('noun')) return [];
  const own = new Set(analyzeTerms(phrase));
  const found: TermAlternative[] = joined ? [joined] : [];
  for (const related of wordnet.relatedWords(phrase)) {
    const term = corpusTermOf(related.word, vocabulary, wordnet);
    // Not one of its own words ("phone number" -> "number").
    if (term !== undefined && own.has(term)) continue;
    if (term !== undefined && !found.some((a) => a.terms[0] === term)) found.push({ terms: [term], factor: ALTERNATIVE_FACTOR.synonym, kind: 'synonym' });
  }
  return found.slice(0, MAX_SYNONYMS);
}

/**
 * A phrasal verb the corpus writes as one word: "timeout" for "timed out", "login" for "logged
 * in", "signup" for "sign up". A near synonym only: "check out" is not always a "checkout".
 */
function joinedWithParticle(word: string, followedBy: string, vocabulary: CorpusVocabulary, wordnet: WordNet): TermAlternative | undefined {
  if (!PARTICLES.has(followedBy)) return undefined;
  const term = verbBases(word.toLowerCase()).map((base) => corpusTermOf(`${base}${followedBy}`, vocabulary, wordnet)).find((found) => found !== undefined);
  return term === undefined ? undefined : { terms: [term], factor: ALTERNATIVE_FACTOR.synonym, kind: 'synonym' };
}

/**
 * The forms a verb may have before its inflection: "timed" -> "time", "logged" -> "log", "signing" ->
 * "sign", "sets" -> "set". Not the stemmer's "carri" of "carried", which would join "carrion".
 */
function verbBases(word: string): string[] {
  const bases = [word];
  const ending = /(?:ed|ing|s)$/u.exec(word)?.[0];
  if (ending === undefined) return bases;
  const stripped = word.slice(0, -ending.length);
  // "carried", "carries": "carry" (not "carri", which would join "carrion").
  const root = stripped.endsWith('i') ? `${stripped.slice(0, -1)}y` : stripped;
  bases.push(root);
  if (ending !== 's') bases.push(`${root}e`);
  // A doubled last consonant ("logged", "stopping") is written once.
  if (/([^aeiou])\1$/u.test(root)) bases.push(root.slice(0, -1));
  return bases;
}

/**
 * Other ways the corpus may say `word` (which it lacks): a corrected spelling ("kazakstan"), the
 * capitalised phrase an acronym stands for ("FM" -> "Foreign Minister"), a word an abbreviation
 * shortens ("kz" -> "Kazakhstan", "govt" -> "government"), or WordNet synonyms, derived and similar
 * words ("set up" -> "establish", "willing" -> "ready"). Only what the corpus holds is returned.
 */
export function findAlternatives(word: string, followedBy: string | undefined, vocabulary: CorpusVocabulary, wordnet: WordNet, withSynonyms = true): TermAlternative[] {
  const found: TermAlternative[] = [];
  const add = (terms: readonly string[], kind: TermAlternative['kind']): void => {
    if (terms.length === 0 || !terms.every((t) => vocabulary.frequency(t) > 0)) return;
    if (found.some((a) => a.terms.join(' ') === terms.join(' '))) return;
    found.push({ terms, factor: ALTERNATIVE_FACTOR[kind], kind });
  };
  const ordinal = ORDINALS[Number(/^(\d{1,2})(?:st|nd|rd|th)$/u.exec(word)?.[1] ?? 0) - 1];
  if (ordinal) add(analyzeTerms(ordinal), 'variant'); // "2nd strike" is "second strike"
  const joined = followedBy === undefined || !withSynonyms ? undefined : joinedWithParticle(word, followedBy, vocabulary, wordnet);
  if (joined) add(joined.terms, 'synonym');
  const english = isEnglishWord(word, wordnet);
  if (/^\p{L}{2,6}$/u.test(word)) for (const phrase of (vocabulary.acronyms.get(word) ?? []).slice(0, MAX_ACRONYM_PHRASES)) add(phrase, 'acronym');
  // Stemming a misspelt word can take it further from the corpus's stem ("soliders" -> "solid",
  // not "soldier"), so the word as written is tried too.
  const neighbours = english ? [] : [...new Set([analyzeTerms(word)[0] ?? word, word].flatMap((form) => spellingNeighbours(form, vocabulary)))];
  // The corpus keeps stems, which a typo of a longer form can be far from ("inductoins" is three
  // edits from "induct"): then the word's own one-edit corrections are stemmed instead.
  // A name is never corrected into an English word.
  const misspelt = english || neighbours.length > 0 || !withSynonyms ? neighbours : correctedStems(word, vocabulary, wordnet);
  const parts = writtenApart(word, vocabulary);
  if (parts) add(parts, 'variant');
  // A plural the stemmer keeps whole ("gpus", "prs") is its singular, as the corpus's "GPUs" reads.
  for (const singular of [/^(\p{L}{2,})s$/u.exec(word)?.[1], /^(\p{L}{2,})es$/u.exec(word)?.[1]]) if (singular !== undefined) add(analyzeTerms(singular), 'variant');
  // An abbreviation of several meanings ("hw": homework, an assignment, hardware) is any the corpus
  // says, capitalised too ("PR": a pull request, where the corpus never writes "PR").
  for (const { terms } of chatMeaningAlternatives(word, vocabulary)) add(terms, 'abbreviation');
  if (!withSynonyms) {
    // A name is only ever itself, misspelt or abbreviated from a corpus name; never "dr" for "summary".
    for (const term of misspelt) add([term], 'spelling');
    return found;
  }
  for (const term of misspelt) add([term], 'spelling');
  // WordNet knows many chat abbreviations as rare words ("gen", "sec", "reps"); the lexicon's common words are never abbreviations.
  // Letters that are a corpus phrase's initials ("FM": "Foreign Minister") stand for it, not also for
  // a word they happen to spell out ("format"); they may still shorten a name ("kz": "Kazakhstan",
  // though "Karl Zimmer" is a phrase of the corpus too).
  const isAcronym = found.some((a) => a.kind === 'acronym');
  // A chat abbreviation the corpus says as chat means it is that, not also a name of the corpus
  // ("mp": "multiplayer", not "Millpond"); it may still be another spelling ("org": "organisation").
  const chatMeaningSaid = found.some((a) => a.kind === 'abbreviation');
  if (!Object.hasOwn(lexicon, word)) {
    for (const target of abbreviated(word, vocabulary)) {
      const name = vocabulary.writesAsName(target);
      if ((!isAcronym || name) && !(chatMeaningSaid && name)) add(analyzeTerms(target), 'abbreviation');
    }
  }
  const phrasal = followedBy && PARTICLES.has(followedBy) ? wordnet.relatedWords(`${word} ${followedBy}`) : [];
  let synonyms = 0;
  for (const related of [...phrasal, ...wordnet.relatedWords(word)]) {
    const term = corpusTermOf(related.word, vocabulary, wordnet);
    if (term === undefined) continue;
    const terms = [term];
    // A variant spelling in the same synset ("centre", "center") and a derived form ("membership",
    // "member") say the same thing; other synonyms only something close.
    const variant = related.relation === 'derived' || (related.word.slice(0, 3) === word.slice(0, 3) && editDistance(related.word, word, 2) <= (word.length < 6 ? 1 : 2));
    if (variant) add(terms, 'variant');
    else if (synonyms < MAX_SYNONYMS) {
      add(terms, 'synonym');
      synonyms += 1;
    }
  }
  return found;
}

/**
 * The corpus's terms for a word it writes apart: letters and digits run together ("utf8" for
 * "UTF-8", "512mib", "py37" for "Python 3.7", an abbreviated part read as above, a version's
 * digits with its dot: "37" for "3.7"), two corpus words run together ("timezone" for "time
 * zone", each at least four letters), or a word and a particle ("speedup" for "speed up").
 * Undefined when the parts are not all the corpus's.
 */
function writtenApart(word: string, vocabulary: CorpusVocabulary): string[] | undefined {
  const known = (term: string | undefined): string | undefined => (term !== undefined && vocabulary.frequency(term) > 0 ? term : undefined);
  const termOf = (part: string): string | undefined => {
    const term = known(analyzeTerms(part)[0]);
    if (term !== undefined) return term;
    if (/^\p{N}{2,3}$/u.test(part)) return known(`${part.slice(0, 1)}.${part.slice(1)}`);
    // A chat abbreviation's meaning the corpus says ("hw1": "assignment 1").
    const meaning = chatMeanings(part).find((terms) => terms.length === 1 && known(terms[0]) !== undefined)?.[0];
    if (meaning !== undefined) return meaning;
    const target = /^\p{L}+$/u.test(part) && !Object.hasOwn(lexicon, part) ? abbreviated(part, vocabulary)[0] : undefined;
    return target === undefined ? undefined : analyzeTerms(target)[0];
  };
  // A possessive or plural "s" typed onto a number ("py37s ssl module") is no part of its own.
  const runs = (word.match(/\p{L}+|\p{N}+/gu) ?? []).filter((run, i, all) => !(run === 's' && i === all.length - 1 && i > 0 && /\p{N}/u.test(all[i - 1] ?? '')));
  if (runs.length > 1 || /^\p{N}{2,3}$/u.test(word)) {
    const terms = runs.map(termOf);
    return terms.every((term) => term !== undefined) ? (terms as string[]) : undefined;
  }
  if (!/^\p{L}{6,}$/u.test(word)) return undefined;
  for (let split = 4; split <= word.length - 2; split += 1) {
    const left = known(analyzeTerms(word.slice(0, split))[0]);
    const rest = word.slice(split);
    if (left && PARTICLES.has(rest)) return [left];
    const right = rest.length >= 4 ? known(analyzeTerms(rest)[0]) : undefined;
    if (left && right) return [left, right];
  }
  return undefined;
}

/**
 * The corpus's term for a WordNet word: one word ("one-year", "talk about" are not) that the corpus
 * writes, inflected or not, or writes a word derived from it with the same stem ("performance" for
 * "perform"). Its stem alone is not enough: "several" has the stem of "sever", a synonym of "cut".
 */
function corpusTermOf(word: string, vocabulary: CorpusVocabulary, wordnet: WordNet): string | undefined {
  if (!/^\p{L}+$/u.test(word)) return undefined;
  const terms = analyzeTerms(word);
  if (terms.length !== 1 || vocabulary.frequency(terms[0] as string) === 0) return undefined;
  return writesWordOrDerived(word, terms[0] as string, vocabulary, wordnet) ? terms[0] : undefined;
}

/** True when the corpus writes the word, inflected or not, or a word WordNet derives from it with the same stem ("performance" for "perform"; not "several" for "sever"). */
function writesWordOrDerived(word: string, stem: string, vocabulary: CorpusVocabulary, wordnet: WordNet): boolean {
  if (inflections(word, wordnet).some((form) => vocabulary.writes(form))) return true;
  return wordnet
    .relatedWords(word)
    .some((related) => related.relation === 'derived' && /^\p{L}+$/u.test(related.word) && analyzeTerms(related.word)[0] === stem && inflections(related.word, wordnet).some((form) => vocabulary.writes(form)));
}

/** A word's regular inflections and its irregular ones from WordNet's exception lists, with the word itself ("stop": "stops", "stopped", "stopping"; "take": "took"). */
function inflections(word: string, wordnet: WordNet): string[] {
  // With the adverb of an adjective ("fortunate": "fortunately"), which WordNet links by no derivation.
  const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}ers`, `${word}est`, `${word}ly`, `${word}ally`];
  const stem = word.slice(0, -1);
  if (word.endsWith('e')) forms.push(`${word}d`, `${word}r`, `${word}rs`, `${word}st`, `${stem}ing`);
  if (word.endsWith('le')) forms.push(`${stem.slice(0, -1)}ly`);
  if (/[^aeiou]y$/u.test(word)) forms.push(`${stem}ies`, `${stem}ied`, `${stem}ier`, `${stem}iest`, `${stem}ily`);
  // A last consonant doubled after one vowel ("stop": "stopped", "travel": "travelled", "focus": "focussed").
  if (/[^aeiou][aeiou][bdgklmnprstvz]$/u.test(word)) forms.push(`${word}${word.slice(-1)}ed`, `${word}${word.slice(-1)}ing`, `${word}${word.slice(-1)}er`);
  return [...forms, ...wordnet.irregularForms(word)];
}

/** Corpus terms one edit away (two for long words), with the same first letter: a misspelling's likely intent. */
function spellingNeighbours(term: string, vocabulary: CorpusVocabulary): string[] {
  if (term.length < 5 || term.length > MAX_WORD_CHARS || /\d/u.test(term)) return [];
  const maxDistance = term.length >= 8 ? 2 : 1;
  return vocabulary
    .termsStartingWith(term[0] as string)
    .filter((known) => Math.abs(known.length - term.length) <= maxDistance && editDistance(term, known, maxDistance) <= maxDistance);
}

/** Letters a one-edit correction may put in. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Shorter words are not corrected this way: one edit turns "cacher" (of "apt-cacher-ng") into "cache". */
const MIN_CORRECTED_CHARS = 7;
/** Corrections kept per misspelt word, the stems most passages hold first. */
const MAX_CORRECTIONS = 2;

/**
 * The corpus stems of the word's one-edit corrections (a letter dropped, added, changed, or two
 * swapped; the first letter kept) that are English words: "inductoins" -> "inductions" ->
 * "induct", "originaly" -> "originally" -> "origin". For words of seven letters or more that no
 * dictionary knows.
 */
function correctedStems(word: string, vocabulary: CorpusVocabulary, wordnet: WordNet): string[] {
  if (word.length < MIN_CORRECTED_CHARS || word.length > MAX_WORD_CHARS || !/^\p{L}+$/u.test(word)) return [];
  const own = analyzeTerms(word)[0];
  const variants = new Set<string>();
  for (let i = 1; i <= word.length; i += 1) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) variants.add(head + tail.slice(1));
    if (tail.length > 1) variants.add(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2));
    for (const letter of LETTERS) {
      variants.add(head + letter + tail);
      if (tail.length > 0) variants.add(head + letter + tail.slice(1));
    }
  }
  const stems = new Map<string, number>();
  for (const variant of variants) {
    const stem = analyzeTerms(variant)[0];
    if (stem === undefined || stem === own || stems.has(stem)) continue;
    const frequency = vocabulary.frequency(stem);
    if (frequency > 0 && isEnglishWord(variant, wordnet)) stems.set(stem, frequency);
  }
  return [...stems].sort((a, b) => b[1] - a[1]).slice(0, MAX_CORRECTIONS).map(([stem]) => stem);
}

/**
 * Corpus words an abbreviation can stand for: same first letter, its letters in order, the most
 * frequent first ("kz" -> "kazakhstan"). Two letters abbreviate only names.
 */
function abbreviated(word: string, vocabulary: CorpusVocabulary): string[] {
  if (!/^\p{L}{2,5}$/u.test(word)) return [];
  const letter = word[0] as string;
  const pool = word.length === 2 ? vocabulary.capitalisedStartingWith(letter) : [...vocabulary.capitalisedStartingWith(letter), ...vocabulary.termsStartingWith(letter)];
  const frequencyOf = (candidate: string): number => vocabulary.frequency(analyzeTerms(candidate)[0] ?? candidate);
  // A word cut short ("elec" for "elect", the stem of "election") needs one more letter; letters
  // picked from a longer word ("mtg" from "meeting"), two.
  const longEnough = (candidate: string): boolean => candidate.length > word.length + (candidate.startsWith(word) ? 0 : 1);
  return [...new Set(pool.filter((candidate) => longEnough(candidate) && isSubsequence(word, candidate)))]
    .map((candidate) => ({ candidate, frequency: frequencyOf(candidate) }))
    .sort((a, b) => b.frequency - a.frequency)
    .slice(0, MAX_ABBREVIATION_TARGETS)
    .map(({ candidate }) => candidate);
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const char of long) if (char === short[i]) i += 1;
  return i === short.length;
}

/**
 * True when a word no dictionary knows is a function word with two letters swapped ("shuold",
 * "becuase"): it asks nothing of the corpus, and must not be refused as a word it never says. Only
 * a swap, and only of long words: a name one letter from a short function word ("whois", "doas",
 * "musl") is a name.
 */
export function misspeltFunctionWord(word: string, wordnet: WordNet): boolean {
  if (word.length < 5 || !/^\p{L}+$/u.test(word) || LONG_FUNCTION_WORDS.has(word) || isEnglishWord(word, wordnet)) return false;
  for (let i = 0; i + 1 < word.length; i += 1) {
    if (word[i] === word[i + 1]) continue;
    if (LONG_FUNCTION_WORDS.has(`${word.slice(0, i)}${word[i + 1] as string}${word[i] as string}${word.slice(i + 2)}`)) return true;
  }
  return false;
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'to']);

/**
 * The acronyms a text's capitalised phrases make, with each phrase's terms: every run of two or
 * more capitalised words (connectors such as "of" skipped) gives its initials, an all-capitals word
 * giving all its letters ("UN Security Council" -> "unsc", "Organization of Islamic Cooperation" -> "oic").
 */
export function acronymsOf(text: string): Array<[string, string[]]> {
  const result: Array<[string, string[]]> = [];
  const initial = (word: string): string => (/^\p{Lu}{2,5}$/u.test(word) ? word : (word[0] ?? ''));
  for (const run of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|the|on|in|de|to)\s+)?\p{Lu}[\p{L}'’-]*)+/gu)) {
    const all = run[0].split(/\s+/u);
    const words = all.flatMap((word, at) => (CONNECTORS.has(word) ? [] : [{ word, at }]));
    for (let start = 0; start < words.length; start += 1) {
      for (let end = start + 2; end <= Math.min(words.length, start + 6); end += 1) {
        const part = words.slice(start, end);
        const terms = part.flatMap(({ word }) => analyzeTerms(word));
        if (terms.length < 2) continue;
        result.push([part.map(({ word }) => initial(word)).join('').toLowerCase(), terms]);
        // Initials may keep a connector's letter too: "CoC" is "Code of Conduct", "ToS" "Terms of Service".
        const span = all.slice(part[0]?.at ?? 0, (part.at(-1)?.at ?? 0) + 1);
        if (span.length > part.length) result.push([span.map(initial).join('').toLowerCase(), terms]);
      }
    }
  }
  return result;
}
