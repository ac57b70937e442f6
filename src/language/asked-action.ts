import { likeliestTag } from './alternatives.js';
import { analyzeTerms } from './terms.js';
import { sharedWordNet } from './wordnet.js';

/** The action a "who" question asks the doer of (askedAction). */
export interface AskedAction {
  /** The search terms of the verb's forms and the words WordNet derives from it ("win", "winner"). */
  readonly terms: readonly string[];
  /** Words for a person who does it, as written, lower-case ("winner", "choreographer"). */
  readonly doers: readonly string[];
}

/** Verbs that say no action of their own: "who did…", "who's gonna…", "who can…", "who came up with…", "who knows…". */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'doing', 'done', 'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'making', 'go', 'goes', 'going', 'gonna', 'went',
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might',
  'must', 'take', 'takes', 'took', 'taking', 'supposed', 'came', 'come', 'comes', 'coming', 'know', 'knows', 'knew', 'want', 'wants', 'wanna',
  'need', 'needs', 'think', 'thinks', 'like', 'likes', 'say', 'says', 'said', 'mean', 'means', 'reckon', 'reckons', 'gotta', 'let', 'lets',
]);

/**
 * "who wrote…", "who originally started…", "who's choreographing…": "who", a form of "be" or
 * "have" or nothing, an adverb of time or none, and a whole word after ("won't" is no "won").
 */
const WHO_DOES = /^\W*(?:\S+\s+)?who(['’]s|\s+(?:is|was|has|had|will))?\s+(?:(?:actually|originally|first|really|initially|currently|now|even)\s+)?(\p{L}+)(?![\p{L}'’])/iu;

/**
 * The action a "who" question asks the doer of ("who's *choreographing* the musical", "who *won*
 * best in show"): the verb's forms and the words WordNet derives from it, and its words for a
 * person who does it ("winner", "choreographer": by their most frequent sense, so not "founder",
 * whose is a horse's disease). Undefined for a verb that says no action (LIGHT_VERBS), for a noun
 * after "who's" (a role: "who's league sec"), and for a verb with no word for its doer.
 */
export function askedAction(clause: string): AskedAction | undefined {
  const match = WHO_DOES.exec(clause);
  const word = match?.[2]?.toLowerCase();
  if (word === undefined || LIGHT_VERBS.has(word)) return undefined;
  // After "who's", "who is"…, only the -ing form of a verb ("who's leading"); otherwise a word tagged
  // as a verb or a plural noun ("who coaches…"), or one the lexicon lacks.
  const tag = likeliestTag(word);
  if (match?.[1] !== undefined ? !word.endsWith('ing') : tag !== undefined && !tag.startsWith('VB') && tag !== 'NNS') return undefined;
  return actionOf(word);
}

/** Verbs' actions read lately (a lookup reads WordNet's files: about a millisecond), by verb. */
const actions = new Map<string, AskedAction | undefined>();
const MAX_ACTIONS = 1_000;

/** The verb's action (askedAction), or undefined where WordNet has no word for its doer. */
function actionOf(verb: string): AskedAction | undefined {
  if (actions.has(verb)) return actions.get(verb);
  const derived = sharedWordNet.derivedFromVerb(verb);
  // "Trainee" is whom the action is done to, not its doer.
  const doers = derived.filter((form) => /^\p{L}+$/u.test(form) && !(form.endsWith('ee') && form !== verb) && sharedWordNet.firstNounSenseIsPerson(form));
  const forms = [verb, ...sharedWordNet.verbForms(verb), ...derived];
  const action = doers.length === 0 ? undefined : { terms: [...new Set(forms.flatMap((form) => analyzeTerms(form)))], doers };
  if (actions.size >= MAX_ACTIONS) actions.delete(actions.keys().next().value as string);
  actions.set(verb, action);
  return action;
}

/**
 * A pattern matching a doer's word (letters only; singular or plural) used as a label for someone
 * named: "Choreographer: Tash Mendes", "| Winner | Ada |", "the winner of best in show was Ada",
 * "Tash Mendes (choreographer)". Not a word for doers in general ("our players rehearse on
 * Mondays", "walk leaders carry a first-aid kit", "runner beans"), which names nobody's part. The
 * name must be capitalised, so only the doer's first letter is read in either case.
 */
export function doerPattern({ doers }: AskedAction): RegExp {
  const words = doers.map((doer) => `[${doer.charAt(0).toUpperCase()}${doer.charAt(0)}]${doer.slice(1)}`).join('|');
  const doer = String.raw`\b(?:${words})(?:s|es)?\b`;
  const labelThenName = String.raw`${doer}(?:\s+(?:of|for|in|at)\s+[^.:\n|]{1,40}?)?[*_]*\s*(?::|\||[–—]|\s-\s|\b(?:is|was|were|are)\b)[\s*_]*\p{Lu}`;
  const nameThenLabel = String.raw`\p{Lu}\p{L}+\s*(?:,|\(|[–—]|\s-\s)\s*(?:[Tt]he\s+|[Oo]ur\s+)?(?:\p{L}+\s+)?${doer}`;
  return new RegExp(`${labelThenName}|${nameThenLabel}`, 'u');
}
