import type { Chunk, Passage, WeightedTerm } from '../core/index.js';
import { DOCUMENT_ASPECTS, DOCUMENT_NOUNS, analyzeWords, likeliestTag, namesSomething, opensSeries, pointsAtDocument, sameVersion, termMatch, versionNames, versionsIn, withoutVersions, type AnalyzedQuestion } from '../language/index.js';
import { retrieve, type RetrievalMode, type RetrieveOptions } from './hybrid.js';
import type { LiveIndex } from './live-index.js';
import { datelinedDocument } from './opening.js';

/** A question retrieved for: the index it was answered within, the question as analysed there, and the passages. */
export interface TopicRetrieval {
  readonly live: LiveIndex;
  readonly question: AnalyzedQuestion;
  readonly passages: Passage[];
}

/**
 * Retrieves over the whole corpus, then again within the documents on the topic of the best
 * passage that says the question's names (namingPassage, LiveIndex.topicOf), with the question's
 * words weighed as those documents alone would weigh them: a question about the release is
 * answered the same with a hundred unrelated manuals beside it. Where the topic is half the
 * corpus or more, the first retrieval stands.
 * Comparisons of one signal alone (mode dense or lexical) stay over the whole corpus.
 */
export async function retrieveOnTopic(corpus: LiveIndex, text: string, vector: Float32Array, options: RetrieveOptions, analysed = corpus.analyze(text)): Promise<TopicRetrieval> {
  const first = retrieve(corpus, { text, vector, terms: analysed.terms, asksFor: analysed.asksFor }, options);
  // Where the named passage's topic is half the corpus or more (an "SG" that one manual of many
  // writes too), the best passage's topic still narrows the question.
  const fused = (options.mode ?? 'fused') === 'fused';
  const named = fused ? namingPassage(corpus, analysed, first) : undefined;
  const topic = fused ? ((named && corpus.topicOf([named])) ?? corpus.topicOf(first)) : undefined;
  // Already within the topic, or the documents of it the question names (questionScope): narrowing
  // again would count its terms a second time, or widen the question to versions it did not ask about.
  if (!topic || corpus.isWithin(topic) || corpus.isWithinPartOf(topic)) return { live: corpus, question: analysed, passages: first };
  return retrieveWithin(corpus, topic, text, vector, options);
}

/** The names a question asks about that the corpus has: capitalised by the asker, or written only as names by the corpus. */
export function askedNames(question: AnalyzedQuestion): WeightedTerm[] {
  return question.terms.filter((term) => namesSomething(term) && term.inCorpus);
}

/** True when the passage's document says every one of the names (a name's synonyms do not count). */
export function saysNames(corpus: LiveIndex, names: readonly WeightedTerm[], passage: Passage): boolean {
  const document = corpus.termsOf(passage.chunk).document;
  return names.every((name) => termMatch(name, document, false) > 0);
}

/**
 * The passage to take the question's topic from when it asks about names: the best one whose
 * document says every one of them ("is there a minimum age for emberjam?" is about the documents
 * that say Emberjam, however well a database manual's "minimum age" scores).
 */
function namingPassage(corpus: LiveIndex, question: AnalyzedQuestion, passages: readonly Passage[]): Passage | undefined {
  const names = askedNames(question);
  return names.length > 0 ? passages.find((passage) => saysNames(corpus, names, passage)) : undefined;
}

/** Where a question is asked, and its text as asked there. */
export interface QuestionScope {
  readonly live: LiveIndex;
  /** The question without the versions that chose its documents: once "3.11" has chosen "What's New In Python 3.11", no sentence need say it. */
  readonly text: string;
  /** The passages a version the question names chose (passagesNamedByVersion), in index order. */
  readonly named?: readonly number[];
}

/**
 * Where a question is asked: within the passages whose document's title or headings carry a
 * version it names (passagesNamedByVersion); else within the topic of the document it points at
 * ("when was the release last updated?": the newest document whose opening starts with a date)
 * when it points at one by a noun for a document and the corpus holds other topics too; else the
 * whole corpus. So Git manuals that talk of releases neither answer it nor change how its words weigh.
 */
export async function questionScope(corpus: LiveIndex, text: string, mode: RetrievalMode = 'fused'): Promise<QuestionScope> {
  const whole = { live: corpus, text };
  if (mode !== 'fused') return whole;
  const byVersion = passagesNamedByVersion(corpus, text);
  if (byVersion && saysAllOf(corpus, byVersion.documents, text)) {
    // Weighed as on their topic (a corpus of many others would weigh them as it does), searched in them alone.
    const topic = corpus.topicOfDocument(byVersion.documents[0] as string);
    const weighed = topic ? await corpus.within(topic) : corpus;
    const rows = byVersion.rows.filter((row) => weighed.scope === undefined || weighed.scope.has((corpus.contents.chunks[row] as Chunk).documentId));
    return { live: weighed.restrictedTo(rows), text: withoutVersions(text, byVersion.names), named: rows };
  }
  if (!pointsAtDocument(text)) return whole;
  const meant = datelinedDocument(corpus.contents.chunks);
  const topic = meant === undefined ? undefined : corpus.topicOfDocument(meant);
  if (!topic || !saysAllOf(corpus, [...topic], text)) return whole;
  return { live: await corpus.within(topic), text };
}

