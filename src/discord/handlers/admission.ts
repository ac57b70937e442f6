import type { BotContext } from '../context.js';

/** Why a question is refused before any work (too long, or the user asks too fast), or undefined. */
export function admitQuestion(ctx: BotContext, userId: string, question: string): string | undefined {
  if (question.length > ctx.config.maxQuestionChars) {
    return `That question is ${question.length} characters long; please keep it under ${ctx.config.maxQuestionChars}.`;
  }
  const waitMs = ctx.limiter.take(userId);
  if (waitMs > 0) {
    return `You are asking faster than ${ctx.config.rateLimit.questions} questions per ${ctx.config.rateLimit.windowSeconds} seconds; please try again in ${Math.ceil(waitMs / 1000)} seconds.`;
  }
  return undefined;
}
