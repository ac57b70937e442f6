import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { DocentError } from '../core/index.js';

const questionSchema = z.object({
  question: z.string().min(1),
  /** Any of these (case-insensitive) in the answer counts as a hit. Absent: the release does not answer. */
  expected: z.array(z.string().min(1)).min(1).optional(),
  /** Text of the passage(s) that answer the question. */
  support: z.array(z.string().min(1)).min(1).optional(),
});

const evalSetSchema = z.object({ description: z.string().optional(), questions: z.array(questionSchema).min(1) });

/** One question of an evaluation set. */
export type EvalQuestion = z.infer<typeof questionSchema>;

/** Reads and validates an evaluation set file. */
export async function readEvalSet(file: string): Promise<EvalQuestion[]> {
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
  return parsed.data.questions;
}
