import { Worker } from 'node:worker_threads';
import { forEachWithPauses, workerScript, type Chunk, type WeightedTerm } from '../core/index.js';
import { abbreviatesFramingWord, chatMeaningAlternatives, findAlternatives, isEnglishWord, isLikelyPredicate, isNumberWord, misspeltFunctionWord, phrasalAlternatives, type CorpusVocabulary } from './alternatives.js';
import { DOCUMENT_GIST, DOCUMENT_NOUNS, DOCUMENT_ASPECTS, POINTED_NOUN, FRAMING_WORDS, MIN_PREFIX_CHARS, analyzeTerms, analyzeWords, countsInCoverage, nameGroups, questionTokens, termMatch, termMatches } from './terms.js';
import { TermCounter, countMaps, ownTerms, type CountMaps, type OwnTerms, type TermCounts } from './term-counts.js';
import { sharedWordNet as wordnet } from './wordnet.js';
import { ANSWER_KIND_WORDS, askedAttributeWord, namesAnswerKind, expectedAnswer, expectedAnswerType, type AnswerType } from './answer-type.js';
import { isBroadQuestion, type AnalyzedQuestion } from './question.js';
import { BOUND_WORDS } from './bounds.js';
import { shortYearsOfSpans } from './years.js';

/** The terms of one chunk: of each sentence as it is read (readingSpans, under its heading), and of the whole passage with its title and heading. */
export interface ChunkTerms extends OwnTerms {
  /** The terms of the chunk's whole document (shared by its chunks). */
  readonly document: ReadonlySet<string>;
}

/** Chunks' terms, analysed on first use and kept: shared by the statistics of a corpus and of its topics. */
class ChunkTermsCache {
  private readonly byChunkId = new Map<string, ChunkTerms>();

  constructor(private readonly documents: ReadonlyMap<string, ReadonlySet<string>>) {}

  of(chunk: Chunk, own?: OwnTerms): ChunkTerms {
    const known = this.byChunkId.get(chunk.id);
    if (known) return known;
    const { sentences, passage } = own ?? ownTerms(chunk);
    const terms = { sentences, passage, document: this.documents.get(chunk.documentId) ?? passage };
    this.byChunkId.set(chunk.id, terms);
    return terms;
  }
}

/** Below this many chunks, terms are counted on the thread that loads the index: a worker costs more than it saves. */
const WORKER_MIN_CHUNKS = 5_000;
/** Term counting running on a worker thread (TermStats.countLines). */
export interface CountingJob {
  /** The counts; undefined if the worker failed (they are then counted in place). */
  readonly counts: Promise<TermCounts | undefined>;
  /** Keeps the process running until the counts arrive: a job nobody waits for (a `docent index` run) does not hold the process open. */
  keepAlive(): void;
}
/** Counting started on a worker thread for chunks being read (TermStats.countLines, TermStats.useCounts). */
const countsInProgress = new WeakMap<readonly Chunk[], CountingJob>();

/** Words for money itself, after "how much". */
const MONEY_WORDS: ReadonlySet<string> = new Set(['money', 'cash', 'dosh', 'dough', 'funds']);

/**
 * The live index's terms: how many chunks each term occurs in (to weigh question terms by how
 * distinctive they are), and each chunk's terms, analysed once rather than per question.
 */
export class TermStats implements CorpusVocabulary {
  /** The corpus terms in sorted order, to find the words a term begins by binary search. */
  private readonly sortedTerms: readonly string[];
  private readonly documentFrequency: ReadonlyMap<string, number>;
  readonly chunkCount: number;
  readonly acronyms: ReadonlyMap<string, readonly (readonly string[])[]>;
  private readonly capitalised: ReadonlySet<string>;
  private readonly namesWritten: ReadonlySet<string>;
  private readonly nameTerms: ReadonlySet<string>;
  private readonly written: ReadonlySet<string>;
  private readonly byDocumentId: ReadonlyMap<string, ReadonlySet<string>>;

