import { headingsOf, type Answer, type Passage } from '../core/index.js';
import { hasDateline, holdsAnswer, labelVersions, versionMatch, type ExpectedAnswer } from '../language/index.js';
import { citeSentences, type QuotedSentence } from './compose.js';

/** Sentences of the opening used to say what a document is about: a release's dateline, its lead and the next paragraphs' leads. */
const OVERVIEW_SENTENCES = 4;

/**
 * Answers a question about the document itself ("When was this release published?", "What is it
 * about?") from its opening passages, in reading order: for a time, the first sentence that holds
 * one (a release's dateline), and likewise for a place; for a person or a number, nothing;
 * otherwise its first sentences.
 * Undefined when the opening does not hold what is asked for, so the caller can abstain.
 */
export function answerAboutDocument(asksFor: ExpectedAnswer | undefined, opening: readonly Passage[]): Answer | undefined {
  const answerType = asksFor?.type;
  const sentences: QuotedSentence[] = opening.flatMap((passage, passageRank) =>
    passage.chunk.sentences.map(({ start, end }) => ({ passageRank, text: passage.chunk.text.slice(start, end) })),
  );
  if (answerType !== undefined && answerType !== 'time' && answerType !== 'place') return undefined;
  const chosen = asksFor ? sentences.filter((sentence) => holdsAnswer(sentence.text, asksFor)).slice(0, 1) : firstOfEachPassage(sentences).slice(0, OVERVIEW_SENTENCES);
  return chosen.length > 0 ? citeSentences(chosen, opening) : undefined;
}

/** Words a passage's lead has at least: "For immediate release" or a subheading ("Reef: revised area") leads nothing. */
const MIN_LEAD_WORDS = 6;

/**
 * One sentence per passage: its lead, the first of at least MIN_LEAD_WORDS words (else its first).
 * An overview reads better from two paragraphs' leads than from one paragraph's detail.
 */
function firstOfEachPassage(sentences: readonly QuotedSentence[]): QuotedSentence[] {
  const ranks = [...new Set(sentences.map((sentence) => sentence.passageRank))];
  return ranks.flatMap((rank) => {
    const own = sentences.filter((sentence) => sentence.passageRank === rank);
    const lead = own.find((sentence) => (sentence.text.match(/\p{L}+/gu) ?? []).length >= MIN_LEAD_WORDS) ?? own[0];
    return lead === undefined ? [] : [lead];
  });
}

/** A full date: "2026-09-15", "15 Sep 2026", "September 15, 2026". A year alone ("Unicode 2024 support") is none. */
const FULL_DATE = /(?<!\p{N})\p{N}{4}-\p{N}{2}-\p{N}{2}(?!\p{N})|\b\p{N}{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?,?\s+\p{N}{4}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\p{N}{1,2}(?:st|nd|rd|th)?,?\s+\p{N}{4}\b/iu;

/**
 * Answers when a version came out from the heading of its notes ("## 2.4.0 — 2026-09-15"): for
 * each of the passages (best first), the innermost heading above it that names a version and holds
 * a full date, each such heading once. Changelogs date a release only there. Undefined when no
 * such heading is found (a "# Release history 2019-2025" above an undated "## 2.4.0" is none).
 */
export function answerFromSectionHeading(sectionPassages: readonly Passage[]): Answer | undefined {
  const dated = new Map<string, QuotedSentence>();
  for (const [passageRank, passage] of sectionPassages.entries()) {
    const text = [...headingsOf(passage.chunk)].reverse().find((candidate) => FULL_DATE.test(candidate) && labelVersions(candidate).length > 0);
    if (text !== undefined && !dated.has(text)) dated.set(text, { passageRank, text });
  }
  // Each version asked about ("when were 2.3 and 2.4 released?", or 2.3.0 and 2.3.1 for "2.3"), once.
  return dated.size > 0 ? citeSentences([...dated.values()].slice(0, MAX_DATED_SECTIONS), sectionPassages) : undefined;
}

/** Words that say a version came out: "2.4 was released on…", "shipped", "went live", "is out". */
const SAYS_COMING_OUT = /\b(?:released?|release date|ship(?:s|ped)?|launch(?:es|ed)?|went live|goes live|(?:is|was|came) out|out now|published|tagged)\b/iu;

/**
 * True when a sentence of the passages names one of the `versions` with a date ("Lumen 2.4 was
 * released on 3 March", "2023.01.18 - GNU nano 7.2"), or says a release and when naming no version
 * ("Released on 3 March"): without a dated heading, it is what answers "when did 2.4 come out?". A
 * date among the version's notes ("keys created before 1 March"), or another version's release
 * ("3.8, which was released on 14 October 2019"), dates something else.
 */
export function saysWhenOut(sectionPassages: readonly Passage[], asksFor: ExpectedAnswer, versions: readonly string[]): boolean {
  return sectionPassages.some(({ chunk }) =>
    sentenceTexts(chunk).some((text) => {
      if (!holdsAnswer(text, asksFor)) return false;
      const written = labelVersions(text).map(({ version }) => version);
      const namesAsked = written.some((version) => versions.some((asked) => versionMatch(asked, version) > 0));
      // A sentence that names the version with a date dates it ("2023.01.18 - GNU nano 7.2 'Boo'", "v2.4.0 (2025-09-09)").
      return namesAsked || (SAYS_COMING_OUT.test(text) && written.length === 0);
    }),
  );
}

/** Words that say something was made known: "announced", "published", "put out", "unveiled". */
const SAYS_ANNOUNCED = /\b(?:announc\w*|publish\w*|put(?:s|ting)? out|unveil\w*|reveal\w*|made public)\b/iu;
/** A question of the past ("when *did* they announce…", "when *were* the fares published"). */
const ASKS_OF_PAST = /\b(?:did|was|were|has|have|had)\b/iu;
/** A question of what is to come ("when *will* the results be published"). */
const ASKS_OF_FUTURE = /\b(?:will|shall|going to|gonna|next|upcoming)\b/iu;

/** True when the question asks when something was made known ("when did they announce the new director?"), not when it will be. */
export const asksWhenAnnounced = (question: string, asksFor: ExpectedAnswer | undefined): boolean =>
  asksFor?.type === 'time' && SAYS_ANNOUNCED.test(question) && ASKS_OF_PAST.test(question) && !ASKS_OF_FUTURE.test(question);

/**
 * True when a sentence of the passages says itself when something was made known ("The figure of
 * 312,480 published in April 2025…"): it answers, rather than the date of the document it is in.
 */
export function saysWhenAnnounced(passages: readonly Passage[], asksFor: ExpectedAnswer): boolean {
  return passages.some(({ chunk }) => sentenceTexts(chunk).some((text) => SAYS_ANNOUNCED.test(text) && holdsAnswer(text, asksFor)));
}

/** Answers when a release came out from its dateline: the first sentence of its opening that opens with a date; undefined if none does. */
export function answerFromDateline(opening: readonly Passage[]): Answer | undefined {
  for (const [passageRank, passage] of opening.entries()) {
    const text = sentenceTexts(passage.chunk).find(hasDateline);
    if (text !== undefined) return citeSentences([{ passageRank, text }], opening);
  }
  return undefined;
}

/** The texts of a chunk's sentences. */
function sentenceTexts(chunk: Passage['chunk']): string[] {
  return chunk.sentences.map(({ start, end }) => chunk.text.slice(start, end));
}

/** Versions' dated headings quoted at most. */
const MAX_DATED_SECTIONS = 3;
