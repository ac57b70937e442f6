import { holdsAnswer, namesAnswerKind, type ExpectedAnswer } from './answer-type.js';
import { analyzeTerms, countsInCoverage, hasSearchTerms, termCoverage, termMatch } from './terms.js';
import { isTableRow, labelledRow, tableParts, type TablePart } from './table-rows.js';
import { sectionVersion } from './versions.js';
import type { Chunk, Passage, TextSpan, WeightedTerm } from '../core/index.js';

/**
 * Points back to the sentence before: opens with a pronoun, a contrast or a cause ("They can
 * re-index…", "This event will…", "However, if sort_dicts is false…", "Due to security concerns,
 * this has been changed…": why the sentence before is so), or says "this/these/such" within its
 * first words ("In Python 3.8 this restriction was lifted.").
 */
const LEANS_ON_PREVIOUS = /^[\s“"‘']*(?:he|she|it|they|this|these|those|his|her|its|their|however|instead|such|because|due to|owing to|as a result|therefore|thus|hence|consequently|for (?:this|that|these|those) reasons?|that is why|that['’]s why|the (?:reason|motivation))\b|^[\s“"‘']*(?:[\p{L}\p{N}.,`*_-]+\s+){1,4}(?:this|these|those|such)\b/iu;
/** Wholly in parentheses, one level of them nested inside. */
const PARENTHESISED = /^\s*\([^()]*(?:\([^()]*\)[^()]*)*\)[.\s]*$/u;
/** Wholly in square brackets: a note ("[bug introduced in coreutils-8.24]") or a label ("[Unreleased]"). */
export const BRACKETED = /^\s*\[[^[\]]*\][.\s]*$/u;
/**
 * A sentence (or paragraph) wholly in parentheses or square brackets is an aside on the one before:
 * "(Contributed by Raymond Hettinger in bpo-38200.)" says who did what that sentence says, "(See PEP
 * 594.)" where it is told, "[bug introduced in coreutils-8.24]" which release broke what it fixes.
 */
export const isAside = (text: string): boolean => PARENTHESISED.test(text) || BRACKETED.test(text);

/** A sentence that opens with a price or a number ("£55, 4 places."). */
const STARTS_WITH_FIGURE = /^[\s*_]*[$€£¥₹]?\p{N}/u;

/** The longest caption (isCaption). */
const CAPTION_CHARS = 100;

/**
 * One short line that ends with no full stop, colon or comma, is no list item or table row, and is
 * not wholly in parentheses (an aside on what came before: "(Contributed by Carl Meyer in
 * bpo-21145)"): a title of what follows ("**Warning**", "NOTE dpkg or apt?", "**PEP 615 – Support
 * for the IANA Time Zone Database**", "[Unreleased]"). A note in square brackets that closes a
 * paragraph titles nothing (readingSpans).
 */
export const isCaption = (text: string): boolean =>
  text.length <= CAPTION_CHARS &&
  !text.includes('\n') &&
  /\p{L}/u.test(text) &&
  !/[.!:;,][^\p{L}\p{N}]*$/u.test(text) &&
  !/^\s*(?:[-*+•|]|\d{1,3}[.)])\s/u.test(text) &&
  !text.includes(' | ') &&
  !isTableRow(text) &&
  !/^\s*\(.*\)\s*$/u.test(text);

/** A field and its value ("**Editor:** Pablo Galindo Salgado"): a caption the chunker keeps with what follows, but no title of it. */
const FIELD = /^[\s*_]*\p{L}[\p{L}\s]{0,30}:/u;

/** How a sentence stands to a pipe table (TablePart), with the text of a row's header row and of the line that leads into its table. */
interface TableContext {
  readonly kind: TablePart['kind'];
  readonly header?: string | undefined;
  readonly lead?: string | undefined;
}

/**
 * Each of the chunk's sentences' TableContext. A table's lead is the sentence before it that
 * announces it or is its caption; a chunk that starts in the middle of a table reads its first
 * rows under the header row the chunker carried over (Chunk.tableHeader).
 */
