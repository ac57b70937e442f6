import { DocentError, type Passage } from '../core/index.js';
import type { AskOptions } from './ask.js';
import type { Engine } from './engine.js';
import { isAnswerable, type EvalQuestion } from './eval-set.js';
import { percentile } from './stats.js';

/** Quality and speed figures of one configuration over an evaluation set. */
export interface EvalReport {
  readonly label: string;
  readonly answerable: number;
  readonly unanswerable: number;
  /** Share of answerable questions whose supporting passage is ranked first / in the top 3. */
  readonly recallAt1: number;
  readonly recallAt3: number;
  readonly mrr: number;
  /** Share of questions with documents whose answering document is the first passage's / among the top 5 passages'. */
  readonly documentAt1: number;
  readonly documentAt5: number;
  /** Share of answerable questions whose answer contains an expected string. */
  readonly answerHit: number;
  /** Of the questions abstained on, the share the release really does not answer. */
  readonly abstentionPrecision: number;
  /** Of the questions the release does not answer, the share abstained on. */
  readonly abstentionRecall: number;
  /** Of the answerable questions, the share wrongly abstained on. */
  readonly falseAbstention: number;
  readonly latencyMs: { p50: number; p95: number };
  readonly failures: EvalFailure[];
}

/** A question that missed, and how. */
export interface EvalFailure {
  readonly question: string;
  readonly problems: string[];
  readonly answer: string;
}

/** Text with each run of white space as one space: a hard-wrapped FAQ's sentence reads as written on one line. */
const oneLine = (text: string): string => text.replace(/\s+/gu, ' ');

/** Rank (1-based) of the first passage containing a supporting text (white space aside), or 0. */
function supportRank(passages: readonly Passage[], support: readonly string[]): number {
  const wanted = support.map(oneLine);
  const index = passages.findIndex(({ chunk }) => {
    const text = oneLine(chunk.text);
    return wanted.some((sentence) => text.includes(sentence));
  });
  return index + 1;
}

/** Rank (1-based) of the first passage from one of the documents, or 0. */
function documentRank(passages: readonly Passage[], documents: readonly string[]): number {
  return passages.findIndex(({ chunk }) => documents.includes(chunk.documentId)) + 1;
}

const share = (count: number, total: number): number => (total > 0 ? count / total : 0);

/** Asks every question of the set with `options` and measures the answers. */
export async function evaluate(engine: Engine, questions: readonly EvalQuestion[], options: AskOptions = {}, label = 'fused'): Promise<EvalReport> {
  let [at1, at3, reciprocal, hits, abstainedRight, abstainedWrong, docAt1, docAt5] = [0, 0, 0, 0, 0, 0, 0, 0];
  const latencies: number[] = [];
  const failures: EvalFailure[] = [];
  const known = new Set(engine.index.chunks.map((chunk) => chunk.documentId));
  const unknown = [...new Set(questions.flatMap((q) => q.documents ?? []))].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new DocentError('BAD_QUERY', `The evaluation set names documents the corpus does not hold: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}.`);
  }
  const answerable = questions.filter(isAnswerable);
  const withDocuments = questions.filter((q) => q.documents).length;
  const withExpected = questions.filter((q) => q.expected).length;
  for (const item of questions) {
    const { response, passages } = await engine.askWithDetails(item.question, options);
    latencies.push(response.timingsMs.total);
    const problems: string[] = [];
    if (!isAnswerable(item)) {
      if (response.abstained) abstainedRight += 1;
      else problems.push('answered, but the release does not say');
    } else {
      if (response.abstained) {
        abstainedWrong += 1;
        problems.push('abstained, but the release answers it');
      }
      const support = item.support ?? item.expected;
      const rank = support ? supportRank(passages, support) : documentRank(passages, item.documents ?? []);
      if (rank === 1) at1 += 1;
      if (rank >= 1 && rank <= 3) at3 += 1;
      if (rank > 0) reciprocal += 1 / rank;
      if (rank !== 1) problems.push(rank === 0 ? 'supporting passage not retrieved' : `supporting passage ranked ${rank}`);
      if (item.documents) {
        const docRank = documentRank(passages, item.documents);
        if (docRank === 1) docAt1 += 1;
        if (docRank >= 1 && docRank <= 5) docAt5 += 1;
      }
      const answer = oneLine(response.answer.toLowerCase());
      if (item.expected) {
        if (!response.abstained && item.expected.some((text) => answer.includes(oneLine(text.toLowerCase())))) hits += 1;
        else if (!response.abstained) problems.push(`answer lacks "${item.expected[0]}"`);
      }
    }
    if (problems.length > 0) failures.push({ question: item.question, problems, answer: response.answer });
  }
  const unanswerable = questions.length - answerable.length;
  return {
    label,
    answerable: answerable.length,
    unanswerable,
    recallAt1: share(at1, answerable.length),
    recallAt3: share(at3, answerable.length),
    mrr: share(reciprocal, answerable.length),
    documentAt1: share(docAt1, withDocuments),
    documentAt5: share(docAt5, withDocuments),
    answerHit: share(hits, withExpected),
    abstentionPrecision: share(abstainedRight, abstainedRight + abstainedWrong),
    abstentionRecall: share(abstainedRight, unanswerable),
    falseAbstention: share(abstainedWrong, answerable.length),
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95) },
    failures,
  };
}
