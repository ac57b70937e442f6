import { headingsOf, type Passage, type WeightedTerm } from '../core/index.js';
import { ADDRESSES_RATIO, analyzeTerms, doerPattern, hasTerm, saysOtherYear, yearsAsked, asksForDefault, saysDefault, writtenIdentifiers, askingClause, asksForBound, saysBound, asksYesOrNo, countsInCoverage, isContactKind, nameSlots, namesSomething, type WrittenName, readSentences, spellingsOf, termCoverage, termMatch, typedAnswers, type AnalyzedQuestion, type ReadSentence, type ExpectedAnswer, type TermStats } from '../language/index.js';

/** What the evidence check reads of the live index (LiveIndex): terms, and which documents share a topic. */
export interface EvidenceTerms extends Pick<TermStats, 'termsOf' | 'saidIn' | 'frequency' | 'chunkCount'> {
  /** The terms of the given documents and of every other document on the same topic. */
  topicDocuments(documentIds: readonly string[]): ReadonlySet<string>[];
  /** True when a passage of one of the documents writes what `pattern` matches, as written. */
  documentsWrite(documentIds: readonly string[], pattern: RegExp): boolean;
}

/** How strongly the best passages support answering a question. */
export interface Evidence {
  /** Highest cosine similarity between the question and the best passages. */
  readonly similarity: number;
  /** Share (by IDF weight) of the question's terms found in the best passages, in [0, 1]. */
  readonly coverage: number;
  /** The weightiest question terms the best passages lack. */
  readonly missingTerms: string[];
  /** Names in the question that the corpus never mentions. */
  readonly unknownNames: string[];
  /**
   * Words that carry the question (nouns, qualifiers: "the *previous* chairman", "the *cost*")
   * that the corpus never says, in any form Docent knows: what is asked is not there.
   */
  readonly absentKeyTerms: string[];
  /**
   * False when the question asks for a name, time or number and no sentence of the best passages
   * that addresses it (holds nearly as much of the question as the best sentence) holds one.
   */
  readonly answerTypeFound: boolean;
  /**
   * False when the question names two things or more ("did Greminger lay flowers at the Soviet
   * monument?") and no sentence of the best passages, as read, says them all.
   */
  readonly namesTogether: boolean;
  /**
   * False when the question asks for a bound by name ("the max homestead rank", "the minimum RAM")
   * and no sentence of the best passages that addresses it states one ("up to", "at least"…).
   */
  readonly boundSaid: boolean;
  /**
   * False when the question asks for a default by name ("the default timeout of imaplib.IMAP4")
   * and no sentence of the best passages that addresses it, with the sentence it leans on, says
   * one of what the question names: "IMAP4 now has an optional *timeout* parameter" gives none.
   */
  readonly defaultSaid: boolean;
}

/** When Docent says the release does not answer. */
export interface AbstentionPolicy {
  /** Abstain below this cosine similarity, whatever the terms say. */
  readonly minSimilarity: number;
  /** Abstain when less than this share of the question's terms (by IDF) is in the best passages. */
  readonly minCoverage: number;
  /** Abstain when the question names something the corpus never mentions. */
  readonly abstainOnUnknownNames: boolean;
  /** Abstain when the sentences that address the question lack what it asks for (see Evidence.answerTypeFound). */
  readonly requireAnswerType: boolean;
  /** Abstain when no sentence says together the names a question of fact relates (see Evidence.namesTogether). */
  readonly requireNamesTogether: boolean;
}

/**
 * Chosen by measurement on tests/eval/release.json (`npm run tune`). USE-lite gives unrelated
 * questions about the same country similarities as high as related ones, so similarity is only a
 * floor; the terms decide. The floor is low because short questions score low: "Who is
 * Greminger?" is 0.076 from the passages that name him, and the evaluation sets abstain alike
 * anywhere from 0 to 0.1.
 */
export const DEFAULT_ABSTENTION: AbstentionPolicy = { minSimilarity: 0.05, minCoverage: 0.15, abstainOnUnknownNames: true, requireAnswerType: true, requireNamesTogether: true };

const PASSAGES_CONSIDERED = 3;

/** What the evidence check reads of a question (AnalyzedQuestion). */
export type EvidenceQuestion = Pick<AnalyzedQuestion, 'text' | 'terms' | 'asksFor' | 'attribute'>;

