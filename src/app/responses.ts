import type { Answer, Location, ScoredChunk } from '../core/index.js';

/** One search hit, as the CLI's JSON and the bot show it. */
export interface SearchHit {
  readonly chunkId: string;
  readonly document: string;
  readonly title: string;
  readonly location: Location;
  readonly text: string;
  readonly score: number;
}

/** One search result: the hit, ranked by `score` (the fused ranking score, 1 for the first), and its cosine similarity. */
export interface SearchResult extends SearchHit {
  readonly similarity: number;
}

/** The answer to one search query. */
export interface SearchResponse {
  readonly query: string;
  readonly results: SearchResult[];
  readonly timingsMs: { embed: number; search: number; total: number };
}

/** One numbered source of an answer. */
export interface CitationView extends SearchHit {
  readonly n: number;
  /** The document's date (YYYY-MM-DD), when it has one. */
  readonly date?: string;
  readonly quote: string;
}

/** The answer to one question, as `docent ask --json` prints it. */
export interface AskResponse {
  readonly question: string;
  readonly answer: string;
  readonly abstained: boolean;
  readonly citations: CitationView[];
  readonly timingsMs: { embed: number; search: number; answer: number; total: number };
}

/** Rounds a score to four decimals for display. */
export const round4 = (score: number): number => Math.round(score * 10_000) / 10_000;

/** A scored chunk as a search hit. */
export function toHit({ chunk, score }: ScoredChunk): SearchHit {
  return { chunkId: chunk.id, document: chunk.documentId, title: chunk.title, location: chunk.location, text: chunk.text, score: round4(score) };
}

/** An answer's citations as shown to users; `score` is the passage's cosine similarity to the question. */
export function toCitationViews(answer: Answer): CitationView[] {
  return answer.citations.map(({ n, passage, quote }) => ({
    n,
    ...toHit({ chunk: passage.chunk, score: passage.similarity }),
    ...(passage.chunk.date !== undefined && { date: passage.chunk.date }),
    quote,
  }));
}
