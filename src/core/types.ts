/** A document of the corpus, as text, with what a citation needs to name it. */
export interface Document {
  /** Stable id: the path relative to the corpus folder, with forward slashes. */
  readonly id: string;
  readonly title: string;
  /** ISO date (YYYY-MM-DD) found in the text, if any. */
  readonly date: string | undefined;
  /** The text that chunks' offsets point into (the file itself for .txt/.md, extracted text for .html). */
  readonly text: string;
  /** sha256 of `text`, hex. */
  readonly contentHash: string;
  /** For a paged document (PDF): where each page starts in `text`, page 1 first. */
  readonly pageStarts?: readonly number[];
}

/** Where a chunk sits in its document. */
export interface Location {
  /** 1-based paragraph number within the document. */
  readonly paragraph: number;
  /** Character offsets into `Document.text`: text.slice(start, end) is the chunk's text. */
  readonly start: number;
  readonly end: number;
  /** 1-based page of a paged document (PDF) the chunk starts on. */
  readonly page?: number;
}

/** A passage of a document: the unit that is embedded, retrieved and cited. */
export interface Chunk {
  /** Stable content hash of document id and text. */
  readonly id: string;
  readonly documentId: string;
  readonly title: string;
  readonly date: string | undefined;
  /** The nearest heading above the chunk, when the document has headings. */
  readonly heading: string | undefined;
  /** Every heading the chunk lies under, outermost first (the last is `heading`), when there are two or more: "2.4.0", "Added". */
  readonly headings?: readonly string[];
  /** The header row of the pipe table the chunk starts in the middle of: its first rows are read under it. */
  readonly tableHeader?: string;
  readonly location: Location;
  readonly text: string;
  /** The chunk's sentences, as offsets into `text`, so answers can quote a sentence exactly. */
  readonly sentences: readonly TextSpan[];
}

/** Offsets [start, end) into some text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

/** A chunk found for a query, with its similarity score (higher is closer). */
export interface ScoredChunk {
  readonly chunk: Chunk;
  readonly score: number;
}

/** Timings of one query, in milliseconds. */
export type Timings = Record<string, number>;

/** A retrieved passage with the scores that ranked it. */
export interface Passage {
  readonly chunk: Chunk;
  /** Fused ranking score in [0, 1] (1 for the best candidate); not a similarity. */
  readonly score: number;
  /** Cosine similarity between the question and the passage. */
  readonly similarity: number;
  /** BM25 score divided by the best BM25 score among the candidates, in [0, 1]. */
  readonly lexical: number;
}

/** A question term and how distinctive it is in the corpus (inverse document frequency). */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
  /** True when some chunk of the corpus contains the term. */
  readonly inCorpus: boolean;
  /** True when the term is part of a name (a capitalised word inside the question). */
  readonly isName: boolean;
  /**
   * True when the corpus writes the word only as a name (capitalised inside a sentence or in
   * capitals, never in lower case in its prose, and no common English word), however the asker wrote it ("emberjam", "osce"), or the word is such a name
   * misspelt or shortened ("kazakstan", "kz"): the passages to answer from are those of the
   * documents that say it.
   */
  readonly namesCorpusName?: boolean;
  /** Other ways the corpus says the word, when it lacks the word itself (a corrected spelling, an acronym's words, a synonym). */
  readonly alternatives?: readonly TermAlternative[];
  /**
   * False for a word whose absence from the corpus says nothing (a verb the corpus may say
   * otherwise: "thanked" for "expressed appreciation"); it then counts neither for nor against a
   * passage. True for names, nouns and qualifiers ("previous", "cost"): the answer must hold them.
   */
  readonly carries?: boolean;
  /** The word as the question wrote it, and the word after it, for looking up other ways to say it later (TermStats.saidIn). */
  readonly written?: { readonly word: string; readonly followedBy: string | undefined };
}

/** Another way the corpus may say a question's word, and how much finding it counts (literal: 1). */
export interface TermAlternative {
  /** Terms that must all be present ("fm" -> ["foreign", "minist"]). */
  readonly terms: readonly string[];
  readonly factor: number;
  readonly kind: 'spelling' | 'acronym' | 'abbreviation' | 'variant' | 'synonym';
}

/** A numbered source of an answer. */
export interface Citation {
  readonly n: number;
  readonly passage: Passage;
  /** The cited sentence(s) of the passage, shortened for display. */
  readonly quote: string;
}

/** An answer whose every sentence is a sentence of a cited passage, followed by its marker. */
export interface Answer {
  readonly text: string;
  readonly abstained: boolean;
  readonly citations: readonly Citation[];
}