/** Measures the evidence for a question in its best passages, reading their terms from `index`. */
export function measureEvidence(question: EvidenceQuestion, passages: readonly Passage[], index: EvidenceTerms): Evidence {
  const { text, terms, asksFor } = question;
  const best = passages.slice(0, PASSAGES_CONSIDERED);
  const termSets = best.map((passage) => index.termsOf(passage.chunk).passage);
  const present = new Set(termSets.flatMap((set) => [...set]));
  // Names written as alternatives ("Java, Python, REXX or Tcl") ask for any one of them: for each
  // word of a name, the other names written as its alternatives.
  const names = terms.filter(namesSomething);
  const others = new Map(nameSlots(text, names).flatMap((slot) => slot.flatMap((name) => name.map((term) => [term, slot.filter((other) => other !== name)] as const))));
  const alternativesOf = (t: WeightedTerm): readonly WrittenName[] => others.get(t) ?? [];
  const slots = askedNameSlots(text, terms, index);
  const unknown = (t: WeightedTerm): boolean => t.isName && !t.inCorpus && !alternativesOf(t).some((name) => name.every((term) => term.inCorpus));
  // The best passages' sentences as read, once, for the checks that read them.
  let read: ReadSentence[] | undefined;
  const sentences = (): ReadSentence[] => (read ??= readSentences(best, terms, asksFor, (passage) => index.termsOf(passage.chunk).sentences));
  return {
    similarity: Math.max(0, ...best.map((p) => p.similarity)),
    // The evidence must stand in one passage: terms scattered over several do not answer together.
    // A question with no content terms at all ("what is it?") has nothing to find.
    coverage: Math.max(0, ...termSets.map((set) => termCoverage(terms, set))),
    missingTerms: terms.filter((t) => countsInCoverage(t) && termMatch(t, present) === 0).sort((a, b) => b.weight - a.weight).map((t) => t.term),
    unknownNames: terms.filter(unknown).map((t) => t.term),
    absentKeyTerms: [...new Set([...absentKeyTerms(terms, best, index, alternativesOf), ...unsaidAttribute(question, present)])],
    answerTypeFound: asksFor === undefined || typedSentenceAddresses(text, terms, best, sentences(), index, asksFor, slots),
    namesTogether: namesTogether(text, asksFor, slots, best, index),
    boundSaid: !asksForBound(text) || saysBoundAddressing(sentences()),
    defaultSaid: !asksForDefault(text) || saysDefaultAddressing(terms, sentences(), slots),
  };
}

/**
 * The question's carrying terms (names, nouns, qualifiers) that the documents it is about do not
 * say, in any form Docent knows from those documents' own words.
 *
 * A name must be in the documents of the best passages. Another carrying word may also be in a
 * document on the same topic (LiveIndex.topicDocuments): "the difference between arguments and
 * parameters" is asked of a FAQ whose answer never says "difference", but other answers do. A
 * document on another topic does not count: "population" in a database manual does not make the
 * release give Kazakhstan's, so answers stay the same when unrelated documents join the corpus.
 */
function absentKeyTerms(
  terms: readonly WeightedTerm[],
  passages: readonly Passage[],
  index: EvidenceTerms,
  /** The names written as the term's alternatives: one of them said in full is enough. */
  alternativesOf: (term: WeightedTerm) => readonly WrittenName[],
): string[] {
  const documentIds = [...new Set(passages.map((passage) => passage.chunk.documentId))];
  const documents = [...new Set(passages.map((passage) => index.termsOf(passage.chunk).document))];
  let topic: ReadonlySet<string>[] | undefined;
  // Each term is looked up once, however many alternatives name it.
  const known = new Map<WeightedTerm, boolean>();
  const said = (t: WeightedTerm): boolean => {
    let answer = known.get(t);
    if (answer === undefined) {
      answer = (t.inCorpus || t.isName) && (index.saidIn(t, documents) || (!t.isName && index.saidIn(t, (topic ??= index.topicDocuments(documentIds)))));
      known.set(t, answer);
    }
    return answer;
  };
  return terms.filter((t) => t.carries !== false && !said(t) && !alternativesOf(t).some((name) => name.every(said))).map((t) => t.term);
}

/**
 * The attribute the question asks about by name (AnalyzedQuestion.attribute), when no best passage
 * says it, as written or spelt otherwise (a synonym is too loose: "make" is no "brand"): "what
 * model is the oscilloscope?" is not answered by a passage on the oscilloscope that names no model,
 * however often the documents say "model" elsewhere.
 */
