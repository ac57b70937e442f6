import { forEachWithPauses, type Chunk, type WeightedTerm } from '../core/index.js';
import { acronymsOf, canBeVerb, findAlternatives, isLikelyPredicate, isNumberWord, type CorpusVocabulary } from './alternatives.js';
import { DOCUMENT_NOUNS, DOCUMENT_ASPECTS, analyzeTerms, analyzeWords, countsInCoverage, nameGroups, termMatches } from './terms.js';
import { readingTerms } from './reading.js';
import { WordNet } from './wordnet.js';
import { expectedAnswerType } from './answer-type.js';
import { isBroadQuestion, type AnalyzedQuestion } from './question.js';

/** One WordNet for every index: it caches what questions looked up. */
const wordnet = new WordNet();

/** The terms of one chunk: of each sentence as it is read (readingSpans, under its heading), and of the whole passage with its title and heading. */
export interface ChunkTerms {
  readonly sentences: readonly ReadonlySet<string>[];
  readonly passage: ReadonlySet<string>;
  /** The terms of the chunk's whole document (shared by its chunks). */
  readonly document: ReadonlySet<string>;
}

/**
 * The live index's terms: how many chunks each term occurs in (to weigh question terms by how
 * distinctive they are), and each chunk's terms, analysed once at load rather than per question.
 */
export class TermStats implements CorpusVocabulary {
  /** The corpus terms in sorted order, to find the words a term begins by binary search. */
  private readonly sortedTerms: readonly string[];

  private constructor(
    private readonly documentFrequency: ReadonlyMap<string, number>,
    private readonly byChunkId: ReadonlyMap<string, ChunkTerms>,
    readonly chunkCount: number,
    readonly acronyms: ReadonlyMap<string, readonly (readonly string[])[]>,
    readonly capitalised: ReadonlySet<string>,
  ) {
    this.sortedTerms = [...documentFrequency.keys()].sort();
  }

  /** Every term of the corpus. */
  get terms(): readonly string[] {
    return this.sortedTerms;
  }

  /**
   * Counts terms over the chunks' text and heading. A document's title counts once, and only for
   * words its chunks lack: counted in every chunk, the title's words would look as common as "the"
   * (in a one-document corpus, "contribute" from the title would weigh nothing).
   */
  static async build(chunks: readonly Chunk[]): Promise<TermStats> {
    const frequency = new Map<string, number>();
    const byChunkId = new Map<string, ChunkTerms>();
    const acronyms = new Map<string, Map<string, string[]>>();
    const capitalised = new Set<string>();
    const documents = new Map<string, Set<string>>();
    // About 1.5 s for 10,000 chunks: done in slices, so a bot re-indexing keeps answering.
    await forEachWithPauses(chunks, (chunk) => {
      for (const [initials, terms] of acronymsOf(chunk.text)) {
        const phrases = acronyms.get(initials) ?? new Map<string, string[]>();
        phrases.set(terms.join(' '), terms);
        acronyms.set(initials, phrases);
      }
      for (const match of chunk.text.matchAll(/\b\p{Lu}\p{Ll}+/gu)) capitalised.add(match[0].toLowerCase());
      const sentences = readingTerms(chunk);
      const own = new Set(sentences.flatMap((sentence) => [...sentence]));
      for (const term of own) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      const passage = new Set([...own, ...analyzeTerms(chunk.title)]);
      const document = documents.get(chunk.documentId) ?? new Set<string>();
      for (const term of passage) document.add(term);
      documents.set(chunk.documentId, document);
      byChunkId.set(chunk.id, { sentences, passage, document });
    });
    const titles = new Set(chunks.map((chunk) => chunk.title));
    for (const term of new Set([...titles].flatMap((title) => analyzeTerms(title)))) {
      if (!frequency.has(term)) frequency.set(term, 1);
    }
    const acronymPhrases = new Map([...acronyms].map(([initials, phrases]) => [initials, [...phrases.values()]]));
    return new TermStats(frequency, byChunkId, chunks.length, acronymPhrases, capitalised);
  }

  /** Analyses a question once: its weighted terms, answer type, document references, breadth. */
  analyze(text: string): AnalyzedQuestion {
    const terms = this.weigh(text);
    const documentReferences = this.documentReferences(text);
    // "When was this release published?" has nothing to search for but the document itself.
    const aboutDocument = documentReferences.length > 0 && terms.every((t) => !countsInCoverage(t));
    return { text, terms, answerType: expectedAnswerType(text), documentReferences, aboutDocument, broad: isBroadQuestion(text) };
  }

