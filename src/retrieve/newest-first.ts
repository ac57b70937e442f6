import type { Chunk, Passage } from '../core/index.js';
import { ADDRESSES_RATIO, entryDate, readSentences, type AnalyzedQuestion, type ReadSentence, type TermStats } from '../language/index.js';

/**
 * A question that asks how things stand now ("who's league sec *now*", "which room *atm*", "is it
 * *still* £55"): one who asks so expects that things changed, and a later statement to say how.
 */
const ASKS_HOW_THINGS_STAND = /\b(?:now|nowadays|currently|current|atm|rn|these days|at the moment|at present|still|any ?more|latest|as of (?:today|now))\b/iu;

/**
 * A question about the past or the first of something ("what did it *use to* cost", "when was it
 * *first* held", "the *previous* captain"): an older statement answers it as well as a newer one.
 */
const ASKS_OF_THE_PAST = /\b(?:originally|used to|use to|formerly|previous(?:ly)?|before|first|old|earlier|initially)\b/iu;

/** Terms a later statement shares with the earlier one it updates, at least. */
const RESTATED_TERMS = 2;

const sharedTerms = (a: ReadonlySet<string>, b: ReadonlySet<string>): number => [...a].filter((term) => b.has(term)).length;

/** The date of the log entry a passage is, from the first line of its text or its nearest heading (entryDate). */
export function passageEntryDate(chunk: Chunk): string | undefined {
  const firstLine = chunk.text.trimStart().split('\n', 1)[0] ?? '';
  return entryDate(firstLine) ?? (chunk.heading === undefined ? undefined : entryDate(chunk.heading));
}

/**
 * The passages with the newest statement of what is asked first, when a later one updates an
 * earlier: an announcement dated 2026-09-29 ("From 6 October, club nights will be held in the Oak
 * Room") answers "which room is club night in?" over the club's page ("We meet in the Garden
 * Room"), however much better the page matched.
 *
 * A passage supersedes when it is the dated log entry (passageEntryDate) that addresses the
 * question best, nearly as well as the best sentence of all (ADDRESSES_RATIO, holding the answer
 * type when one is asked), restates what the first passage above it says, and is newer than every
 * passage ranked above it that addresses the question too: an older entry, or an undated passage
 * of another document (a page that an announcement updates). A release (one dateline, no dated
 * entries) states all its paragraphs on its dateline's date: a later release updates an earlier
 * one. Within one document, undated passages are not taken as older. Only for a question of how
 * things stand now (ASKS_HOW_THINGS_STAND): measured on every set, without that word newer log
 * entries (a changelog's, a club's) displaced as many right answers as they gave, and so did a
 * newer passage that says it changes things ("is now estimated at…", "instead", "postponed").
 * Not for a question of the past or of a first, nor for which version
 * did something, which the older statement answers.
 */
export function newestStatementFirst(
  question: Pick<AnalyzedQuestion, 'text' | 'terms' | 'asksFor'>,
  passages: readonly Passage[],
  index: Pick<TermStats, 'termsOf'>,
  /** The date a release states each of its paragraphs on (releaseDate); undefined for other documents. */
  statedOn: (chunk: Chunk) => string | undefined = () => undefined,
): readonly Passage[] {
  if (passages.length < 2 || !ASKS_HOW_THINGS_STAND.test(question.text) || ASKS_OF_THE_PAST.test(question.text)) return passages;
  const { asksFor } = question;
  if (asksFor?.type === 'version' || asksFor?.byVersion === true) return passages;
  const entryDates = passages.map((passage) => passageEntryDate(passage.chunk));
  const releaseDates = passages.map((passage) => statedOn(passage.chunk));
  if (![...entryDates, ...releaseDates].some((date) => date !== undefined)) return passages;
  const read = readSentences(passages, question.terms, asksFor, (passage) => index.termsOf(passage.chunk).sentences);
  const best = Math.max(0, ...read.map((sentence) => sentence.coverage));
  if (best === 0) return passages;
  // Each passage's best sentence that addresses the question, by rank.
  const bestSentence = new Map<number, ReadSentence>();
  for (const s of read) {
    if (s.coverage >= ADDRESSES_RATIO * best && (asksFor === undefined || s.typed) && s.coverage > (bestSentence.get(s.passageRank)?.coverage ?? -1)) bestSentence.set(s.passageRank, s);
  }
  const addressing = [...bestSentence.keys()].sort((a, b) => a - b);
  const coverage = (rank: number): number => bestSentence.get(rank)?.coverage ?? 0;
  // The dated passage that addresses the question best; of two alike, the newer, then the better ranked:
  // "Thank you for coming to the rapidplay… in the Oak Room" does not say where club night is.
  const bestDated = (ranks: readonly number[], dateOf: (rank: number) => string | undefined): number | undefined => {
    let found: number | undefined;
    for (const rank of ranks) {
      const date = dateOf(rank);
      if (date === undefined) continue;
      if (found === undefined || coverage(rank) > coverage(found) || (coverage(rank) === coverage(found) && date > (dateOf(found) as string))) found = rank;
    }
    return found;
  };
  // The passages with the one at `rank` first, if it is newer than every passage above it that
  // addresses the question (as `dateOf` dates them; an undated one of another document is older)
  // and restates what the first of them says ("Saturday junior sessions will run from 10:30" after
  // "Junior sessions run on Saturdays from 10:00"), not another fact that shares the question's few
  // words ("The class average was 81%" is no update of "Grades are not curved").
  const promoted = (rank: number, dateOf: (rank: number) => string | undefined): readonly Passage[] => {
    const date = dateOf(rank) as string;
    const own = (passages[rank] as Passage).chunk.documentId;
    const above = addressing.filter((other) => other < rank);
    const supersedes = above.every((other) => {
      const otherDate = dateOf(other);
      return otherDate !== undefined ? otherDate < date : (passages[other] as Passage).chunk.documentId !== own;
    });
    const replaced = above[0] === undefined ? undefined : bestSentence.get(above[0]);
    const restates = replaced !== undefined && sharedTerms((bestSentence.get(rank) as ReadSentence).terms, replaced.terms) >= RESTATED_TERMS;
    if (!supersedes || !restates) return passages;
    // It takes the first place and its score: answers weigh sentences by their passage's score.
    const first = { ...(passages[rank] as Passage), score: (passages[0] as Passage).score };
    return [first, ...passages.filter((_, other) => other !== rank)];
  };
  // Log entries first, as they always were: the best, unless it is first already.
  const entry = bestDated(addressing, (rank) => entryDates[rank]);
  if (entry !== undefined) return entry === 0 ? passages : promoted(entry, (rank) => entryDates[rank]);
  // Then releases: the best below the first, against every passage above it dated as an entry, a
  // release or, for another page, its document's date ("Last updated: 10 June 2026" is newer than
  // a release of 2025).
  const release = bestDated(addressing.filter((rank) => rank > 0), (rank) => releaseDates[rank]);
  return release === undefined ? passages : promoted(release, (rank) => entryDates[rank] ?? releaseDates[rank] ?? (passages[rank] as Passage).chunk.date);
}