/** What a question names by version: the passages, their documents, and which versions the corpus's titles and headings carry. */
interface NamedByVersion {
  readonly rows: readonly number[];
  readonly documents: readonly string[];
  readonly names: (version: string) => boolean;
}

/**
 * The passages a question names by a version their document's title or their headings carry
 * ("what changed in asyncio in 3.11?": "What's New In Python 3.11"; "anything new in v2.38?": "Git
 * v2.38 Release Notes"; "what did 2.4.0 add?": a changelog's "## 2.4.0" section), when it names
 * some of the corpus's passages but not all; undefined otherwise. The same version is preferred to
 * a series: "3.8.1" names the "Python 3.8.1" section of the 3.8 notes, not all of them. Release
 * notes answer for their own version: the 3.11 notes' Unicode 14.0.0 does not answer "which
 * Unicode does 3.10 use?". (questionScope also wants the question's nouns said on their topic:
 * "what is new in Python 3.12?" is not about "SQLite Version 3.12.0".)
 */
function passagesNamedByVersion(corpus: LiveIndex, text: string): NamedByVersion | undefined {
  const asked = versionsIn(text);
  if (asked.length === 0) return undefined;
  const { chunks } = corpus.contents;
  const written = versionsByRow(chunks);
  // A version said as written is dropped from the question; one more precise than the title's
  // ("3.6.2" of "What's New In Python 3.6") stays, for the answer must say it.
  const names = (version: string): boolean => written.some((versions) => versions.some((w) => sameVersion(version, w) || opensSeries(version, w)));
  // 2: a version the passage's title or heading carries as asked; 1: of its series; 0: none.
  const match = written.map((versions) => Math.max(0, ...versions.map((w) => (asked.some((a) => sameVersion(a, w)) ? 2 : asked.some((a) => versionNames(a, w)) ? 1 : 0))));
  const best = match.reduce((most, quality) => Math.max(most, quality), 0);
  const rows = best === 0 ? [] : match.flatMap((quality, row) => (quality === best ? [row] : []));
  if (rows.length === 0 || rows.length === chunks.length) return undefined;
  return { rows, documents: [...new Set(rows.map((row) => (chunks[row] as Chunk).documentId))], names };
}

/** Each passage's versions, from its document's title and its headings; kept per index. */
function versionsByRow(chunks: readonly Chunk[]): readonly (readonly string[])[] {
  let known = versionsOfChunks.get(chunks);
  if (!known) {
    const byText = new Map<string, readonly string[]>();
    const versionsOf = (label: string): readonly string[] => {
      let versions = byText.get(label);
      if (!versions) byText.set(label, (versions = versionsIn(label)));
      return versions;
    };
    known = chunks.map((chunk) => [...versionsOf(chunk.title), ...(chunk.headings ?? (chunk.heading === undefined ? [] : [chunk.heading])).flatMap(versionsOf)]);
    versionsOfChunks.set(chunks, known);
  }
  return known;
}

const versionsOfChunks = new WeakMap<readonly Chunk[], readonly (readonly string[])[]>();

/**
 * True when the documents say every noun or name of the question that the corpus says anywhere,
 * besides the words that point at a document: "when was the release of Python 3.7?" is not about
 * a press release that never names Python, however recent; "what date was the release *last
 * updated*?" is, whatever manuals say "last".
 */
function saysAllOf(corpus: LiveIndex, documentIds: readonly string[], text: string): boolean {
  const documents = corpus.topicDocuments(documentIds);
  return analyzeWords(text)
    .filter(({ word, term }) => isNounOrName(word) && !DOCUMENT_NOUNS.has(term) && !DOCUMENT_ASPECTS.has(term) && corpus.termStats.frequency(term) > 0)
    .every(({ term }) => documents.some((document) => document.has(term)));
}

/** The lexicon takes the word for a noun, or does not know it (a name, a version, an abbreviation). */
function isNounOrName(word: string): boolean {
  const tag = likeliestTag(word);
  return tag === undefined || tag.startsWith('NN');
}

/** Retrieves within some documents, with the question analysed as they alone would analyse it. */
async function retrieveWithin(corpus: LiveIndex, documentIds: ReadonlySet<string>, text: string, vector: Float32Array, options: RetrieveOptions): Promise<TopicRetrieval> {
  const live = await corpus.within(documentIds);
  const question = live.analyze(text);
  return { live, question, passages: retrieve(live, { text, vector, terms: question.terms, asksFor: question.asksFor }, options) };
}
