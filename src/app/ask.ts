import { performance } from 'node:perf_hooks';
import { answerAboutDocument, answerFromDateline, answerFromSectionHeading, asksWhenAnnounced, composeAnswer, saysWhenAnnounced, saysWhenOut } from '../answer/index.js';
import type { Passage } from '../core/index.js';
import type { Embedder } from '../embed/index.js';
import { askedVersions, productTerms, hasSearchTerms, asksForTitle, asksOnlyWhenOut, overviewWords, pointsAtNewest, standardQuestionWords, type AnalyzedQuestion } from '../language/index.js';
import {
  announcingOpening, askedNames, cleanQuery, QUOTE_ANSWER_TYPE_BONUS, retrieve, hasDatedDocuments, measureEvidence, newestStatementFirst, versionsUnsaid, saysNames, openingPassages, questionScope, releaseDate, retrieveOnTopic, shouldAbstain, titlePassage,
  type AbstentionPolicy, type Evidence, type FusionWeights, type LiveIndex, type QuestionScope, type RetrievalMode,
} from '../retrieve/index.js';
import { toCitationViews, type AskResponse } from './responses.js';
import { ms } from './stats.js';

/** Options for one question; the defaults are what ships. */
export interface AskOptions {
  /** Passages retrieved (and at most cited). Default 5. */
  readonly k?: number;
  readonly mode?: RetrievalMode;
  readonly weights?: FusionWeights;
  readonly policy?: AbstentionPolicy;
}

/** An answer with what produced it, for evaluation. */
export interface AskDetails {
  readonly response: AskResponse;
  readonly question: AnalyzedQuestion;
  readonly passages: readonly Passage[];
  readonly evidence: Evidence;
}

/** What answering needs: the live index (one snapshot for the whole question), the embedder, how to name the corpus. */
export interface AskContext {
  readonly live: LiveIndex;
  readonly embedder: Embedder;
  readonly corpusName: string;
}

/**
 * The question pipeline: analyse the question once, retrieve passages, measure the evidence, and
 * compose a cited answer or an honest refusal.
 */
export async function answerQuestion({ live: corpus, embedder, corpusName }: AskContext, rawQuestion: string, options: AskOptions = {}): Promise<AskDetails> {
  const text = cleanQuery(rawQuestion);
  // Read with its question words spelt as standard ("wat date…" asks for a date); answered as typed.
  const standard = standardQuestionWords(text);
  const t0 = performance.now();
  const vector = await embedder.embedQuery(standard);
  const t1 = performance.now();
  const scope = await questionScope(corpus, standard, options.mode);
  const asked = { text, standard, vector, corpusName, options };
  if (scope.otherwise === undefined) return answerInScope(scope, asked, { t0, t1 });
  // The passages a version named never say what is asked: the whole corpus answers first, if it
  // does ("when was the lumen 2.4 beta?" by a devlog, not by "Lumen 2.4 was released on 9
  // September"); else those passages, as they would have.
  const whole = await answerInScope(scope.otherwise, asked, { t0, t1 });
  const within = await answerInScope(scope, asked, { t0, t1: performance.now() });
  const chosen = whole.response.abstained ? within : whole;
  // The time of both passes, whichever answers.
  const [first, second] = [whole.response.timingsMs, within.response.timingsMs];
  const search = first.search + second.search;
  const answer = first.answer + second.answer;
  return { ...chosen, response: { ...chosen.response, timingsMs: { embed: first.embed, search: ms(search), answer: ms(answer), total: ms(first.embed + search + answer) } } };
}

/** The question as asked once: its text as typed and with standard question words, its vector. */
interface AskedQuestion {
  readonly text: string;
  readonly standard: string;
  readonly vector: Float32Array;
  readonly corpusName: string;
  readonly options: AskOptions;
}

