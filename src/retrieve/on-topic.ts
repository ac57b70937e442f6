import type { Chunk, Passage, WeightedTerm } from '../core/index.js';
import { DOCUMENT_ASPECTS, DOCUMENT_NOUNS, FRAMING_WORDS, analyzeTerms, askedVersions, analyzeWords, likeliestTag, namesSomething, pointsAtDocument, productTerms, spellingsOf, termMatch, withoutVersions, type AnalyzedQuestion, type WrittenVersion } from '../language/index.js';
import { dot } from './dot.js';
import { retrieve, type RetrievalMode, type RetrieveOptions } from './hybrid.js';
import type { LiveIndex } from './live-index.js';
import { datelinedDocument } from './opening.js';
import { passagesNamedByVersion, versionsNotLabelled } from './version-scope.js';

/** A question retrieved for: the index it was answered within, the question as analysed there, and the passages. */
export interface TopicRetrieval {
  readonly live: LiveIndex;
  readonly question: AnalyzedQuestion;
  readonly passages: Passage[];
}

/**
 * Retrieves over the whole corpus, then again within the documents on the question's topic, with
 * the question's words weighed as those documents alone would weigh them: a question about the
 * release is answered the same with a hundred unrelated manuals beside it. The topic is that of
 * the best passage that says the question's names (namingPassage), else of the passage that says
 * its most specific word (specificPassage), else of a closer passage on a topic that says more of
 * its carrying words (passageOfTopicSayingMore), else the one its best passages vote for
 * (LiveIndex.topicOf). Where the topic is half the corpus or more, the first retrieval stands.
 * Comparisons of one signal alone (mode dense or lexical) stay over the whole corpus.
 */