  private constructor(
    counts: CountMaps,
    private readonly chunkTerms: ChunkTermsCache,
  ) {
    this.documentFrequency = counts.frequency;
    this.chunkCount = counts.chunkCount;
    this.acronyms = counts.acronyms;
    this.capitalised = counts.capitalised;
    this.namesWritten = counts.namesWritten;
    this.nameTerms = counts.nameTerms;
    this.written = counts.written;
    this.byDocumentId = counts.documents;
    this.sortedTerms = [...this.documentFrequency.keys()].sort();
  }

  private termsByLetter: ReadonlyMap<string, readonly string[]> | undefined;
  private capitalisedByLetter: ReadonlyMap<string, readonly string[]> | undefined;

  /** The corpus's terms that start with `letter` (for spelling and abbreviations; grouped on first use). */
  termsStartingWith(letter: string): readonly string[] {
    this.termsByLetter ??= byFirstLetter(this.sortedTerms);
    return this.termsByLetter.get(letter) ?? [];
  }

  /** True when the corpus writes the (lower-cased) word only as a name (NameCounter). */
  writesAsName(word: string): boolean {
    return this.namesWritten.has(word);
  }

  /** True when the corpus writes the word as it is (lower-cased and unaccented, as writtenWords reads its text). */
  writes(word: string): boolean {
    return this.written.has(word);
  }

  /** The words the corpus writes capitalised that start with `letter`. */
  capitalisedStartingWith(letter: string): readonly string[] {
    this.capitalisedByLetter ??= byFirstLetter([...this.capitalised]);
    return this.capitalisedByLetter.get(letter) ?? [];
  }