/** Steps 1-4 of answerQuestion within one scope (questionScope). */
async function answerInScope(scope: QuestionScope, { text, standard, vector, corpusName, options }: AskedQuestion, { t0, t1 }: { t0: number; t1: number }): Promise<AskDetails> {
  // 1. Analyse: terms (with the corpus's own words for those it lacks), answer type, breadth;
  // within the documents it points at, if it does ("the release").
  const k = options.k ?? 5;
  const { live: home, text: asked, named: namedRows, unlabelled = [], exact } = scope;
  const analysed = home.analyze(asked);
  // A broad question with nothing to search for ("what did they talk about?", "the key points?":
  // no word that carries, besides those asking for the overview) asks for an overview of the document.
  const asking = analysed.broad ? overviewWords(asked) : new Set<string>();
  // "The latest release" means no document where none is dated: the first by name would be a guess.
  const aboutDocument = analysed.aboutDocument && !(pointsAtNewest(asked) && !hasDatedDocuments(home.contents.chunks));
  const overview = aboutDocument || (analysed.broad && !analysed.terms.some((t) => t.carries !== false && !asking.has(t.term)));

  // 2. Retrieve, within the documents on the question's topic.
  // Its title, when that is what it asks for ("what's the headline of this article?").
  // Of the document or section a version in the question names ("tldr of 3.11?"), else of the document it means (referencedDocument).
  const named = namedRows?.[0] === undefined ? undefined : home.contents.chunks[namedRows[0]]?.documentId;
  const title = overview && asksForTitle(asked) ? titlePassage(home.contents, vector, named) : undefined;
  const { live, question, passages: retrieved } = overview
    ? { live: home, question: analysed, passages: title ? [title] : openingPassages(home.contents, vector, named, namedRows).slice(0, k) }
    : await retrieveOnTopic(home, asked, vector, { k, ...(options.mode && { mode: options.mode }), ...(options.weights && { weights: options.weights }) }, analysed);
  // A later announcement of what is asked goes first ("club nights move to the Oak Room" over the club's page).
  const passages = overview ? retrieved : newestFirst(live, question, retrieved);

  // 3. Measure the evidence, in the passages whose documents hold the names the question asks
  // about: a database manual does not answer "What languages are spoken in Kazakhstan?".
  const termsOf = (passage: Passage) => live.termsOf(passage.chunk);
  const candidates = aboutAskedNames(live, question, passages);
  // A question of fact that is only its version ("what day did 1.4 come out?") is about the
  // passages the version names: they hold all it asks about.
  const onlyScope = namedRows !== undefined && question.asksFor !== undefined && !hasSearchTerms(question.terms);
  const judging = { unlabelled, onlyScope, policy: options.policy };
  const { evidence, unsaidVersions, refused } = judgeEvidence(live, question, candidates, judging);
  const t2 = performance.now();

  // 4. Compose. When a version came out ("when did 2.4 ship?") is said by its notes' heading.
  // Only for versions that each named their own section, and no other word than the product's.
  const versions = askedVersions(standard);
  const products = new Set(productTerms(versions));
  const whenOut = exact === true && question.asksFor?.type === 'time' && question.unspelledAcronym === undefined && asksOnlyWhenOut(question.terms.filter((t) => !products.has(t.term)));
  // Asked of a version's notes as a document ("when was 2.5 released?") too.
  const versionOut = whenOut || (overview && namedRows !== undefined && question.asksFor?.type === 'time');
  const fromHeading = versionOut ? answerFromSectionHeading(passages) : undefined;
  // Without a dated heading, a sentence must say the version came out: a date among its notes dates something else.
  const outUnsaid = versionOut && fromHeading === undefined && question.asksFor !== undefined && !saysWhenOut(passages, question.asksFor, versions.map(({ version }) => version));
  // When something was announced ("when did they announce the new director?") is, unless the best
  // passage says so itself, the dateline of the release that announces it. Only where the evidence
  // lacks nothing but that date.
  const abstains = refused || outUnsaid || question.unspelledAcronym !== undefined;
  const announcing =
    !overview && !versionOut && question.asksFor !== undefined && asksWhenAnnounced(asked, question.asksFor) && !saysWhenAnnounced(candidates.slice(0, 1), question.asksFor) &&
    !shouldAbstain({ ...evidence, answerTypeFound: true }, options.policy) && unsaidVersions.length === 0 && question.unspelledAcronym === undefined
      ? announcingOpening(live.contents, vector, candidates[0])
      : undefined;
  const fromDocument = fromHeading ?? (overview && !outUnsaid ? answerAboutDocument(question.asksFor, passages) : undefined) ?? (announcing && answerFromDateline(announcing));
  const settings = { termsOf, broad: question.broad, corpusName, asksFor: question.asksFor, unspelledAcronym: question.unspelledAcronym };
  // Whether to answer was judged above; what to quote may lean further towards what is asked.
  const tq = performance.now();
  const quoted = fromDocument === undefined && !overview && !abstains ? quotedPassages(live, question, { text: asked, vector, k, judging, options }) : undefined;
  const quoteMs = performance.now() - tq;
  const fromQuoted = quoted && composeAnswer(asked, question.terms, quoted.candidates, false, settings);
  const answer = fromDocument ?? (fromQuoted && !fromQuoted.abstained ? fromQuoted : composeAnswer(asked, question.terms, candidates, abstains, settings));
  const t3 = performance.now();

  const response: AskResponse = {
    question: text,
    answer: answer.text,
    abstained: answer.abstained,
    citations: toCitationViews(answer),
    timingsMs: { embed: ms(t1 - t0), search: ms(t2 - t1 + quoteMs), answer: ms(t3 - t2 - quoteMs), total: ms(t3 - t0) },
  };
  return { response, question, passages: fromQuoted && answer === fromQuoted ? quoted.passages : passages, evidence };
}

