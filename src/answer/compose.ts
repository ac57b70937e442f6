import { shorten, type Answer, type Citation, type Passage, type WeightedTerm } from '../core/index.js';
import { GIVES_REASON, analyzeTerms, asksWhy, expectedAnswer, readSentences, readingTerms, typedAnswers, type ExpectedAnswer, type ReadSentence } from '../language/index.js';

/** How an answer is put together. */
export interface ComposeOptions {
  /** Most sentences in an answer. Default 3. */
  readonly maxSentences?: number;
  /** Passages whose sentences may be used, best first. Default 3. */
  readonly passagesUsed?: number;
  /** Passages offered as "possibly related" when abstaining. Default 3. */
  readonly relatedOnAbstain?: number;
  /** Longest quote in a citation, in characters. Default 240. */
  readonly maxQuoteChars?: number;
  /** The terms of each of a passage's sentences, when already known (the engine analyses chunks once at load). */
  readonly termsOf?: (passage: Passage) => { readonly sentences: readonly ReadonlySet<string>[] };
  /** A broad question ("what did they discuss?"): the best sentence of each of several passages, in document order. */
  readonly broad?: boolean;
  /** How refusals name the corpus. Default "the release". */
  readonly corpusName?: string;
  /** What the question asks for; when not given, read from its wording (expectedAnswer). */
  readonly asksFor?: ExpectedAnswer | undefined;
  /** An acronym the question asks to spell out that the corpus never spells out: a refusal says so. */
  readonly unspelledAcronym?: string | undefined;
}

const DEFAULTS = {
  maxSentences: 3,
  passagesUsed: 3,
  relatedOnAbstain: 3,
  maxQuoteChars: 240,
  termsOf: (passage: Passage) => ({ sentences: readingTerms(passage.chunk) }),
  broad: false,
  corpusName: 'the release',
  asksFor: undefined,
  unspelledAcronym: undefined,
} as const satisfies Required<ComposeOptions>;

/** Passages a broad answer draws on, one sentence each. */
const BROAD_PASSAGES = 4;

// A sentence's score mixes its own key-term overlap with the question (which sentence) and its
// passage's retrieval score (which passage); further sentences must come close to the best one.
const TERM_WEIGHT = 0.65;
const PASSAGE_WEIGHT = 0.35;
const KEEP_RATIO = 0.9;
/** Added to sentences that hold what the question asks for (a date for "when…"). */
const ANSWER_TYPE_BONUS = 0.15;

/** The text an abstaining answer starts with, naming the corpus ("The release does not seem to answer that."). */
export function abstainSentence(corpusName: string = DEFAULTS.corpusName): string {
  return `${corpusName.charAt(0).toUpperCase()}${corpusName.slice(1)} does not seem to answer that.`;
}

/** The default abstention text. */
export const ABSTAIN_TEXT = abstainSentence();

interface Candidate extends QuotedSentence {
  readonly start: number;
  readonly end: number;
  readonly tableRow?: boolean | undefined;
  readonly termScore: number;
  readonly score: number;
}

/**
 * Builds an extractive answer: the sentences of the retrieved passages that best answer the
 * question (at most `maxSentences`, four table rows counting as one), in passage order then reading
 * order, each followed by the [n] of its passage. Every sentence is copied from a passage (a
 * table's row with its column headers: "Role: Treasurer · Name: Priya Raman"), so the answer says
 * nothing the passages do not. When `abstain` is set, or no sentence shares a term with the question, the
 * answer says the release does not seem to answer, and cites the closest passages as related.
 */
export function composeAnswer(question: string, terms: readonly WeightedTerm[], passages: readonly Passage[], abstain: boolean, options: ComposeOptions = {}): Answer {
  const settings = { ...DEFAULTS, ...options, asksFor: 'asksFor' in options ? options.asksFor : expectedAnswer(question) };
  const chosen = abstain ? [] : settings.broad ? chooseBroad(terms, passages, settings) : chooseSentences(terms, passages.slice(0, settings.passagesUsed), settings, asksWhy(question));
  if (chosen.length === 0) {
    const related = passages.slice(0, settings.relatedOnAbstain);
    const citations = related.map((passage, i): Citation => ({ n: i + 1, passage, quote: shorten(firstSentence(passage), settings.maxQuoteChars) }));
    const text = settings.unspelledAcronym
      ? `${abstainSentence(settings.corpusName).slice(0, -1)}: it never says what “${settings.unspelledAcronym}” stands for.`
      : abstainText(question, terms, settings.corpusName);
    return { text, abstained: true, citations };
  }

  return citeSentences(chosen, passages, settings.maxQuoteChars);
}