  /** The terms of a chunk of this index. */
  termsOf(chunk: Chunk): ChunkTerms {
    const terms = this.byChunkId.get(chunk.id);
    if (!terms) throw new Error(`Chunk ${chunk.id} is not in this index.`);
    return terms;
  }

  /**
   * How many chunks hold the term; for a term the corpus lacks, the count of the most frequent
   * longer word it begins ("kazakh" counts as "kazakhstan"), else 0.
   */
  frequency(term: string): number {
    const exact = this.documentFrequency.get(term);
    if (exact !== undefined) return exact;
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
    const pointed = new Set(analyzeTerms((question.match(/\b(?:this|that|the|your)\s+(?:press\s+)?(\p{L}+)/giu) ?? []).map((m) => m.split(/\s+/u).at(-1) ?? '').join(' ')));
    const absent = (term: string): boolean => !this.documentFrequency.has(term);
    // Pointed at, but with content words beside it ("what does the release add?"), it is content too.
    const onlyAboutDocument = terms.every((term) => DOCUMENT_NOUNS.has(term) || DOCUMENT_ASPECTS.has(term));
    const nouns = terms.filter((term) => DOCUMENT_NOUNS.has(term) && (absent(term) || (pointed.has(term) && onlyAboutDocument)));
    // "When was it published?": only words of a document's making, about "it", is about the document.
    const aboutIt = onlyAboutDocument && /\b(?:it|this|that)\b/iu.test(question);
    return terms.filter((term) => nouns.includes(term) || (DOCUMENT_ASPECTS.has(term) && (nouns.length > 0 || absent(term) || aboutIt)));
  }


  /**
   * The question's distinct terms with their weights, leaving out its documentReferences. A name
   * of several words is one thing asked about: it weighs as its rarest word, shared among its
   * words, so "Secretary General" does not outweigh "welcome" just by being two words.
   */
  weigh(question: string): WeightedTerm[] {
    const pointers = new Set(this.documentReferences(question));
    const weights = new Map<string, number>();
    for (const group of nameGroups(question)) {
      const fresh = [...new Set(group)].filter((term) => !weights.has(term));
      if (fresh.length === 0) continue;
      const weight = Math.max(0, ...fresh.map((term) => this.idf(term))) / fresh.length;
      for (const term of fresh) weights.set(term, weight);
    }
    const names = new Set(weights.keys());
    const tokens: string[] = question.toLowerCase().match(/\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu) ?? [];
    const asksForPerson = expectedAnswerType(question) === 'person';
    const seen = new Set<string>();
    const result: WeightedTerm[] = [];
    for (const { word, term } of analyzeWords(question)) {
      if (pointers.has(term) || seen.has(term)) continue;
      seen.add(term);
      const isName = names.has(term);
      const position = tokens.indexOf(word);
      // Numbers written as words ("which two bodies…") count what is asked for; they need not be in the answer.
      // A verb carries a "who" question: "who *founded* it" is not answered by who moderates it.
      const carries = isName || (!isNumberWord(word) && (asksForPerson || !isLikelyPredicate(word, tokens[position - 1], wordnet)));
      const inCorpus = this.frequency(term) > 0;
      // Other ways the corpus may say a word it lacks. A word it has is only ever itself: "President"
      // would otherwise answer for "presidential".
      const alternatives = inCorpus ? [] : findAlternatives(word, tokens[position + 1], this, wordnet, !isName).filter((a) => a.terms.join(' ') !== term);
      const paraphrasable = !isName && canBeVerb(word, wordnet);
      if (inCorpus || alternatives.length === 0) {
        result.push({ term, weight: weights.get(term) ?? this.idf(term), inCorpus, isName, carries, paraphrasable, ...(alternatives.length > 0 && { alternatives }) });
      } else {
        // A word the corpus lacks weighs as the corpus's word for it.
        const weight = Math.max(...alternatives.flatMap((a) => a.terms.map((t) => this.idf(t))));
        result.push({ term, weight, inCorpus: true, isName, carries, paraphrasable, alternatives });
      }
    }
    return result;
  }

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