function unsaidAttribute({ attribute, terms, asksFor }: EvidenceQuestion, present: ReadonlySet<string>): string[] {
  // An answer of the asked type says it instead: "£5" is the fee asked for, without the word "fee".
  const term = attribute === undefined || asksFor !== undefined ? undefined : terms.find((t) => t.term === attribute);
  if (!term) return [];
  // Said as a word of its own: "brand" is not the start of "Brandt".
  const said = present.has(term.term) || spellingsOf(term).some((terms) => terms.every((t) => present.has(t)));
  return said ? [] : [term.term];
}

/**
 * A name in at least this share of the passages, and in more than a few, is what the corpus is
 * about ("Perl" in the Perl FAQ, "Kazakhstan" in its ministry's release), not one a sentence must
 * say to answer.
 */
const TOPIC_NAME_SHARE = 0.25;
const TOPIC_NAME_PASSAGES = 4;

/**
 * The names of the question's asking clause that a sentence answering it must say, one slot per
 * thing named (nameSlots: "Java, Python or Tcl" is one slot), and the names written as code in the
 * whole question (writtenIdentifiers), each a slot of its own that covers the name slots of its
 * words ("Executor" of "Executor.shutdown()"). A name the corpus never says is no alternative
 * (unknownNames judges a slot of only such names); a slot holding a name the corpus is about
 * (TOPIC_NAME_SHARE) is dropped, and so are such names' words in the other slots.
 */
function askedNameSlots(text: string, terms: readonly WeightedTerm[], index: EvidenceTerms): WrittenName[][] {
  const holding = (name: WeightedTerm): number =>
    Math.max(index.frequency(name.term), ...spellingsOf(name).flatMap((terms) => terms.map((t) => index.frequency(t))));
  const isTopic = (name: WeightedTerm): boolean => holding(name) >= Math.max(TOPIC_NAME_PASSAGES, TOPIC_NAME_SHARE * index.chunkCount);
  const clause = askingClause(text);
  // A name written as code ("json.loads") is one name of its words, whatever their case, in any
  // clause: "did json.loads get faster? how much" asks about it.
  const identifiers = writtenIdentifiers(text)
    .map((identifier) => identifier.flatMap((term) => terms.filter((t) => t.term === term)))
    .filter((name) => name.length > 1)
    .map((name) => [name]);
  const inIdentifier = (name: WrittenName): boolean => identifiers.some(([identifier]) => name.every((term) => identifier?.includes(term)));
  const names = nameSlots(clause, terms.filter(namesSomething)).filter((slot) => !slot.every(inIdentifier));
  return [...names, ...identifiers]
    .map((slot) => slot.filter((name) => name.every((term) => term.inCorpus)))
    .filter((slot) => slot.length > 0 && !slot.some((name) => name.every(isTopic)))
    .map((slot) => slot.map((name) => name.filter((term) => !isTopic(term))));
}

/** True when the sentence's terms (or its passage's title: "3.9" of "What's New In Python 3.9") say a name of every slot. */
function saysEverySlot(slots: readonly WrittenName[][], sentence: ReadonlySet<string>, title: ReadonlySet<string>): boolean {
  return slots.every((slot) => slot.some((name) => name.every((term) => termMatch(term, sentence, false) > 0 || termMatch(term, title, false) > 0)));
}

/**
 * True unless the question names two things or more (askedNameSlots) that no sentence of the
 * passages, as read, says together. Names the corpus never says are judged by unknownNames instead.
 */
function namesTogether(text: string, asksFor: ExpectedAnswer | undefined, slots: readonly WrittenName[][], passages: readonly Passage[], index: EvidenceTerms): boolean {
  // A fact (who, when, how many, yes or no) is said in one sentence that names what it relates;
  // how and why are explained over several.
  if (asksFor === undefined && !asksYesOrNo(text)) return true;
  if (slots.length < 2) return true;
  return passages.some((passage) => {
    const title = new Set(analyzeTerms(passage.chunk.title));
    return index.termsOf(passage.chunk).sentences.some((sentence) => saysEverySlot(slots, sentence, title));
  });
}

/** The share of the question's other words (by weight) that the sentence saying an unlabelled version must hold too. */
const VERSION_SENTENCE_COVERAGE = 0.5;

/**
 * The versions a question asks of no notes (QuestionScope.unlabelled) that no sentence of its best
 * passages says together with at least half of its other words: "the default cache size in lumen
 * 2.6" is not answered by "Windows 7 support will be dropped in Lumen 2.6".
 */
