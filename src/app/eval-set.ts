import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DocentError, sha256 } from '../core/index.js';

const questionSchema = z.object({
  question: z.string().min(1),
  /** Any of these (case-insensitive) in the answer counts as a hit. */
  expected: z.array(z.string().min(1)).min(1).optional(),
  /** Text of the passage(s) that answer the question. */
  support: z.array(z.string().min(1)).min(1).optional(),
  /** Documents (paths relative to the corpus folder) that answer the question. */
  documents: z.array(z.string().min(1)).min(1).optional(),
});

/** Report figures a set may hold to a floor or a ceiling (shares from 0 to 1). */
export const TARGET_METRICS = ['recallAt1', 'recallAt3', 'mrr', 'documentAt1', 'documentAt5', 'answerHit', 'abstentionPrecision', 'abstentionRecall', 'falseAbstention'] as const;
/** One of TARGET_METRICS. */
export type TargetMetric = (typeof TARGET_METRICS)[number];
const targetsSchema = z.partialRecord(z.enum(TARGET_METRICS), z.number().min(0).max(1));

const evalSetSchema = z.object({
  description: z.string().optional(),
  /** The corpus folder the set is asked of, relative to the set's file; absent: the configured corpus. */
  corpus: z.string().min(1).optional(),
  /** Lowest acceptable figures of the shipped configuration: `docent eval` exits 1 below one. */
  floors: targetsSchema.optional(),
  /** Highest acceptable figures (such as falseAbstention). */
  ceilings: targetsSchema.optional(),
  questions: z.array(questionSchema).min(1),
});

/** One question of an evaluation set. A question with none of expected, support or documents is one the corpus does not answer. */
export type EvalQuestion = z.infer<typeof questionSchema>;

/** An evaluation set as read from its file. */
export interface EvalSet {
  readonly file: string;
  readonly questions: EvalQuestion[];
  /** Absolute path of the corpus it is asked of, when the set names one. */
  readonly corpus: string | undefined;
  readonly floors: Partial<Record<TargetMetric, number>>;
  readonly ceilings: Partial<Record<TargetMetric, number>>;
}

/** True when the corpus answers the question (the set gives an answer, a passage or a document for it). */
export const isAnswerable = (q: EvalQuestion): boolean => Boolean(q.expected ?? q.support ?? q.documents);

/** Reads and validates an evaluation set file. */
export async function loadEvalSet(file: string): Promise<EvalSet> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DocentError('BAD_QUERY', `Cannot read the evaluation set ${file}: ${(error as Error).message}`, { cause: error });
  }
  const parsed = evalSetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DocentError('BAD_QUERY', `The evaluation set ${file} is invalid at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  const corpus = parsed.data.corpus === undefined ? undefined : path.resolve(path.dirname(file), parsed.data.corpus);
  return { file, questions: parsed.data.questions, corpus, floors: parsed.data.floors ?? {}, ceilings: parsed.data.ceilings ?? {} };
}

/**
 * The index an evaluation keeps for a corpus of its own, in the temporary folder (kept between
 * runs, so only the first run embeds the corpus).
 */
export function evalIndexDir(corpus: string): string {
  const key = sha256(path.resolve(corpus)).slice(0, 12);
  return path.join(tmpdir(), `docent-eval-${key}`);
}

/** The set's floors and ceilings that `figures` miss, each as a sentence; empty when all are met. */
export function missedTargets(set: EvalSet, figures: Readonly<Record<TargetMetric, number>>): string[] {
  const missed: string[] = [];
  const measurable = measurableMetrics(set.questions);
  for (const metric of TARGET_METRICS) {
    const [value, floor, ceiling] = [figures[metric], set.floors[metric], set.ceilings[metric]];
    if ((floor !== undefined || ceiling !== undefined) && !measurable.has(metric)) {
      missed.push(`${metric} cannot be measured on this set: none of its questions has what it needs`);
      continue;
    }
    if (floor !== undefined && value < floor) missed.push(`${metric} ${value.toFixed(3)} is below its floor ${floor}`);
    if (ceiling !== undefined && value > ceiling) missed.push(`${metric} ${value.toFixed(3)} is above its ceiling ${ceiling}`);
  }
  return missed;
}

/** The figures a set's questions let evaluate measure (a share of zero questions is no figure). */
function measurableMetrics(questions: readonly EvalQuestion[]): Set<TargetMetric> {
  const has = (test: (q: EvalQuestion) => boolean) => questions.some(test);
  const metrics = new Set<TargetMetric>(['abstentionPrecision']); // its share is of the questions abstained on
  const addAll = (names: readonly TargetMetric[]) => names.forEach((name) => metrics.add(name));
  if (has((q) => q.support !== undefined)) addAll(['recallAt1', 'recallAt3', 'mrr']);
  if (has((q) => q.documents !== undefined)) addAll(['documentAt1', 'documentAt5']);
  if (has((q) => q.expected !== undefined)) metrics.add('answerHit');
  if (has((q) => !isAnswerable(q))) metrics.add('abstentionRecall');
  if (has(isAnswerable)) metrics.add('falseAbstention');
  return metrics;
}

/** Reads an evaluation set's questions. */
export async function readEvalSet(file: string): Promise<EvalQuestion[]> {
  return (await loadEvalSet(file)).questions;
}