  /**
   * Starts counting the terms of a snapshot's chunks (its chunks file, or that file's text) on a
   * worker thread, for a large index (about 3 s at 100,000 passages, which then overlaps reading or
   * building the vector and BM25 indexes); undefined for a small one, or where the worker script is
   * not built. Hand the result to useCounts with the chunks read from those lines.
   */
  static countLines(lines: { readonly file: string } | { readonly text: string }, chunkCount: number): CountingJob | undefined {
    const script = workerScript(import.meta.url, './term-worker.js');
    if (!script || chunkCount < WORKER_MIN_CHUNKS) return undefined;
    const worker = new Worker(script, { workerData: lines });
    worker.unref();
    const counts = new Promise<TermCounts>((resolve, reject) => {
      worker.once('message', (message: TermCounts) => resolve(message));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the term-counting worker stopped (exit code ${code})`)));
    }).catch(() => undefined); // counted here instead (build)
    return { counts, keepAlive: () => worker.ref() };
  }

  /** Lets build(chunks) use counts started by countLines for the lines these chunks were read from. */
  static useCounts(chunks: readonly Chunk[], job: CountingJob): void {
    countsInProgress.set(chunks, job);
  }

  /**
   * Counts terms over the chunks' text and heading. A document's title counts once, and only for
   * words its chunks lack: counted in every chunk, the title's words would look as common as "the"
   * (in a one-document corpus, "contribute" from the title would weigh nothing). With counts from a
   * worker thread (countLines), a chunk's own terms are analysed when first asked for.
   */
  static async build(chunks: readonly Chunk[]): Promise<TermStats> {
    const job = countsInProgress.get(chunks);
    countsInProgress.delete(chunks);
    job?.keepAlive();
    const counted = await job?.counts;
    if (counted && counted.chunkCount === chunks.length) {
      const counts = await countMaps(counted);
      return new TermStats(counts, new ChunkTermsCache(counts.documents));
    }
    const counter = new TermCounter();
    const owns: OwnTerms[] = [];
    // About 1.5 s for 10,000 chunks: done in slices, so a bot re-indexing keeps answering.
    await forEachWithPauses(chunks, (chunk) => {
      const own = ownTerms(chunk);
      owns.push(own);
      counter.add(chunk, own, true);
    });
    const counts = counter.maps();
    const cache = new ChunkTermsCache(counts.documents);
    chunks.forEach((chunk, i) => cache.of(chunk, owns[i]));
    return new TermStats(counts, cache);
  }

  /**
   * The statistics of some of this index's chunks (all of some documents') alone, as if they were
   * the whole corpus: the chunks' terms are not analysed again. Questions about a document weigh its words as they
   * would in a corpus of that document only, so unrelated documents beside it change nothing.
   */
  async within(chunks: readonly Chunk[]): Promise<TermStats> {
    const counter = new TermCounter();
    await forEachWithPauses(chunks, (chunk) => counter.add(chunk, this.chunkTerms.of(chunk), false));
    const documentIds = new Set(chunks.map((chunk) => chunk.documentId));
    const documents = new Map([...this.byDocumentId].filter(([id]) => documentIds.has(id)));
    // A topic's names are its corpus's: a name is no less one where a topic never writes it.
    return new TermStats({ ...counter.maps(), namesWritten: this.namesWritten, nameTerms: this.nameTerms, documents }, this.chunkTerms);
  }

  /** Analyses a question once: its weighted terms, answer type, document references, breadth. */
  analyze(text: string): AnalyzedQuestion {
    const type = expectedAnswerType(text);
    const documentReferences = this.documentReferences(text);
    const terms = [...this.weighTerms(text, documentReferences, type), ...this.acronymDefinitions(text)];
    const asksFor = expectedAnswer(text, terms.flatMap((t) => t.alternatives?.flatMap((alternative) => alternative.terms) ?? []));
    // "When was this release published?" has nothing to search for but the document itself.
    const aboutDocument = documentReferences.length > 0 && terms.every((t) => !countsInCoverage(t));
    const unspelledAcronym = this.unspelledAcronym(text);
    const attributeWord = askedAttributeWord(text);
    const attribute = attributeWord === undefined ? undefined : terms.find((t) => t.written?.word === attributeWord && t.carries !== false)?.term;
    return {
      text, terms, asksFor, documentReferences, aboutDocument, broad: isBroadQuestion(text, asksFor?.type),
      ...(unspelledAcronym && { unspelledAcronym }), ...(attribute !== undefined && { attribute }),
    };
  }

  /**
   * For a question about what an acronym stands for ("what does OSCE stand for?"), the words of
   * the corpus phrase it abbreviates, so the passage that spells it out ranks first. They carry
   * nothing: the acronym itself is what must be found.
   */
  private acronymDefinitions(question: string): WeightedTerm[] {
    if (!ASKS_FOR_EXPANSION.test(question)) return [];
    const phrases = (question.match(/\p{L}{2,6}/gu) ?? []).flatMap((word) => (this.acronyms.get(word.toLowerCase()) ?? []).slice(0, 1));
    return [...new Set(phrases.flat())].map((term) => ({ term, weight: this.idf(term), inCorpus: true, isName: false, carries: false }));
  }

  /**
   * The acronym a question asks to spell out ("what does CICA stand for?": a word in capitals, or
   * one that is not English, of 2 to 6 letters) when no capitalised phrase of the corpus has its
   * initials: the corpus names it without saying what it stands for.
   */
  private unspelledAcronym(question: string): string | undefined {
    if (!ASKS_FOR_EXPANSION.test(question)) return undefined;
    const asked = (question.match(/[\p{L}]{2,6}/gu) ?? []).filter((word) => /^\p{Lu}{2,6}$/u.test(word) || (!isEnglishWord(word.toLowerCase(), wordnet) && analyzeTerms(word).length > 0));
    if (asked.length === 0 || asked.some((word) => this.acronyms.has(word.toLowerCase()))) return undefined;
    return asked[0];
  }

  /**
   * True when one of `documents` (term sets: ChunkTerms.document) says the term: as written, in a
   * form the question's analysis found, or in another way those documents' own words allow (a
   * synonym, a spelling, an abbreviation of theirs). A word used only elsewhere in the corpus does
   * not count: a database manual's "population" does not make the release give Kazakhstan's.
   */
  saidIn(term: WeightedTerm, documents: readonly ReadonlySet<string>[]): boolean {
    if (documents.some((document) => termMatch(term, document, !term.isName) > 0)) return true;
    if (term.written === undefined || documents.length === 0) return false;
    const scope = new ScopedVocabulary(this, documents);
    return findAlternatives(term.written.word, term.written.followedBy, scope, wordnet, !term.isName).some((alternative) =>
      documents.some((document) => alternative.terms.every((t) => document.has(t))),
    );
  }

  /** The terms of a document of this index (its chunks' with its title); undefined for an id it lacks. */
  documentTerms(documentId: string): ReadonlySet<string> | undefined {
    return this.byDocumentId.get(documentId);
  }

  private documentsByName: ReadonlyMap<string, readonly string[]> | undefined;

  /**
   * The documents that hold a proper name: a term of a word the corpus writes only as a name
   * (namesWritten) and in title case somewhere ("Quillmark"; not "API" or "TEMP", never written
   * "Api" or "Temp"). None for any other term. Grouped on first use.
   */
  documentsNaming(term: string): readonly string[] {
    if (!this.documentsByName) {
      const properNames = new Set([...this.namesWritten].filter((word) => this.capitalised.has(word)).flatMap((word) => analyzeTerms(word)));
      const byName = new Map<string, string[]>();
      for (const [documentId, terms] of this.byDocumentId) {
        for (const name of terms) {
          if (!properNames.has(name)) continue;
          const documents = byName.get(name);
          if (documents) documents.push(documentId);
          else byName.set(name, [documentId]);
        }
      }
      this.documentsByName = byName;
    }
    return this.documentsByName.get(term) ?? [];
  }

  /** How many documents the index holds. */
  get documentCount(): number {
    return this.byDocumentId.size;
  }

  /** The terms of a chunk of this index (analysed on first use when the counts came from a worker thread). */
  termsOf(chunk: Chunk): ChunkTerms {
    return this.chunkTerms.of(chunk);
  }

  /**
   * How many chunks hold the term; for a term the corpus lacks, the count of the most frequent
   * longer word it begins ("kazakh" counts as "kazakhstan"), else 0.
   */
  frequency(term: string): number {
    const exact = this.documentFrequency.get(term);
    if (exact !== undefined) return exact;
    if (term.length < MIN_PREFIX_CHARS) return 0; // too short to stand for a longer word (termMatches)
    let best = 0;
    // Words beginning with `term` sit together in sorted order, starting where `term` would.
    for (let i = lowerBound(this.sortedTerms, term); i < this.sortedTerms.length; i += 1) {
      const known = this.sortedTerms[i] as string;
      if (!known.startsWith(term)) break;
      if (termMatches(known, term)) best = Math.max(best, this.documentFrequency.get(known) ?? 0);
    }
    return best;
  }

  /** BM25's inverse document frequency: high for rare terms, highest for terms the corpus lacks. */
  idf(term: string): number {
    const df = this.frequency(term);
    return Math.log(1 + (this.chunkCount - df + 0.5) / (df + 0.5));
  }

  /**
   * The question's words that point at the document itself rather than its content: words of
   * DOCUMENT_NOUNS and DOCUMENT_ASPECTS that the corpus never uses (exactly: "press" is not
   * "pressure"), and, once such a noun is there, the aspect words even if the corpus uses them
   * ("where was the release issued?" asks nothing about "issues"). A corpus that names itself (release
   * notes, say) keeps these words as terms.
   */
  documentReferences(question: string): string[] {
    const terms = [...new Set(analyzeTerms(question))];
    // "this release", "the announcement": a noun for a document, pointed at, means the document
    // even where other documents use the word ("release notes" in a mixed corpus).
    const pointed = new Set(analyzeTerms([...question.matchAll(POINTED_NOUN)].map((match) => match[1] ?? '').join(' ')));
    const absent = (term: string): boolean => !this.documentFrequency.has(term);
    // Pointed at, but with content words beside it ("what does the release add?"), it is content too.
    const onlyAboutDocument = terms.every((term) => DOCUMENT_NOUNS.has(term) || DOCUMENT_ASPECTS.has(term));
    const nouns = terms.filter((term) => DOCUMENT_NOUNS.has(term) && (absent(term) || (pointed.has(term) && onlyAboutDocument)));
    // "When was it published?": only words of a document's making, about "it", is about the document.
    const aboutIt = onlyAboutDocument && /\b(?:it|this|that)\b/iu.test(question);
    // A gist word the corpus lacks ("summarise please") asks about the document by itself; a word
    // of its making does only beside a noun for it or "it" ("How do I post a message?" does not).
    return terms.filter(
      (term) => nouns.includes(term) || (DOCUMENT_ASPECTS.has(term) && (nouns.length > 0 || aboutIt || (DOCUMENT_GIST.has(term) && absent(term)))),
    );
  }

  /**
   * The question's distinct terms with their weights, leaving out its documentReferences. A name
   * of several words is one thing asked about: it weighs as its rarest word, shared among its
   * words, so "Secretary General" does not outweigh "welcome" just by being two words.
   */
  weigh(question: string): WeightedTerm[] {
    return this.weighTerms(question, this.documentReferences(question), expectedAnswerType(question));
  }

  /** weigh, with the question's document references and answer type already read. */
  private weighTerms(question: string, references: readonly string[], answerType: AnswerType | undefined): WeightedTerm[] {
    const pointers = new Set(references);
    const weights = new Map<string, number>();
    for (const group of nameGroups(question)) {
      const fresh = [...new Set(group)].filter((term) => !weights.has(term));
      if (fresh.length === 0) continue;
      const weight = Math.max(0, ...fresh.map((term) => this.idf(term))) / fresh.length;
      for (const term of fresh) weights.set(term, weight);
    }
    const names = new Set(weights.keys());
    const tokens = questionTokens(question);
    const verbCarries = answerType === 'person' || answerType === 'time';
    const seen = new Set<string>();
    const result: WeightedTerm[] = [];
    let searches = 0;
    // "how many members *these days*", "who runs it *right now*": a phrase that only frames the time is not read.
    // "12" of "2011-12": the corpus may write the span in full.
    const shortYears = shortYearsOfSpans(question);
    for (const { word, term, joined } of analyzeWords(question.replace(FRAMING_PHRASES, ' '))) {
      if (pointers.has(term) || seen.has(term)) continue;
      // A compound read as one word ("non-perm" as "nonperm") is asked about only where the corpus writes it so.
      if (joined && this.frequency(term) === 0) continue;
      seen.add(term);
      // A framing word ("any quotes?", "the key points", "what does it stand for") asks nothing of a
      // corpus that never uses it, and little of one that does ("stands ready").
      const framing = FRAMING_WORDS.has(word);
      const inCorpus = this.frequency(term) > 0;
      // The words around it; none for a time of day ("10 p.m."), which is no token of its own.
      const position = tokens.indexOf(word);
      const at = (offset: number): string | undefined => (position === -1 ? undefined : tokens[position + offset]);
      // "What *time*…", "which *country*…", "how many *countries*…": the word that names the kind of
      // answer asked for is no topic to search ("57 participating States" answers how many countries).
      const asker = at(-1) ?? '';
      // For an organisation, one modifier may come between ("which *un* body").
      const oneBack = answerType === 'organisation' && /^(?:what|which)$/u.test(at(-2) ?? '');
      if (answerType !== undefined && ANSWER_KIND_WORDS.has(word) && (/^(?:what|which)$/u.test(asker) || oneBack || (asker === 'many' && at(-2) === 'how'))) continue;
      // "How much *cash*…" asks for money as "how much" does: the answer says "£180,000", not "cash".
      if (answerType === 'money' && MONEY_WORDS.has(word) && asker === 'much' && at(-2) === 'how') continue;
      // "*How old*…", "how far…": the word after "how" asks the kind of answer; it is no topic either.
      if (HOW_WORDS.has(word) && asker === 'how') continue;
      if ((framing || abbreviatesFramingWord(word) || (BOUND_WORDS.has(word) && !corpusSpellsMaximum(word, this))) && !inCorpus) continue;
      // "PhD", "CEO": capitals that abbreviate a kind of thing name nothing (WordNet), however written;
      // not a word the corpus writes in title case, a first name ("Sam", not "SAM", a missile).
      const abbreviatesKind = (names.has(term) || this.namesWritten.has(word)) && !this.capitalised.has(word) && wordnet.isCommonAbbreviation(word);
      const isName = names.has(term) && !framing && !abbreviatesKind;
      // The corpus writes it only as a name ("emberjam", "osce"), however the asker does. The word as
      // written: by its stem, "mac" would be the name "Macs", and answers would need documents saying it.
      const namesCorpusName = !framing && !abbreviatesKind && this.namesWritten.has(word);
      // Numbers written as words ("which two bodies…") count what is asked for; they need not be in the answer.
      // A verb carries a "who" or "when" question: "who *founded* it" is not answered by who
      // moderates it, "when did it *open*" by when it was updated. Not one that only says the event
      // happens or is planned ("who is *supposed* to take part").
      const carries =
        isName ||
        (!framing &&
          !asksOwnersRole(word, asker, question) &&
          !namesAnswerKind(word, answerType) &&
          !isNumberWord(word) &&
          !isThreshold(word, at(-1)) &&
          !isGivenQuantity(word, at(1)) &&
          !shortYears.has(word) &&
          ((verbCarries && !saysOnlyThatEventHappens(word, at(1))) || !isLikelyPredicate(word, at(-1), wordnet)));
      const weight = (weights.get(term) ?? this.idf(term)) * (framing ? FRAMING_WEIGHT : 1);
      const written = { word, followedBy: at(1) };
      if (inCorpus) {
        // A chat abbreviation the corpus also writes as such ("max") still means its long form
        // ("maximum"); not where the corpus writes it only as a name ("Dev Patel" is no developer).
        // One written only in capitals, and in no more passages than its meaning ("the reference SUBS"
        // beside "the annual subscription"), is most likely a label there: it means its meaning too.
        // Not a name in title case, nor one said more often than its meaning ("the MAX plan", a product).
        const meanings = isName || (namesCorpusName && this.capitalised.has(word)) ? [] : chatMeaningAlternatives(word, this);
        const labelOnly = meanings.some((meaning) => meaning.terms.every((t) => this.frequency(t) >= this.frequency(term)));
        const saidOtherwise = isName ? [] : [...phrasalAlternatives(word, at(1), this, wordnet), ...(namesCorpusName && !labelOnly ? [] : meanings)];
        result.push({ term, weight, inCorpus: true, isName, carries, written, ...(saidOtherwise.length > 0 && { alternatives: saidOtherwise }), ...(namesCorpusName && { namesCorpusName }) });
        continue;
      }
      // Other ways the corpus may say a word it lacks (a word it has is only ever itself, its phrasal
      // verb or its chat meaning, above: "President" would otherwise answer for "presidential"), for
      // the first few such words: a question of pasted gibberish must not cost a search per word.
      // A misspelt function word ("shuold", "becuase") asks nothing.
      if (!isName && misspeltFunctionWord(word, wordnet)) continue;
      searches += 1;
      const alternatives =
        searches > MAX_ALTERNATIVE_SEARCHES ? [] : findAlternatives(word, at(1), this, wordnet, !isName).filter((a) => a.terms.join(' ') !== term);
      if (alternatives.length === 0) {
        result.push({ term, weight, inCorpus: false, isName, carries, written });
      } else {
        // A word the corpus says otherwise weighs as the corpus's word for it. Synonyms count here
        // too: measured on every set, they rescue more paraphrases ("the talks", "his trip") than
        // they let through missing facts ("currency" for "current").
        const saidWeight = Math.max(...alternatives.flatMap((a) => a.terms.map((t) => this.idf(t))));
        // A misspelt or shortened name ("kazakstan", "kz") is that name.
        const namesOne = alternatives.some((a) => a.kind !== 'synonym' && a.terms.every((t) => this.nameTerms.has(t)));
        result.push({ term, weight: saidWeight, inCorpus: true, isName, carries, written, alternatives, ...(namesOne && { namesCorpusName: true }) });
      }
    }
    return result;
  }
}

/** The corpus vocabulary narrowed to some of its documents, for finding how those documents say a word. */
class ScopedVocabulary implements CorpusVocabulary {
  private readonly terms: ReadonlySet<string>;
  private scopedAcronyms: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

  constructor(
    private readonly corpus: TermStats,
    documents: readonly ReadonlySet<string>[],
  ) {
    this.terms = documents.length === 1 ? (documents[0] as ReadonlySet<string>) : new Set(documents.flatMap((document) => [...document]));
  }

  /** The corpus's acronyms whose phrases these documents hold (narrowed on first use: only short words are looked up as acronyms). */
  get acronyms(): ReadonlyMap<string, readonly (readonly string[])[]> {
    const inScope = (terms: readonly string[]): boolean => terms.every((t) => this.terms.has(t));
    this.scopedAcronyms ??= new Map([...this.corpus.acronyms].map(([initials, phrases]) => [initials, phrases.filter(inScope)]));
    return this.scopedAcronyms;
  }

  frequency(term: string): number {
    return this.terms.has(term) ? this.corpus.frequency(term) : 0;
  }

  termsStartingWith(letter: string): readonly string[] {
    return this.corpus.termsStartingWith(letter).filter((term) => this.terms.has(term));
  }

  capitalisedStartingWith(letter: string): readonly string[] {
    return this.corpus.capitalisedStartingWith(letter).filter((word) => analyzeTerms(word).every((term) => this.terms.has(term)));
  }

  writesAsName(word: string): boolean {
    return this.corpus.writesAsName(word);
  }

  /** The corpus's words, not only these documents': keeping each document's words would double what the index holds in memory. */
  writes(word: string): boolean {
    return this.corpus.writes(word);
  }
}

/** "What does X stand for?", "what is X short for?", "the acronym X". */
const ASKS_FOR_EXPANSION = /\b(?:stands?\s+for|short\s+for|abbreviation|acronym)\b/iu;
/**
 * Verbs that say only that an event happens or is planned (WordNet's first sense of "happen", and
 * scheduling): "who is *supposed* to take part" asks who takes part.
 */
const OCCURRENCE_VERBS = new Set(['happen', 'occur', 'schedul', 'expect', 'slate', 'due', 'suppos']);
/** "take place", "come about", "go on": an event's happening in two words. */
const OCCURRENCE_PHRASES = /^(?:take|took|taken|taking|takes) place$|^(?:come|came|comes|coming) about$|^(?:go|goes|going|went) on$/u;

/** True when the word (with the one after it) only says that an event happens or is planned (OCCURRENCE_VERBS). */
function saysOnlyThatEventHappens(word: string, next: string | undefined): boolean {
  return OCCURRENCE_VERBS.has(analyzeTerms(word)[0] ?? word) || OCCURRENCE_PHRASES.test(`${word} ${next ?? ''}`);
}
/**
 * Phrases that frame a question's time ("these days", "right now"), hedge how many ("a couple of",
 * "lots of"; not "how many lots of"), only stress it ("lags like crazy") or say who asks ("my last
 * name is nguyen") rather than ask about anything.
 */
const FRAMING_PHRASES =
  /\b(?:these days|right now|at the moment|at present|as of (?:now|today)|so far|any more|anymore|by (?:accident|mistake)|a (?:couple|bunch|lot) of|(?<!\bmany )(?:lots|loads|plenty) of|like (?:crazy|mad|hell|nuts)|as hell)\b|\b(?:for real|big time)(?=\s*(?:$|[?!.,;]))|(?<=\bmy (?:(?:first|last|full|family|sur) ?name|surname)(?:['’]s| is)\s+)(?:[\p{L}'’-]+\s+[\p{L}'’-]+(?=\s*(?:$|[,.;!?]))|[\p{L}'’-]+)/giu;
/**
 * A word that asks for a bound of a measure ("max team size", "the minimum age", BOUND_WORDS) in a
 * corpus that never uses it says it otherwise ("Teams can have up to 4 people"): there it asks
 * nothing. True when the corpus says the bound in full ("max" as "maximum").
 */
const corpusSpellsMaximum = (word: string, stats: TermStats): boolean => word === 'max' && stats.frequency(analyzeTerms('maximum')[0] ?? 'maximum') > 0;
/** Words after which a number is a threshold the question compares with ("opened *before 1950*?", "more *than 100*"). */
const COMPARED_WITH = new Set(['before', 'b4', 'after', 'than', 'since', 'until', 'till', 'over', 'under', 'above', 'below']);
/** True for a whole number the question compares with (COMPARED_WITH): the corpus need not say it ("opened in 1945" answers "before 1950?"). */
const isThreshold = (word: string, previous: string | undefined): boolean => /^\d+$/u.test(word) && previous !== undefined && COMPARED_WITH.has(previous);

/** Units after a number the asker gives ("a 400mb video", "a 12 hr print", "for 4 people"). */
const GIVEN_UNIT = /^(?:[kmgt]i?b|ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|yrs?|years?|km|kg|px|percent|people|ppl|players?|members?)$/u;
/**
 * True for a number the asker gives with its unit ("what happens if i drop a *400*mb video in"):
 * the corpus need not say it, as it states its own figure ("notes up to 16 MB").
 */
const isGivenQuantity = (word: string, next: string | undefined): boolean => /^\d+(?:\.\d+)?$/u.test(word) && next !== undefined && GIVEN_UNIT.test(next);

/** Words that make "how" ask for a measure ("how old", "how far", "how long"). */
const HOW_WORDS = new Set(['old', 'long', 'far', 'big', 'large', 'tall', 'wide', 'high', 'deep', 'heavy', 'often', 'frequently', 'regularly', 'soon', 'late', 'early', 'fast']);
/** How much a framing word the corpus uses counts against a word that names the topic. */
const FRAMING_WEIGHT = 0.3;
/** Words absent from the corpus looked up per question, at most. */
const MAX_ALTERNATIVE_SEARCHES = 8;

/** The words grouped by their first letter. */
function byFirstLetter(words: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const letter = word[0] ?? '';
    const group = groups.get(letter);
    if (group) group.push(word);
    else groups.set(letter, [word]);
  }
  return groups;
}

/** Checks that the lexicon (WordNet) can be read: a missing install fails at start-up, clearly. */
export function checkLexicon(): void {
  wordnet.check();
}

/** The first index of `sorted` whose value is not less than `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as string) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Nouns for what someone does ("his *job*", "Greminger's *role*"). */
const ROLE_WORDS: ReadonlySet<string> = new Set(['job', 'role', 'position', 'post', 'occupation', 'profession', 'title']);

/**
 * "what's Greminger's *job*?", "what is her role": asked of its owner, the word names the kind of
 * answer (a post, "Secretary General"), which the answer gives without saying the word.
 */
function asksOwnersRole(word: string, before: string, question: string): boolean {
  // Not what it is about: "what was her post about?" asks of a post.
  return ROLE_WORDS.has(word) && /^(?:s|his|her|their|your|ur)$/u.test(before) && /^\W*(?:what|whats|wat|which)\b/iu.test(question) && !/\babout\W*$/iu.test(question);
}