export function versionsUnsaid(question: EvidenceQuestion, versions: readonly string[], passages: readonly Passage[], index: EvidenceTerms): string[] {
  const best = passages.slice(0, PASSAGES_CONSIDERED);
  return versions.filter((version) => {
    const others = question.terms.filter((term) => term.term !== version);
    // "1.20.4" says "1.20" too.
    const says = (sentence: ReadonlySet<string>): boolean => sentence.has(version) || [...sentence].some((term) => term.startsWith(`${version}.`));
    return !best.some((passage) => index.termsOf(passage.chunk).sentences.some((sentence) => says(sentence) && termCoverage(others, sentence) >= VERSION_SENTENCE_COVERAGE));
  });
}

/**
 * True when a sentence of the passages that addresses the question holds the asked type and says
 * what the question names (askedNameSlots), itself, in the sentence it leans on, or where its
 * document names what it is about (its title, headings, file name: "minisearch-CHANGELOG.md"):
 * "how much faster is tomllib?" is not answered by "LOAD_ATTR is about 36% faster", though both
 * are about speed. A contact detail's sentence (as read, under its heading) must name whose it is,
 * not the sentence before: "Tomás's email" is not the events address in the sentence after his name.
 */
function typedSentenceAddresses(
  question: string,
  terms: readonly WeightedTerm[],
  passages: readonly Passage[],
  sentences: readonly ReadSentence[],
  index: EvidenceTerms,
  asksFor: ExpectedAnswer,
  slots: readonly WrittenName[][],
): boolean {
  // The title and the headings over each passage, read once per passage.
  const headings = new Map<number, ReadonlySet<string>>();
  const headingsAt = (passageRank: number): ReadonlySet<string> => {
    let terms = headings.get(passageRank);
    if (terms === undefined) {
      terms = headingTerms(passages[passageRank] as Passage);
      headings.set(passageRank, terms);
    }
    return terms;
  };
  // A price is said of the thing priced, in its sentence, the one it leans on or a heading over it:
  // "how much is a pint at the social" is not answered by the social's "no fee", nor by a fee table
  // that lists no pint.
  const priced = asksFor.type === 'money' ? pricedThing(terms) : undefined;
  const saysPriced = (sentence: ReadSentence): boolean =>
    priced === undefined || termMatch(priced, new Set([...sentence.terms, ...(sentence.before ?? [])])) > 0 || termMatch(priced, headingsAt(sentence.passageRank)) > 0;
  // A year the question asks a fact of: not a time's, whose answer may fall in another year than its
  // label ("when does the 2025 tax year end": 5 April 2026).
  const years = asksFor.type === 'time' ? [] : yearsAsked(askingClause(question));
  const typed = typedAnswers(sentences, terms, asksFor).filter((sentence) => saysPriced(sentence) && !saysOtherYear(sentence.text, years));
  // The role a "who" question asks the holder of, as the question's term (with the corpus's other words for it).
  const role = (asksFor.role ?? []).flatMap((word) => terms.filter((t) => t.written?.word === word && !namesSomething(t)));
  // The action it asks the doer of, where the documents answering name its doers ("Choreographer:
  // Tash Mendes"): there, whom a sentence names without saying it ("directed by Lorna Fitch") did
  // something else. Documents that never name such a doer say who did it otherwise ("led by Hannah").
  const documentIds = [...new Set(passages.map((passage) => passage.chunk.documentId))];
  const action = asksFor.action && typed.length > 0 && index.documentsWrite(documentIds, doerPattern(asksFor.action)) ? asksFor.action.terms : [];
  if (slots.length === 0 && role.length === 0 && action.length === 0) return typed.length > 0;
  const contact = isContactKind(asksFor.type);
  // What a passage's document says it is about: the title and headings ("## Priya" over
  // "priya@…" says whose it is) and, but for a contact, the file's own name without its folders or
  // extension ("minisearch-CHANGELOG" of "notes/minisearch-CHANGELOG.md").
  const contexts = new Map<number, ReadonlySet<string>>();
  const contextOf = (passageRank: number): ReadonlySet<string> => {
    if (contact) return headingsAt(passageRank);
    let context = contexts.get(passageRank);
    if (context === undefined) {
      const fileName = (passages[passageRank] as Passage).chunk.documentId.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
      context = new Set([...headingsAt(passageRank), ...analyzeTerms(fileName)]);
      contexts.set(passageRank, context);
    }
    return context;
  };
  return typed.some((sentence) => {
    const around = contact ? new Set(analyzeTerms(sentence.text)) : new Set([...sentence.terms, ...(sentence.before ?? [])]);
    const context = contextOf(sentence.passageRank);
    const passage = passages[sentence.passageRank] as Passage;
    return saysRole(role, sentence, passage) && saysAction(action, sentence, headingsAt(sentence.passageRank)) && saysEverySlot(slots, around, context);
  });
}