function tableContexts(chunk: Pick<Chunk, 'text' | 'sentences' | 'tableHeader'>): TableContext[] {
  const carried = chunk.tableHeader === undefined ? [] : [chunk.tableHeader];
  const texts = [...carried, ...chunk.sentences.map(({ start, end }) => chunk.text.slice(start, end))];
  const at = (index: number | undefined): string | undefined => (index === undefined ? undefined : texts[index]);
  return tableParts(texts, (text) => announcesNext(text) || (isCaption(text) && !FIELD.test(text)))
    .slice(carried.length)
    .map((part) => (part.kind === 'row' ? { kind: part.kind, header: at(part.header), lead: at(part.lead) } : { kind: part.kind }));
}

/**
 * How each of the chunk's sentences is read: the sentence itself, or, when it leans on the one
 * before ("Moderators are members with Manage Server. They can re-index the corpus."), that one
 * and itself. One span per sentence, in order; what answers quote and what term matching sees,
 * so that "Who can re-index?" finds "Moderators…" and the answer never starts with a bare "They".
 * (`exchanges`: the chunk's questions and replies, when the caller has read them already.)
 */
export function readingSpans(chunk: Pick<Chunk, 'text' | 'sentences'>, exchanges = questionsAndReplies(chunk)): TextSpan[] {
  const textOf = (span: TextSpan | undefined): string => (span ? chunk.text.slice(span.start, span.end) : '');
  /** True when a line break comes between sentence `j` and the one before it (or it is the first). */
  const startsLine = (j: number): boolean => j === 0 || chunk.text.slice((chunk.sentences[j - 1] as TextSpan).end, (chunk.sentences[j] as TextSpan).start).includes('\n');
  /** True when a blank line comes between sentence `j` and the one before it (or it is the first). */
  const startsParagraph = (j: number): boolean => j === 0 || /\n\s*\n/u.test(chunk.text.slice((chunk.sentences[j - 1] as TextSpan).end, (chunk.sentences[j] as TextSpan).start));
  const spans: TextSpan[] = [];
  const rows = chunk.sentences.map((sentence) => isTableRow(textOf(sentence)));
  chunk.sentences.forEach((sentence, i) => {
    // A table's row is read on its own (its header's and lead's words join it in readingTerms), and
    // nothing leans on a row: "They are elected each May." after a table is not about its last row.
    if (rows[i] === true) {
      spans.push(sentence);
      return;
    }
    const previous = rows[i - 1] === true ? undefined : chunk.sentences[i - 1];
    // A sentence is also read with the caption on the line before it: "PEP written and implemented
    // by Paul Ganssle" under "**PEP 615 – Support for the IANA Time Zone Database…**".
    // Not a note that closes a paragraph ("…destination.\n  [bug introduced in coreutils-8.24]"):
    // it is on the lines before it, no title of what follows.
    const closesParagraph = i >= 2 && isAside(textOf(previous)) && !startsParagraph(i - 1);
    const underCaption = previous !== undefined && isCaption(textOf(previous)) && !FIELD.test(textOf(previous)) && startsLine(i) && !closesParagraph;
    // A price or a number that goes on the same line ("Beginner Welding with Ruth Adeyemi. £55, 4
    // places.") says it of the sentence before.
    const continuesLine = previous !== undefined && STARTS_WITH_FIGURE.test(textOf(sentence)) && !LIST_OR_CODE.test(textOf(sentence)) && !startsLine(i);
    const leans = LEANS_ON_PREVIOUS.test(textOf(sentence)) || isAside(textOf(sentence)) || underCaption || continuesLine;
    let start = previous && leans ? previous.start : sentence.start;
    // An aside is on what it follows as a whole: "(Contributed by Taneli Hukkinen…)" after "- `tomllib`:
    // For parsing TOML. See PEP 680…" is on the list item from its start, and one split over two
    // sentences ("(Contributed by Ken Jin… PEP written by Eric Traut.)") on what the first is on.
    const previousSpan = previous === undefined ? undefined : spans[i - 1];
    if (previous && previousSpan && leftOpen(textOf(previous))) start = Math.min(start, previousSpan.start);
    else if (previousSpan && OPENS_ASIDE.test(textOf(sentence))) {
      start = Math.min(start, asideStart(i, previousSpan));
      // A code block it follows may be read with the sentence that announces it ("…the exception was
      // raised from:" and its example): "(Contributed by Pablo Galindo…)" after the block is on all
      // of it. Not a list: an aside after its last item is on that item alone.
      if (previous && CODE_FENCE.test(textOf(previous))) {
        for (const span of spans.slice(0, i - 1)) if (span.end >= previous.end) start = Math.min(start, span.start);
      }
    }
    // A list item's later sentences are read with its first where that is a short label of what the
    // item is about: "- **Weekend**: £18 per month. Access on Saturdays and Sundays from 10:00 to 18:00 only."
    else if (previousSpan) {
      const first = lineStart(i);
      const label = textOf(chunk.sentences[first]);
      if (first < i && LIST_OR_CODE.test(label) && label.length <= MAX_LABEL_CHARS) start = Math.min(start, (chunk.sentences[first] as TextSpan).start);
    }
    // A question and its marked reply are read together, both ways: "Q: I lost my keycard!" with
    // "A: Tell the membership secretary…", so an answer quotes the reply, not the question alone.
    const exchange = exchanges[i];
    if (exchange?.reply === i) start = Math.min(start, exchange.question.start);
    let last = exchange && exchange.reply > i ? exchange.reply : i;
    // A sentence that ends with a colon is read with what it announces: the list items or code
    // block after it, else the next sentence ("The motivation is multifold:" and its reasons).
    // Not a table it leads into: each row is read with it instead (readingTerms).
    if (announcesNext(textOf(sentence)) && i + 1 < chunk.sentences.length && rows[i + 1] !== true) {
      last = i + 1;
      if (LIST_OR_CODE.test(textOf(chunk.sentences[last]))) {
        while (last - i < MAX_ANNOUNCED && LIST_OR_CODE.test(textOf(chunk.sentences[last + 1]))) last += 1;
      }
    }
    const end = (chunk.sentences[last] as TextSpan).end;
    spans.push(start === sentence.start && end === sentence.end ? sentence : { start, end });
  });
  return spans;

  /** The first sentence on sentence `i`'s line, when it is at most MAX_ASIDE_BACK back; else `i`. */
  function lineStart(i: number): number {
    for (let first = i; first >= 0 && i - first <= MAX_ASIDE_BACK; first -= 1) if (startsLine(first)) return first;
    return i;
  }

  /** Where the aside at sentence `i` starts being read: its line's first sentence, else what the sentence before is read with. */
  function asideStart(i: number, previousSpan: TextSpan): number {
    const first = lineStart(i);
    if (first < i) return (chunk.sentences[first] as TextSpan).start;
    // A note in square brackets on a line of its own closing a paragraph is on all of it (a NEWS
    // entry): "cp now correctly copies files with a hole… That combination resulted in… [bug
    // introduced in coreutils-8.10]".
    if (BRACKETED.test(textOf(chunk.sentences[i]))) {
      for (let back = i - 1; back >= 0 && i - back <= MAX_ASIDE_BACK; back -= 1) {
        if (startsParagraph(back)) return Math.min(previousSpan.start, (chunk.sentences[back] as TextSpan).start);
      }
    }
    return previousSpan.start;
  }
}

