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
}

/** Where a chunk sits in its document. */
export interface Location {
  /** 1-based paragraph number within the document. */
  readonly paragraph: number;
  /** Character offsets into `Document.text`: text.slice(start, end) is the chunk's text. */
  readonly start: number;
  readonly end: number;
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
  readonly location: Location;
  readonly text: string;
}

/** A chunk found for a query, with its similarity score (higher is closer). */
export interface ScoredChunk {
  readonly chunk: Chunk;
  readonly score: number;
}

/** Timings of one query, in milliseconds. */
export type Timings = Record<string, number>;
