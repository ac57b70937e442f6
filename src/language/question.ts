import type { WeightedTerm } from '../core/index.js';
import { expectedAnswerType, type AnswerType, type ExpectedAnswer } from './answer-type.js';
import { likeliestTag } from './alternatives.js';
import { DOCUMENT_NOUNS, DOCUMENT_RECENCY, POINTED_NOUN, analyzeTerms } from './terms.js';

/** A question analysed once, as retrieval, evidence and composition all read it. */
export interface AnalyzedQuestion {
  readonly text: string;
  /** Its terms, weighed by the live index (TermStats.weigh), with the corpus's alternatives for words it lacks. */
  readonly terms: readonly WeightedTerm[];
  /** What kind of answer it asks for, if its wording says so, and what an answer must add to it. */
  readonly asksFor: ExpectedAnswer | undefined;
  /** Words that point at the document itself ("this release", "when was it published"). */
  readonly documentReferences: readonly string[];
  /** True when it asks about the document rather than its content: it has nothing else to search for. */
  readonly aboutDocument: boolean;
  /** True for a broad question ("what did they discuss?", "tell me about the seminar"): answered by several passages. */
  readonly broad: boolean;
  /**
   * The term of the attribute it asks for by name ("what *brand* are the printers", "what is the
   * *cost* of the seminar"): the passages that answer must say it, not only their documents.
   */
  readonly attribute?: string;
  /** The acronym a question asks to spell out ("what does CICA stand for?") when no phrase of the corpus has its initials. */
  readonly unspelledAcronym?: string;
}

/**
 * Forms of English questions that ask for an overview rather than one fact: "tell me about…",
 * "what did they discuss / talk about / say?", "the key points", "summarise…", "what is … about?".
 */
const BROAD = [
  /\btell me (?:about|more)\b/iu,
  // What it is asked of ("the ldap directory section") is a subject to search, not a word that asks.
  // "…say overall?", "…talk about in general?": a closing word that only widens the question.
  /\bwhat (?:did|do|does|was|were|is|are)\b(?<subject>.*)\b(?:discuss(?:ed)?|talk(?:ed)?|cover(?:ed)?|say|said|agree(?:d)?|mention(?:ed)?)(?: about)?(?: overall| in general| in short| basically| mainly| mostly)?\s*\??$/iu,
  /\b(?:key|main|important) (?:points?|takeaways?|topics?|issues?|messages?)\b/iu,
  /\b(?:summar(?:y|ise|ize)|overview|tl;?\s?dr|gist|recap|nutshell|rundown|lowdown)\b/iu,
  // "the background on the seminar", "any backstory?": not a background check, music or colour.
  /\b(?:the|some|any|more)\s+(?:background|backstory)(?:\s+(?:info|information))?(?:\s+(?:on|of|to|about)\b|\W*$)/iu,
  // "any info on the seminar?", "details about the visit?" as the whole request, as "tell me about";
  // not "what information about me do you store?".
  /^\W*(?:(?:any|some|more|got|need|want|get)\s+)?(?:info|information|details)\s+(?:on|about)\b/iu,
  /^\s*what(?:'s| is| was) (?:it|this|that)(?: \w+)? about\s*\??$/iu,
  /\babout\s*\??$/iu,
];


/** True when the question points at the newest of the documents ("the latest release", "the most recent announcement"). */
export function pointsAtNewest(text: string): boolean {
  return pointsAtDocument(text) && analyzeTerms(text).some((term) => DOCUMENT_RECENCY.has(term));
}

/** True when the question points at a document (AnalyzedQuestion.pointsAtDocument): a noun for one, not the first word of a compound ("the release manager"). */
export function pointsAtDocument(text: string): boolean {
  return [...text.matchAll(POINTED_NOUN)].some(([, noun = '', next]) => DOCUMENT_NOUNS.has(analyzeTerms(noun)[0] ?? '') && (next === undefined || !likeliestTag(next.toLowerCase())?.startsWith('NN')));
}

/** The terms of the words that ask for the overview ("key", "points" in "what are the key points?"): they name nothing to search for. */
export function overviewWords(text: string): ReadonlySet<string> {
  return new Set(
    BROAD.flatMap((pattern) => {
      const match = pattern.exec(text);
      const subject = match?.groups?.['subject'] ?? '';
      // A subject that only points at the document or a part of it ("this chapter", "the article") asks for the overview too.
      const pointers = analyzeTerms(subject).filter((term) => DOCUMENT_NOUNS.has(term) || DOCUMENT_PARTS.has(term));
      return [...analyzeTerms((match?.[0] ?? '').replace(subject, ' ')), ...pointers];
    }),
  );
}

/** Parts of a document a question may point at instead of naming a subject ("what does this chapter cover?"). */
const DOCUMENT_PARTS: ReadonlySet<string> = new Set(analyzeTerms('chapter section page part paragraph guide manual handbook doc docs text'));

/** True when the question asks for an overview (see BROAD); `answerType` when already read (expectedAnswerType). */
export function isBroadQuestion(text: string, answerType: AnswerType | undefined = expectedAnswerType(text)): boolean {
  return BROAD.some((pattern) => pattern.test(text)) && answerType === undefined;
}

/** "what's the headline?", "the title of this article", "what is it called?": the question asks for a document's title. */
const ASKS_FOR_TITLE = /\b(?:headline|title)\b|\bwhat(?:['’]?s| is| was) (?:it|this|that)(?: \w+)? (?:called|titled|named)\b/iu;

/** True when a question about the document asks for its title (see ASKS_FOR_TITLE). */
export const asksForTitle = (text: string): boolean => ASKS_FOR_TITLE.test(text);
