import { performance } from 'node:perf_hooks';
import { ChannelType, type Message } from 'discord.js';
import type { AskResponse } from '../../app/index.js';
import { isDocentError, shorten } from '../../core/index.js';
import { answerMessage } from '../answer-message.js';
import type { BotContext } from '../context.js';
import { LIMITS } from '../limits.js';
import { neutralizeMentions } from '../mention-syntax.js';
import { knownPaths, publicReason } from '../redact.js';
import { admitQuestion } from './admission.js';
import { refuseMention } from './mention-refusal.js';

/** The question in a message that mentions the bot: the text without mention syntax. */
function questionOf(message: Message): string {
  return message.content.replace(/<@[!&]?\d+>/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/**
 * "@Docent <question>" in a channel: answered in a thread started on the question. In a thread the
 * bot answers in, later mentions are answered with the thread's first question as context, so
 * "and when was it founded?" works.
 */
export async function handleMention(ctx: BotContext, message: Message): Promise<void> {
  const started = performance.now();
  const question = questionOf(message);
  // Refusals are public here, so each user gets at most one per window (then a reaction).
  const refuse = (content: string) => refuseMention(ctx, message, content);
  if (question.length === 0) {
    await refuse('Ask me a question about the release, for example: "When was the OSCE established?"');
    return;
  }
  const refusal = admitQuestion(ctx, message.author.id, question);
  if (refusal) {
    await refuse(refusal);
    return;
  }
  const channel = message.channel;
  const inThread = channel.isThread();
  // A thread the bot started is named after its question, which survives a restart of the bot.
  const startedByBot = inThread && channel.ownerId === message.client.user.id;
  const context = inThread ? (ctx.threadQuestions.get(channel.id) ?? (startedByBot ? channel.name : undefined)) : undefined;
  let response: AskResponse;
  try {
    response = await ctx.engine.ask(context ? `${context} ${question}` : question);
  } catch (error) {
    if (!isDocentError(error)) throw error;
    await refuse(publicReason(error.message, knownPaths(ctx.config)));
    return;
  }
  const display = context ? { ...response, question } : response;
  ctx.recent.set(message.id, display);
  const payload = answerMessage(display, message.id);
  if (inThread) {
    await message.reply(payload);
  } else if (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildAnnouncement) {
    // A thread name shows mention syntax raw ("<#7>", "@everyone"): it is named in plain words.
    const thread = await message.startThread({ name: shorten(neutralizeMentions(question) || 'Question', LIMITS.threadName) });
    ctx.threadQuestions.set(thread.id, question);
    await thread.send(payload);
  } else {
    await message.reply(payload); // direct messages and channels without threads
  }
  ctx.log.info({ userId: message.author.id, command: 'mention', latencyMs: Math.round(performance.now() - started), abstained: response.abstained, followUp: context !== undefined }, 'question answered');
}