/** The thing a price is asked of: the question's weightiest carrying term that the corpus says. */
function pricedThing(terms: readonly WeightedTerm[]): WeightedTerm | undefined {
  return terms.filter((t) => t.carries !== false && t.inCorpus && countsInCoverage(t)).sort((a, b) => b.weight - a.weight)[0];
}

/** The terms of a passage's document title and of the headings over it. */
function headingTerms({ chunk }: Passage): ReadonlySet<string> {
  return new Set(analyzeTerms([chunk.title, ...headingsOf(chunk)].join(' ')));
}

/**
 * True when the sentence, or a title or heading over it, says the role as one phrase ("the release
 * manager"): "release" in the title and "manager" in "context manager" name no release manager.
 * A role of one word may be said by the sentence the typed one leans on.
 */
function saysRole(role: readonly WeightedTerm[], sentence: { readonly text: string; readonly before: ReadonlySet<string> | undefined }, { chunk }: Passage): boolean {
  if (role.length === 0) return true;
  if (role.length === 1 && sentence.before !== undefined && termMatch(role[0] as WeightedTerm, sentence.before) > 0) return true;
  return [sentence.text, chunk.title, ...headingsOf(chunk)].some((text) => {
    // A role of one word is said in any of its forms, those of several words too ("ceo": "Chief Executive").
    if (role.length === 1) return termMatch(role[0] as WeightedTerm, new Set(analyzeTerms(text))) > 0;
    const words = analyzeTerms(text).map((term) => new Set([term]));
    return words.some((_, i) => role.every((t, j) => i + j < words.length && termMatch(t, words[i + j] as ReadonlySet<string>) > 0));
  });
}

/** True when the sentence, the one it leans on, or its passage's title or headings (`headings`, headingTerms) say the action (AskedAction.terms) in some form ("choreography" for "choreograph"). */
function saysAction(action: readonly string[], sentence: ReadSentence, headings: ReadonlySet<string>): boolean {
  if (action.length === 0) return true;
  const said = new Set([...sentence.terms, ...(sentence.before ?? []), ...headings]);
  return action.some((term) => hasTerm(said, term));
}

/** True when one of the sentences (as read) that addresses the question (ADDRESSES_RATIO) states a bound. */
function saysBoundAddressing(sentences: readonly ReadSentence[]): boolean {
  const best = Math.max(0, ...sentences.map((sentence) => sentence.coverage));
  return sentences.some((sentence) => sentence.coverage >= ADDRESSES_RATIO * best && saysBound(sentence.text));
}

/**
 * True when a sentence of the passages (as read, with the sentence it leans on: "message-limit
 * number" before "The default is 1000") addresses the question (ADDRESSES_RATIO), says a default
 * and every name the question asks about (askedNameSlots).
 */
function saysDefaultAddressing(terms: readonly WeightedTerm[], sentences: readonly ReadSentence[], slots: readonly WrittenName[][]): boolean {
  const read = sentences.map((sentence) => ({ sentence, terms: new Set([...sentence.terms, ...(sentence.before ?? [])]) }));
  const covered = read.map((each) => termCoverage(terms, each.terms));
  const best = Math.max(0, ...covered);
  return read.some((each, i) => (covered[i] ?? 0) >= ADDRESSES_RATIO * best && saysDefault(each.terms, each.sentence.text) && saysEverySlot(slots, each.terms, new Set()));
}

/** True when the evidence is too weak to answer from. */
export function shouldAbstain(evidence: Evidence, policy: AbstentionPolicy = DEFAULT_ABSTENTION): boolean {
  if (policy.abstainOnUnknownNames && (evidence.unknownNames.length > 0 || evidence.absentKeyTerms.length > 0)) return true;
  if (policy.requireAnswerType && (!evidence.answerTypeFound || !evidence.boundSaid || !evidence.defaultSaid)) return true;
  if (policy.requireNamesTogether && !evidence.namesTogether) return true;
  return evidence.similarity < policy.minSimilarity || evidence.coverage < policy.minCoverage;
}