/** The passages in the order they are read: a later announcement of what is asked first ("club nights move to the Oak Room" over the club's page). */
function newestFirst(live: LiveIndex, question: AnalyzedQuestion, passages: readonly Passage[]): readonly Passage[] {
  return newestStatementFirst(question, passages, live, (chunk) => releaseDate(live.contents.chunks, chunk));
}

/** How the evidence in some passages is judged besides the question: versions named by no section, a question that is only its version, the policy. */
interface Judging {
  /** Versions the question names that no section is labelled with (versionsUnsaid). */
  readonly unlabelled: readonly string[];
  /** The question is only its version, whose passages hold all it asks about. */
  readonly onlyScope: boolean;
  readonly policy: AbstentionPolicy | undefined;
}

/** The evidence in `candidates` for answering, the versions they leave unsaid, and whether that refuses the question. */
function judgeEvidence(live: LiveIndex, question: AnalyzedQuestion, candidates: readonly Passage[], { unlabelled, onlyScope, policy }: Judging): { evidence: Evidence; unsaidVersions: string[]; refused: boolean } {
  const measured = measureEvidence(question, candidates, live);
  const evidence = onlyScope ? { ...measured, coverage: 1 } : measured;
  const unsaidVersions = versionsUnsaid(question, unlabelled, candidates, live);
  return { evidence, unsaidVersions, refused: shouldAbstain(evidence, policy) || unsaidVersions.length > 0 };
}

/** The passages whose documents say the names the question asks about, or all of them when none do. */
function aboutAskedNames(live: LiveIndex, question: AnalyzedQuestion, passages: readonly Passage[]): readonly Passage[] {
  const names = askedNames(question);
  const about = passages.filter((passage) => saysNames(live, names, passage));
  return about.length > 0 ? about : passages;
}

/** What ordering the passages again for quoting needs besides the index and the question. */
interface QuoteRequest {
  readonly text: string;
  readonly vector: Float32Array;
  readonly k: number;
  /** How the evidence is judged, as for the usual order. */
  readonly judging: Judging;
  readonly options: AskOptions;
}

/**
 * For a question to be answered that asks for a kind of answer (a time, a number, a name): its
 * passages put in order again within the same documents with a wider bonus for holding it
 * (QUOTE_ANSWER_TYPE_BONUS), so "how many took part?" quotes a passage near the best that gives a
 * number before one that only repeats the question's words. Used only where the evidence in them
 * would answer too. Whether to answer is judged on the usual ranking: with the wider bonus there,
 * absent facts were answered by any near sentence of the right kind (16th session: absent facts
 * refused -88 points summed over every evaluation set alone and mixed).
 */
function quotedPassages(live: LiveIndex, question: AnalyzedQuestion, { text, vector, k, judging, options }: QuoteRequest): { passages: readonly Passage[]; candidates: readonly Passage[] } | undefined {
  if (question.asksFor === undefined || (options.mode ?? 'fused') !== 'fused') return undefined;
  const query = { text, vector, terms: question.terms, asksFor: question.asksFor };
  const passages = newestFirst(live, question, retrieve(live, query, { k, answerTypeBonus: QUOTE_ANSWER_TYPE_BONUS, ...(options.weights && { weights: options.weights }) }));
  const candidates = aboutAskedNames(live, question, passages);
  return candidates.length > 0 && !judgeEvidence(live, question, candidates, judging).refused ? { passages, candidates } : undefined;
}