/** A sentence copied from one of the passages an answer draws on (a table's row, with its column headers). */
export interface QuotedSentence {
  /** Index of its passage in the passages list. */
  readonly passageRank: number;
  readonly text: string;
  /** The heading that holds what was asked when the sentence does not ("Changes from 5.6.2 to 5.7.1"): the answer names it first. */
  readonly section?: string | undefined;
}

/**
 * The answer made of `sentences`, in the order given, each followed by the [n] of its passage;
 * passages are numbered in order of first use, and each citation quotes its passage's sentences.
 */
export function citeSentences(sentences: readonly QuotedSentence[], passages: readonly Passage[], maxQuoteChars: number = DEFAULTS.maxQuoteChars): Answer {
  const numberOf = new Map<number, number>();
  for (const sentence of sentences) if (!numberOf.has(sentence.passageRank)) numberOf.set(sentence.passageRank, numberOf.size + 1);
  // A section named once for the sentences in a row under it.
  const lead = (sentence: QuotedSentence, i: number): string => (sentence.section === undefined || sentences[i - 1]?.section === sentence.section ? '' : `Under “${sentence.section}”: `);
  const text = sentences.map((sentence, i) => `${lead(sentence, i)}${sentence.text} [${numberOf.get(sentence.passageRank)}]`).join(' ');
  const citations = [...numberOf.entries()].map(([rank, n]): Citation => {
    const quoted = sentences.filter((sentence) => sentence.passageRank === rank).map((sentence) => sentence.text).join(' ');
    return { n, passage: passages[rank] as Passage, quote: shorten(quoted, maxQuoteChars) };
  });
  return { text, abstained: false, citations };
}

/**
 * The abstention, naming the question's words the corpus never mentions when there are any
 * ("…; the release never mentions “population”."), so the user sees why.
 */
function abstainText(question: string, terms: readonly WeightedTerm[], corpusName: string): string {
  const sentence = abstainSentence(corpusName);
  const unknown = new Set(terms.filter((t) => !t.inCorpus && t.carries !== false).map((t) => t.term));
  // Words as written, without a closing quote ("'UnicodeDecodeError'"); "Kazakhstan's" stays whole.
  const words = [...new Set((question.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’-]*[\p{L}\p{N}])?/gu) ?? []).filter((word) => analyzeTerms(word).some((term) => unknown.has(term))))].slice(0, 3);
  if (words.length === 0) return sentence;
  const quoted = words.map((word) => `“${word}”`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
  return `${sentence.slice(0, -1)}: it never mentions ${list}.`;
}

/**
 * For a broad question: the best sentence of each of the best passages (up to BROAD_PASSAGES,
 * those ranked at least half as well as the first), in document order, so the answer reads as an
 * overview of what the corpus says rather than one fact.
 */
function chooseBroad(terms: readonly WeightedTerm[], passages: readonly Passage[], settings: Required<ComposeOptions>): Candidate[] {
  const used = passages.slice(0, BROAD_PASSAGES).filter((passage) => passage.score >= 0.5 * (passages[0]?.score ?? 0));
  const sentences = readSentences(used, terms, settings.asksFor, (passage) => settings.termsOf(passage).sentences);
  const best = new Map<number, Candidate>();
  for (const { passageRank, start, end, text, coverage } of sentences) {
    const score = coverage - start / 10_000; // ties go to the earlier sentence: a paragraph's lead
    const current = best.get(passageRank);
    if (!current || score > current.score) best.set(passageRank, { passageRank, start, end, text, termScore: coverage, score });
  }
  const position = (c: Candidate): [string, number] => {
    const { chunk } = used[c.passageRank] as Passage;
    return [chunk.documentId, chunk.location.start + c.start];
  };
  return [...best.values()].sort((a, b) => {
    const [da, pa] = position(a);
    const [db, pb] = position(b);
    return da.localeCompare(db) || pa - pb;
  });
}