/**
 * A sentence that opens with a parenthesis, or with a square bracket it does not close before going
 * on ("[ Reported by RyotaK. Additional thanks to …]"; not "[2026-11-10] posted by…"): an aside on
 * what came before.
 */
const OPENS_ASIDE = /^\s*(?:\(|\[(?![^\]]*\]\s*[^\s.]))/u;
/**
 * A square bracket opened where a sentence may start, before a letter, and not closed: "… source.
 * [ Reported by RyotaK." (not "ESC-[.", "[a, b)", "the [ builtin").
 */
const OPENS_BRACKET_ASIDE = /(?:^|[.!?]["”’')]*\s+)\[(?:\s*\p{L}[^\]]*)?\s*$/u;
/** How many times the pattern occurs in the text. */
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;
/** True when the text opens more parentheses than it closes, or a square bracket as an aside (OPENS_BRACKET_ASIDE): the next sentence goes on with its aside. */
const leftOpen = (text: string): boolean => count(text, /\(/gu) > count(text, /\)/gu) || OPENS_BRACKET_ASIDE.test(text);
/** The longest first sentence of a list item that labels the rest of it ("- **Weekend**: £18 per month."). */
const MAX_LABEL_CHARS = 60;
/** Sentences of its line an aside reads back over, at most. */
const MAX_ASIDE_BACK = 3;

/** A question in an exchange: marked "Q:" / "Question:", or ending with "?". */
const QUESTION_MARK = /^[\s*_]*(?:Q|Question)\s*:/u;
const ENDS_WITH_QUESTION_MARK = /\?[\s"”’')*_]*$/u;
/** A reply marked as one: "A: Tell the membership secretary…". */
const ANSWER_MARK = /^[\s*_]*(?:A|Answer)\s*:/u;
/** Sentences a question may run to ("Q: I forgot my password. What do I do?"). */
const MAX_QUESTION_SENTENCES = 3;

/** A question and the first sentence of its marked reply (indices into the chunk's sentences). */
interface Exchange {
  readonly question: TextSpan;
  readonly reply: number;
}

/**
 * For each sentence of a question-and-answer exchange ("Q: …?" then "A: …"), the exchange: the
 * question's sentences (back from the "A:" mark to a "Q:" mark, or those ending with "?") and the
 * reply's first sentence. Only a marked reply makes one: "See How do I…?" in prose is no question.
 */
function questionsAndReplies(chunk: Pick<Chunk, 'text' | 'sentences'>): (Exchange | undefined)[] {
  const textOf = (j: number): string => {
    const span = chunk.sentences[j];
    return span ? chunk.text.slice(span.start, span.end) : '';
  };
  const found: (Exchange | undefined)[] = chunk.sentences.map(() => undefined);
  chunk.sentences.forEach((sentence, reply) => {
    if (!ANSWER_MARK.test(textOf(reply))) return;
    let first = reply;
    for (let j = reply - 1; j >= Math.max(0, reply - MAX_QUESTION_SENTENCES); j -= 1) {
      if (QUESTION_MARK.test(textOf(j))) {
        first = j; // a marked question starts at its mark
        break;
      }
      if (!ENDS_WITH_QUESTION_MARK.test(textOf(j))) break; // an unmarked one is the "?" sentences before the reply
      first = j;
    }
    if (first === reply) return;
    const exchange = { question: { start: (chunk.sentences[first] as TextSpan).start, end: (chunk.sentences[reply - 1] as TextSpan).end }, reply };
    for (let j = first; j <= reply; j += 1) found[j] = exchange;
  });
  return found;
}

/** List items read with the sentence that announces them, at most (their terms would otherwise all count as its). */
const MAX_ANNOUNCED = 3;
/** True when the text ends with a colon: it announces what follows ("The motivation is multifold:", "Do this:"). */
export const announcesNext = (text: string): boolean => /:\s*$/u.test(text);
/** A list item ("- …", "* …", "1. …") or a fenced code block. */
const LIST_OR_CODE = /^\s*(?:[-*+]\s|\d{1,3}[.)]\s|```|~~~)/u;
/** A fenced code block. */
const CODE_FENCE = /^\s*(?:```|~~~)/u;

/**
 * The terms of each of the chunk's sentences as read (readingSpans), under the chunk's heading;
 * a sentence of a marked reply also under its question, as under a heading ("A replacement card
 * costs £15" answers "Q: I lost my keycard!").
 */
export function readingTerms(chunk: Pick<Chunk, 'text' | 'sentences' | 'heading' | 'tableHeader'>): Set<string>[] {
  const headingTerms = analyzeTerms(chunk.heading ?? '');
  const exchanges = questionsAndReplies(chunk);
  const questions = repliedQuestions(chunk, exchanges);
  // A table's row is read under its header row and the sentence that leads into the table, as under
  // a heading: "| Pawns | Colm Rafferty | 10 |" under "Each session is split into two groups:" and
  // "| Group | Led by | Maximum size |" names a group, who leads it and its size.
  const tables = tableContexts(chunk);
  return readingSpans(chunk, exchanges).map(({ start, end }, i) => {
    const question = questions[i];
    const questionTerms = question ? analyzeTerms(chunk.text.slice(question.start, question.end)) : [];
    const table = tables[i];
    const tableTerms = table?.kind === 'row' ? analyzeTerms(`${table.header ?? ''}\n${table.lead ?? ''}`) : [];
    return new Set([...headingTerms, ...tableTerms, ...questionTerms, ...analyzeTerms(chunk.text.slice(start, end))]);
  });
}

/**
 * For each sentence, the question it replies to when it belongs to a marked reply: from the "A:"
 * sentence to the end of its paragraph (a blank line) or the next question.
 */
function repliedQuestions(chunk: Pick<Chunk, 'text' | 'sentences'>, exchanges: readonly (Exchange | undefined)[]): (TextSpan | undefined)[] {
  let question: TextSpan | undefined;
  return chunk.sentences.map((sentence, i) => {
    const previous = chunk.sentences[i - 1];
    const exchange = exchanges[i];
    const text = chunk.text.slice(sentence.start, sentence.end);
    if (exchange) question = exchange.reply === i ? exchange.question : undefined;
    else if (QUESTION_MARK.test(text) || ENDS_WITH_QUESTION_MARK.test(text) || (previous && /\n\s*\n/u.test(chunk.text.slice(previous.end, sentence.start)))) question = undefined;
    return question;
  });
}

/** One sentence of a passage as read, and how it bears on a question. */
export interface ReadSentence extends TextSpan {
  /** Index of its passage in the passages given. */
  readonly passageRank: number;
  readonly text: string;
  /** Share of the question's term weight the sentence holds (termCoverage). */
  readonly coverage: number;
  /** True when it holds what the question asks for (holdsAnswer); false when it asks for nothing in particular. */
  readonly typed: boolean;
  /** Its terms as read (readingTerms: with its heading and the question it replies to). */
  readonly terms: ReadonlySet<string>;
  /**
   * The terms (as read) of the sentence before it in the same paragraph, which it may lean on ("The
   * First President…" after "Nazarbayev…"); undefined for a paragraph's or list item's first.
   */
  readonly before: ReadonlySet<string> | undefined;
  /**
   * The heading that holds what the question asks for when the sentence does not: the version a
   * change came in, from the section it is listed under (sectionVersion). An answer quotes it.
   */
  readonly section?: string;
  /** True for a row of a table (quoted with its column headers: labelledRow). */
  readonly tableRow?: boolean;
}

/** Least share of the question a sentence holds for the version of its section to answer it (ReadSentence.section): a majority. */
const SECTION_COVERAGE = 0.5;

/**
 * Every sentence of the passages, as read, with its coverage of the question's terms and whether
 * it holds the answer type. `termsOf` gives a passage's readingTerms (the engine keeps them from
 * load time).
 */
export function readSentences(
  passages: readonly Passage[],
  terms: readonly WeightedTerm[],
  asksFor: ExpectedAnswer | undefined,
  termsOf: (passage: Passage) => readonly ReadonlySet<string>[],
): ReadSentence[] {
  return passages.flatMap((passage, passageRank) => {
    const sentenceTerms = termsOf(passage);
    const spans = readingSpans(passage.chunk);
    const tables = tableContexts(passage.chunk);
    const listedUnder = asksFor?.byVersion === true ? sectionVersion(passage.chunk, asksFor.product) : undefined;
    // A version the question names is none it asks for ("what did 2.4 fix, and since when?").
    const dated = listedUnder !== undefined && asksFor !== undefined && !asksFor.given.has(listedUnder.version) ? listedUnder.heading : undefined;
    return spans.map(({ start, end }, i) => {
      // A table's row (read on its own) is quoted with its column headers ("Role: Treasurer · Name:
      // Priya Raman"); its header row answers nothing itself: the rows are read under it.
      const table = tables[i];
      const tableRow = table?.kind === 'row';
      const spanText = passage.chunk.text.slice(start, end);
      const text = tableRow ? labelledRow(spanText, table.header) : spanText;
      const own = sentenceTerms[i] ?? new Set<string>();
      const coverage = table?.kind === 'header' ? 0 : termCoverage(terms, own);
      // A sentence leans only on the one before it in the same paragraph: not across a line break
      // (another list item, another paragraph).
      const previous = spans[i - 1];
      const leans = previous !== undefined && !passage.chunk.text.slice(previous.end, start).includes('\n');
      const holds = asksFor !== undefined && holdsAnswer(text, asksFor);
      // The heading gives only the version: the sentence must say most of what was asked, not share a word with it.
      const section = !holds && coverage >= SECTION_COVERAGE ? dated : undefined;
      return {
        passageRank, start, end, text, coverage, typed: holds || section !== undefined, terms: own, before: leans ? sentenceTerms[i - 1] : undefined,
        ...(section !== undefined && { section }),
        ...(tableRow && { tableRow }),
      };
    });
  });
}

/**
 * A sentence addresses the question when it holds at least this share of what the best sentence
 * (of the passages read, or of one chunk for retrieval's answer-type bonus) holds. Measured on
 * both evaluation sets: answerable "who/when/how many" questions have a typed
 * sentence at 0.8 of the best or more; "Who won the presidential election?" only at 0.5 (the
 * sentence about the election names no one; the one that names Tokayev shares only "elections").
 */
export const ADDRESSES_RATIO = 0.65;

/**
 * The sentences that hold what the question asks for (a name for "who…") and address it: empty
 * when none does, and then the passages do not answer it. A word that names the kind of answer
 * asked for ("in *total*", "how much does the job *pay*") counts only in a sentence that holds
 * such an answer ("The expedition *cost* £1.9 million"): one that only says the word ("whatever
 * your overall total", "on full pay") addresses the question no better for it.
 */
export function typedAnswers(sentences: readonly ReadSentence[], terms: readonly WeightedTerm[], asksFor?: ExpectedAnswer): ReadSentence[] {
  const kindWords = asksFor === undefined ? [] : terms.filter((t) => countsInCoverage(t) && namesAnswerKind(t.written?.word ?? t.term, asksFor.type));
  const total = terms.reduce((sum, t) => sum + (countsInCoverage(t) ? t.weight : 0), 0);
  const kindShare = (s: ReadSentence): number => (total === 0 ? 0 : kindWords.reduce((sum, t) => sum + t.weight * termMatch(t, s.terms), 0) / total);
  const coverageOf = (s: ReadSentence): number => (s.typed ? s.coverage : s.coverage - kindShare(s));
  const coverage = new Map(sentences.map((s) => [s, coverageOf(s)]));
  const bestCoverage = Math.max(0, ...coverage.values());
  // A question with no word to search for ("what day did 1.4 come out": its version chose the
  // passages) is addressed by every sentence of the passages found for it.
  const searched = hasSearchTerms(terms);
  return sentences.filter((s) => s.typed && (!searched || (s.coverage > 0 && s.coverage >= ADDRESSES_RATIO * bestCoverage)));
}
