import { likeliestTag } from './alternatives.js';
import { analyzeTerms } from './terms.js';
import { sharedWordNet } from './wordnet.js';

/** Verbs that say no action of their own: "who did…", "who's gonna…", "who can…", "who came up with…". */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'doing', 'done', 'get', 'gets', 'got', 'getting', 'make', 'makes', 'made', 'making', 'go', 'goes', 'going', 'gonna', 'went',
  'be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might',
  'must', 'take', 'takes', 'took', 'taking', 'supposed', 'came', 'come', 'comes', 'coming',
]);

/** "who wrote…", "who originally started…", "who's choreographing…": "who", a form of "be" or "have" or nothing, an adverb of time or none, and the word after. */
const WHO_DOES = /^\W*(?:\S+\s+)?who(['’]s|\s+(?:is|was|has|had|will))?\s+(?:(?:actually|originally|first|really|initially|currently|now|even)\s+)?(\p{L}+)/iu;

/**
 * The action a "who" question asks the doer of ("who's *choreographing* the musical", "who *won*
 * best in show"), as the search terms of the verb's forms and the words derived from it
 * ("choreographer", "winner"): but only where the corpus names doers of it with a word for a person
 * (`says`: "Choreographer: Tash Mendes", "the winner"). There a sentence that names someone without
 * saying the action ("directed by Lorna Fitch") does not say who does it. A corpus that never names
 * such a doer says who did it in other ways ("led by Hannah" for who runs the sewing night, "by Helen
 * Marsh" for who wrote the textbook), so nothing is asked of the sentence there. Undefined for a
 * verb that says no action (LIGHT_VERBS) and for a role asked with "who's the…".
 */
export function askedAction(clause: string, says: (term: string) => boolean): readonly string[] | undefined {
  const match = WHO_DOES.exec(clause);
  const word = match?.[2]?.toLowerCase();
  if (word === undefined || LIGHT_VERBS.has(word) || !sharedWordNet.partsOf(word).has('verb')) return undefined;
  // After "who's", only the -ing form of a verb ("who's leading"): "who's league sec" asks for a role.
  // Otherwise a word tagged as a verb or a plural noun ("who coaches…"), or one the lexicon lacks.
  const tag = likeliestTag(word);
  if (match?.[1] !== undefined ? !word.endsWith('ing') : tag !== undefined && !tag.startsWith('VB') && tag !== 'NNS') return undefined;
  const forms = sharedWordNet.verbForms(word);
  // Words for a person who does it, by the most frequent sense: "winner", "coach"; not "founder", whose is a horse's disease.
  const doers = forms.filter((form) => !form.includes(' ') && sharedWordNet.partsOf(form).has('noun') && sharedWordNet.firstNounSenseIsPerson(form));
  if (!doers.flatMap((doer) => analyzeTerms(doer)).some(says)) return undefined;
  return [...new Set([...analyzeTerms(word), ...forms.flatMap((form) => analyzeTerms(form))])];
}