export async function retrieveOnTopic(corpus: LiveIndex, text: string, vector: Float32Array, options: RetrieveOptions, analysed = corpus.analyze(text)): Promise<TopicRetrieval> {
  const first = retrieve(corpus, { text, vector, terms: analysed.terms, asksFor: analysed.asksFor }, options);
  // Within the passages its versions name (questionScope): no topic may widen the question to
  // versions it did not ask about.
  if (corpus.scopeRows !== undefined) return { live: corpus, question: analysed, passages: first };
  // Where the named passage's topic is half the corpus or more (an "SG" that one manual of many
  // writes too), the best passage's topic still narrows the question.
  const fused = (options.mode ?? 'fused') === 'fused';
  // The topic the best passages vote for, worked out once, when it is needed.
  let vote: { topic: ReadonlySet<string> | undefined } | undefined;
  const voted = (): ReadonlySet<string> | undefined => (vote ??= { topic: corpus.topicOf(first) }).topic;
  const named = fused ? (namingPassage(corpus, analysed, first) ?? specificPassage(corpus, analysed, first, vector) ?? passageOfTopicSayingMore(corpus, analysed, first, vector, voted)) : undefined;
  const topic = fused ? ((named && corpus.topicOf([named])) ?? voted()) : undefined;
  // Already within the topic (questionScope): narrowing again would count its terms a second time.
  if (!topic || corpus.isWithin(topic)) return { live: corpus, question: analysed, passages: first };
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

/** A word in at most this many passages is specific enough to choose a question's topic by. */
const SPECIFIC_PASSAGES = 3;

/**
 * The passage to take the question's topic from when its most specific word (a carrying word in
 * at most SPECIFIC_PASSAGES passages, or the corpus's spelling of it: "hackaton") is in none of the
 * best passages: of those that say it, the one closest in meaning. "max team size for the
 * hackathon?" is about the documents that mention the hackathon, however well a database manual's
 * "Max DB size" scores. Undefined when the best passages say it, or the question has no such word.
 */
function specificPassage(corpus: LiveIndex, question: AnalyzedQuestion, passages: readonly Passage[], vector: Float32Array): Passage | undefined {
  const rare = question.terms
    .filter((term) => term.carries !== false)
    .flatMap(spellingForms)
    .map((form) => ({ form, frequency: corpus.frequency(form) }))
    .filter(({ frequency }) => frequency > 0 && frequency <= SPECIFIC_PASSAGES)
    .sort((a, b) => a.frequency - b.frequency);
  if (rare.length === 0 || passages.some((passage) => rare.some(({ form }) => corpus.termsOf(passage.chunk).passage.has(form)))) return undefined;
  for (const { form } of rare) {
    const best = closestPassageSaying(corpus, form, vector, SPECIFIC_PASSAGES * 4);
    if (best) return best;
  }
  return undefined;
}

/**
 * Of the passages in the index's scope that say the word (the BM25 index's first `limit`, not a
 * scan of every chunk), the one closest in meaning to the question; undefined when none does.
 */
function closestPassageSaying(corpus: LiveIndex, form: string, vector: Float32Array, limit: number): Passage | undefined {
  const { chunks, vectors, lexical } = corpus.contents;
  // Within the question's scope ("the release": LiveIndex.within), as retrieval is.
  const inScope = (chunk: Chunk, row: number): boolean => (corpus.scopeRows ? corpus.scopeRows.has(row) : corpus.scope === undefined || corpus.scope.has(chunk.documentId));
  let best: Passage | undefined;
  for (const { label: row } of lexical.search('', limit, [form])) {
    const chunk = chunks[row];
    if (!chunk || !inScope(chunk, row) || !corpus.termsOf(chunk).passage.has(form)) continue;
    const similarity = dot(vector, vectors[row] as Float32Array);
    if (!best || similarity > best.similarity) best = { chunk, score: 0, similarity, lexical: 0 };
  }
  return best;
}

/**
 * The passage to take the question's topic from when a carrying word of the question is in none
 * of the best passages, in any form: of the passages that say one such word, the closest in
 * meaning, when it is closer to the question than the best passage is and its topic's documents
 * say more of the question's carrying words (by weight) than the best passages' topic does. "can
 * i dump my entire vault in one go?" is then about the notes app's documents that say "vault",
 * not a database manual's passage on dumping an entire database. Undefined otherwise, and within
 * a scope already chosen (questionScope): a question about the release stays with the release.
 */
function passageOfTopicSayingMore(
  corpus: LiveIndex,
  question: AnalyzedQuestion,
  passages: readonly Passage[],
  vector: Float32Array,
  /** The topic the passages vote for (LiveIndex.topicOf), as retrieveOnTopic works it out. */
  voted: () => ReadonlySet<string> | undefined,
): Passage | undefined {
  if (passages.length === 0 || corpus.scope !== undefined) return undefined;
  // The topic the best passages would narrow the question to, and its passages among them; a
  // document too broad for a topic of its own (topicOfDocument) stands for itself.
  const topicOfBest = voted();
  const onTopic = topicOfBest ? passages.filter((passage) => topicOfBest.has(passage.chunk.documentId)) : passages;
  const best = onTopic[0] ?? (passages[0] as Passage);
  const bestTopic = topicOfBest ?? new Set([best.chunk.documentId]);
  // Words the corpus says, as written or spelt otherwise ("vualt").
  const carrying = question.terms.filter((term) => term.carries !== false && (term.inCorpus || spellingsOf(term).length > 0));
  // Said in any form (a synonym, a spelling) as saidIn reads them, so both sides are read alike.
  const inBest = (term: WeightedTerm): boolean => onTopic.some((passage) => termMatch(term, corpus.termsOf(passage.chunk).passage) > 0);
  // The weightiest few: each costs a BM25 lookup and a topic's reading.
  const lacking = carrying.filter((term) => !inBest(term)).sort((a, b) => b.weight - a.weight).slice(0, MAX_LACKING_WORDS);
  if (lacking.length === 0) return undefined;
  const said = (topic: ReadonlySet<string>): number => {
    const documents = [...topic].flatMap((id) => corpus.termStats.documentTerms(id) ?? []);
    return carrying.reduce((sum, term) => sum + (corpus.saidIn(term, documents) ? term.weight : 0), 0);
  };
  let saidByBest: number | undefined;
  let chosen: { passage: Passage; said: number } | undefined;
  for (const term of lacking) {
    const closest = spellingForms(term).map((form) => closestPassageSaying(corpus, form, vector, SAYING_CANDIDATES)).reduce<Passage | undefined>((a, b) => (!a || (b && b.similarity > a.similarity) ? b : a), undefined);
    // Closer in meaning than the best passage, or the word alone would pull the question to
    // whatever manual says it ("is there an ios app for the club?").
    if (!closest || closest.similarity <= best.similarity) continue;
    const topic = corpus.topicOfDocument(closest.chunk.documentId);
    if (!topic || topic.has(best.chunk.documentId)) continue;
    const saidByTopic = said(topic);
    if (saidByTopic > (chosen?.said ?? (saidByBest ??= said(bestTopic)))) chosen = { passage: closest, said: saidByTopic };
  }
  return chosen?.passage;
}

/** A term as written and as the corpus spells it, one word each (the forms BM25 can look up). */
function spellingForms(term: WeightedTerm): string[] {
  return [term.term, ...spellingsOf(term).flatMap((terms) => (terms.length === 1 ? terms : []))];
}

/** Carrying words, the weightiest first, that passageOfTopicSayingMore looks up. */
const MAX_LACKING_WORDS = 3;
/** Passages holding a word that passageOfTopicSayingMore compares by meaning: a few topics' worth. */
const SAYING_CANDIDATES = 20;

/** Where a question is asked, and its text as asked there. */
export interface QuestionScope {
  readonly live: LiveIndex;
  /** The question without the versions that chose its passages (scopeByVersion). */
  readonly text: string;
  /** The passages the versions it names chose (scopeByVersion), in index order. */
  readonly named?: readonly number[];
  /** Versions it asks about that no title or heading carries (versionsNotLabelled): an answer's sentence must say them. */
  readonly unlabelled?: readonly string[];
  /** True when every version it names chose passages that carry it in full ("2.4" of "## 2.4.0", not "2.4.1" of "## 2.4"). */
  readonly exact?: boolean;
  /**
   * Where to ask first when the named passages say none of the question's nouns: the whole corpus,
   * with a sentence required to say the versions ("when was the 1.4 playtest?" is told by a devlog,
   * not by 1.4's notes, which never say "playtest"). The named passages answer if it does not.
   */
  readonly otherwise?: QuestionScope;
}

/**
 * Where a question is asked: within the passages whose document's title or headings carry a
 * version it names (scopeByVersion); else within the topic of the document it points at
 * ("when was the release last updated?": the newest document whose opening starts with a date)
 * when it points at one by a noun for a document and the corpus holds other topics too; else the
 * whole corpus. So Git manuals that talk of releases neither answer it nor change how its words weigh.
 */
export async function questionScope(corpus: LiveIndex, text: string, mode: RetrievalMode = 'fused'): Promise<QuestionScope> {
  const whole = { live: corpus, text };
  if (mode !== 'fused') return whole;
  const asked = askedVersions(text);
  const byVersion = await scopeByVersion(corpus, text, asked);
  if (byVersion) return byVersion;
  const unlabelled = versionsNotLabelled(corpus.contents.chunks, asked).map(({ version }) => version);
  if (unlabelled.length > 0) return { ...whole, unlabelled };
  if (!pointsAtDocument(text)) return whole;
  const meant = datelinedDocument(corpus.contents.chunks);
  const topic = meant === undefined ? undefined : corpus.topicOfDocument(meant);
  if (!topic || !saysAllOf(corpus, [...topic], text)) return whole;
  return { live: await corpus.within(topic), text };
}

/**
 * questionScope for a question that names versions (passagesNamedByVersion): the passages named,
 * of the documents whose topic says the question's nouns ("what is new in Python 3.12?" is not
 * about "SQLite Version 3.12.0"), ranked with the question's words weighed as on that topic;
 * undefined when it names none. Release notes answer for their own version: "which Unicode does
 * unicodedata use in 3.10?" is not answered by the 3.11 notes' "updated to version 14.0.0".
 */
async function scopeByVersion(corpus: LiveIndex, text: string, asked: readonly WrittenVersion[]): Promise<QuestionScope | undefined> {
  const named = passagesNamedByVersion(corpus.contents.chunks, asked);
  if (!named) return undefined;
  const documentOf = (row: number): string => (corpus.contents.chunks[row] as Chunk).documentId;
  // A document must say what the question says its version is of, in its text or its file's name
  // ("shapeshift-CHANGELOG.md"): "python 3.12" is not SQLite's "Version 3.12.0", however many
  // manuals beside it mention Python.
  const products = productTerms(asked.filter(({ glued }) => glued === undefined));
  const saysProducts = (documentId: string): boolean => {
    const named = new Set(analyzeTerms(documentId.replace(/[^\p{L}\p{N}]+/gu, ' ')));
    return products.every((product) => named.has(product) || (corpus.termStats.documentTerms(documentId)?.has(product) ?? false));
  };
  const byTopic = new Map<string, { topic: ReadonlySet<string> | undefined; documents: string[] }>();
  for (const documentId of new Set(named.rows.map(documentOf))) {
    if (!saysProducts(documentId)) continue;
    const topic = corpus.topicOfDocument(documentId);
    const key = topic ? [...topic].sort().join('\n') : '';
    const group = byTopic.get(key) ?? { topic, documents: [] };
    group.documents.push(documentId);
    byTopic.set(key, group);
  }
  // Of the topics whose documents carry the version, those that say most of the question's other
  // nouns (the versions are judged by the titles and headings that carry them: What's New In Python
  // 3.11 never writes "3.11.0"): a word only other manuals use ("param") must not leave What's New
  // without its "3.10".
  const nouns = askedNouns(corpus, withoutVersions(text, asked));
  const groups = [...byTopic.values()].map((group) => ({ ...group, said: shareSaid(corpus, group.documents, nouns) }));
  const most = Math.max(0, ...groups.map((group) => group.said));
  const kept = most >= MIN_SHARE_SAID ? groups.filter((group) => group.said === most) : [];
  if (kept.length === 0) return undefined;
  const documents = new Set(kept.flatMap((group) => group.documents));
  const rows = named.rows.filter((row) => documents.has(documentOf(row)));
  // Passages that say none of the question's nouns may not be where it is answered (QuestionScope.otherwise);
  // asked of the whole corpus, a sentence must say the version (versionsUnsaid): "the bounty paid
  // in 2.4.0" is not another version's bounty. The product a version is of ("lumen 2.4") is no
  // noun asked about: its notes all say it.
  const productsAsked = new Set(productTerms(asked));
  const askedAbout = nouns.filter(({ term }) => !productsAsked.has(term));
  const saysNoun = (row: number): boolean => {
    const terms = corpus.termsOf(corpus.contents.chunks[row] as Chunk).passage;
    return askedAbout.some(({ term }) => terms.has(term));
  };
  const otherwise = askedAbout.length > 0 && !rows.some(saysNoun) ? { live: corpus, text, unlabelled: asked.map(({ version }) => version) } : undefined;
  const topic = kept.length === 1 ? kept[0]?.topic : undefined;
  const weighed = topic ? await corpus.within(topic) : corpus;
  // Once "3.11" has chosen "What's New In Python 3.11", no sentence need say it; a question that
  // is only a version ("3.11?") keeps it, having nothing else to ask.
  const rest = withoutVersions(text, named.said);
  const exact = asked.every((version) => named.said.includes(version));
  return { live: weighed.restrictedTo(rows), text: analyzeTerms(rest).length > 0 ? rest : text, named: rows, exact, ...(otherwise && { otherwise }) };
}

/** Of the question's nouns, the share (by weight) a version's documents must say at least to answer for it. */
const MIN_SHARE_SAID = 0.5;

/** The nouns and names of the question that the corpus says anywhere (as saysAllOf reads them), with their weights. */
function askedNouns(corpus: LiveIndex, text: string): Array<{ term: string; weight: number }> {
  return analyzeWords(text)
    // A framing word ("is it the wasm *stuff*?") names nothing the documents must say.
    .filter(({ word, term }) => isNounOrName(word) && !FRAMING_WORDS.has(word) && !DOCUMENT_NOUNS.has(term) && !DOCUMENT_ASPECTS.has(term) && corpus.termStats.frequency(term) > 0)
    .map(({ term }) => ({ term, weight: corpus.termStats.idf(term) }));
}

/** The share (by weight) of the question's nouns (askedNouns) that the documents or those on their topic say; 1 when it has none. */
function shareSaid(corpus: LiveIndex, documentIds: readonly string[], nouns: ReadonlyArray<{ term: string; weight: number }>): number {
  const documents = corpus.topicDocuments(documentIds);
  const total = nouns.reduce((sum, noun) => sum + noun.weight, 0);
  if (total === 0) return 1;
  return nouns.reduce((sum, noun) => sum + (documents.some((document) => document.has(noun.term)) ? noun.weight : 0), 0) / total;
}

/**
 * True when the documents say every noun or name of the question that the corpus says anywhere,
 * besides the words that point at a document: "when was the release of Python 3.7?" is not about
 * a press release that never names Python, however recent; "what date was the release *last
 * updated*?" is, whatever manuals say "last".
 */
function saysAllOf(corpus: LiveIndex, documentIds: readonly string[], text: string): boolean {
  const documents = corpus.topicDocuments(documentIds);
  return askedNouns(corpus, text).every(({ term }) => documents.some((document) => document.has(term)));
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
