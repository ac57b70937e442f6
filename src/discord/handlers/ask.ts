import { performance } from 'node:perf_hooks';
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { answerMessage } from '../answer-message.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { admitQuestion } from './admission.js';

/** /ask question:<text> [private:<bool>]: defer at once, then edit the reply into the cited answer. */
export async function handleAsk(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const started = performance.now();
  const question = interaction.options.getString('question', true);
  const refusal = admitQuestion(ctx, interaction.user.id, question);
  if (refusal) {
    await interaction.reply({ content: refusal, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const isPrivate = interaction.options.getBoolean('private') ?? false;
  // Discord drops an interaction not answered within 3 seconds: defer before any work.
  await interaction.deferReply(isPrivate ? { flags: MessageFlags.Ephemeral } : {});
  const response = await ctx.engine.ask(question);
  ctx.recent.set(interaction.id, response);
  await interaction.editReply(answerMessage(response, interaction.id));
  ctx.log.info({ userId: interaction.user.id, command: 'ask', latencyMs: Math.round(performance.now() - started), abstained: response.abstained, citations: response.citations.length }, 'question answered');
}
