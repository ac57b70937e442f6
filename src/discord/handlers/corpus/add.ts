import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { AddOutcome } from '../../../corpus/index.js';
import { NO_MENTIONS, type BotContext } from '../../context.js';
import { DOWNLOAD_TIMEOUT_MS, downloadAttachment } from '../../attachment-download.js';
import { displayText } from '../../display-text.js';
import { byDiscordUser, expectedProblem, refuseNonModerator, reindexAfterChange, reindexLine } from './shared.js';

/**
 * /corpus add file:<attachment> [replace:<bool>]: moderators only. Downloads the attachment from
 * the URL in the interaction's resolved attachments (within MAX_DOCUMENT_MB and 30 s), adds it
 * with the library's checks, re-indexes, and reports the document's title, date and passages;
 * all privately. A refused document changes neither the corpus nor the index.
 */
export async function handleCorpusAdd(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (await refuseNonModerator(ctx, interaction, 'add documents')) return;
  // Only the attachment Discord resolved for this interaction: never a URL a user typed.
  const attachment = interaction.options.getAttachment('file', true);
  const replace = interaction.options.getBoolean('replace') ?? false;
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const reply = (content: string) => interaction.editReply({ content, allowedMentions: NO_MENTIONS });
  let outcome: AddOutcome;
  try {
    const bytes = await downloadAttachment({ name: attachment.name, url: attachment.url, size: attachment.size }, { maxBytes: ctx.config.maxDocumentBytes, timeoutMs: DOWNLOAD_TIMEOUT_MS });
    outcome = await ctx.library.add(attachment.name, bytes, { by: byDiscordUser(interaction.user), replace });
  } catch (error) {
    await reply(`Not added: ${expectedProblem(error)}`);
    ctx.log.warn({ userId: interaction.user.id, command: 'corpus add', reason: (error as Error).message }, 'document refused');
    return;
  }
  if (outcome.kind === 'duplicate') {
    await reply(`Not added: the corpus already holds the same content as ${displayText(outcome.existing, 200)}.`);
    return;
  }
  const name = displayText(outcome.name, 200);
  const done = `${outcome.kind === 'added' ? 'Added' : 'Replaced'} ${name}.`;
  ctx.log.info({ userId: interaction.user.id, command: 'corpus add', document: outcome.name, kind: outcome.kind }, 'document added');
  await reply(`${done}\nRe-indexing…`);
  const report = await reindexAfterChange(ctx, interaction, done);
  if (!report) return;
  const indexed = ctx.engine.index.manifest.documents.find((doc) => doc.id === outcome.name);
  const title = displayText(indexed?.title ?? outcome.title, 200);
  const date = indexed?.date ?? outcome.date;
  const passages = indexed ? `${indexed.chunks} passage${indexed.chunks === 1 ? '' : 's'}` : 'not in the index (see /status)';
  await reply(`${done}\n**${title}**${date ? ` · ${date}` : ''} · ${passages}\n${reindexLine(report)}`);
}