function chooseSentences(terms: readonly WeightedTerm[], passages: readonly Passage[], settings: Required<ComposeOptions>, why: boolean): Candidate[] {
  const read = readSentences(passages, terms, settings.asksFor, (passage) => settings.termsOf(passage).sentences);
  // A question that asks for a name, a time or a number is answered by sentences that hold one,
  // when some address it: "who wrote PEP 626?" is not answered by a sentence that names no one.
  // A sentence that says the version itself goes before one dated only by its section's heading.
  const typed = typedAnswers(read, terms, settings.asksFor);
  const saysItself = typed.some((s) => s.section === undefined);
  const sentences = typed.length > 0 ? read.filter((s) => s.typed && (!saysItself || s.section === undefined)) : read;
  const candidates: Candidate[] = sentences.map(({ passageRank, start, end, text, coverage, typed, section, tableRow }) => {
    const score = TERM_WEIGHT * coverage + PASSAGE_WEIGHT * (passages[passageRank] as Passage).score + (typed ? ANSWER_TYPE_BONUS : 0);
    return { passageRank, start, end, text, section, tableRow, termScore: typed ? Math.max(coverage, Number.EPSILON) : coverage, score };
  });
  const ranked = candidates.filter((c) => c.termScore > 0).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  if (!best) return [];
  const kept = withinLimit(ranked.filter((c) => c.score >= KEEP_RATIO * best.score), settings.maxSentences);
  const chosen = [...kept, ...(why ? reasonAfter(kept, read, passages) : [])].sort((a, b) => a.passageRank - b.passageRank || a.start - b.start);
  return mergeOverlaps(chosen, passages);
}

/** Rows of a table an answer may quote in place of one sentence: a row is short, and a list asked for ("what's in the box?") is often a table's rows. */
const ROWS_PER_SENTENCE = 4;

/** The candidates, best first, as far as `maxSentences` sentences allow (ROWS_PER_SENTENCE rows of a table for one). */
function withinLimit(candidates: readonly Candidate[], maxSentences: number): Candidate[] {
  const kept: Candidate[] = [];
  // Counted in rows: a sentence takes ROWS_PER_SENTENCE of them.
  let room = maxSentences * ROWS_PER_SENTENCE;
  for (const candidate of candidates) {
    const size = candidate.tableRow === true ? 1 : ROWS_PER_SENTENCE;
    if (size > room) break;
    room -= size;
    kept.push(candidate);
  }
  return kept;
}

/**
 * For a "why" question, the sentence that follows a chosen one on the same line (not another list
 * item or paragraph), when the chosen one gives no reason: the reason, or the explanation of a
 * rule, comes after it ("Please do not DM the TAs. DMs are not monitored, …"). After the best
 * sentence, whatever follows; after the others, one that gives a reason ("because…", "so
 * that…"). One sentence at most. Measured: a bonus for sentences that give a reason narrowed
 * answers to them and lost the explanation around them (What's New 3.6/3.7, held-out sets).
 */
function reasonAfter(chosen: readonly Candidate[], read: readonly ReadSentence[], passages: readonly Passage[]): Candidate[] {
  for (const [rank, candidate] of chosen.entries()) {
    if (GIVES_REASON.test(candidate.text)) continue;
    // Where the chosen text ends, with the chosen spans that overlap it (read with it) joined on.
    const end = chosen.filter((c) => c.passageRank === candidate.passageRank && c.start <= candidate.end).reduce((last, c) => Math.max(last, c.end), candidate.end);
    const { text } = (passages[candidate.passageRank] as Passage).chunk;
    // The first span read past it: the next sentence, or one read with what it leans on ("They…").
    const next = read.filter((s) => s.passageRank === candidate.passageRank && s.end > end).sort((a, b) => a.end - b.end)[0];
    if (!next) continue;
    const lead = /^\s*/u.exec(text.slice(end))?.[0] ?? '';
    if (lead.includes('\n')) continue;
    const start = Math.max(next.start, end + lead.length);
    const added = text.slice(start, next.end);
    if (rank === 0 || GIVES_REASON.test(added)) return [{ passageRank: next.passageRank, start, end: next.end, text: added, termScore: candidate.termScore, score: candidate.score }];
  }
  return [];
}

/** Joins chosen spans of one passage that overlap (a sentence read with the one it leans on, and that one). */
function mergeOverlaps(chosen: readonly Candidate[], passages: readonly Passage[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const candidate of chosen) {
    const last = merged.at(-1);
    if (last && last.passageRank === candidate.passageRank && candidate.start < last.end) {
      const end = Math.max(last.end, candidate.end);
      const text = (passages[last.passageRank] as Passage).chunk.text.slice(last.start, end);
      merged[merged.length - 1] = { ...last, end, text, score: Math.max(last.score, candidate.score) };
    } else merged.push(candidate);
  }
  return merged;
}

function firstSentence(passage: Passage): string {
  const first = passage.chunk.sentences[0];
  return first ? passage.chunk.text.slice(first.start, first.end) : passage.chunk.text;
}
