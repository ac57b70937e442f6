import { ActionRowBuilder, ButtonBuilder, ButtonStyle, MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { NO_MENTIONS, type BotContext } from '../../context.js';
import { CONFIRM_MS } from '../../confirmations.js';
import { displayText } from '../../display-text.js';
import { isModeratorInteraction } from '../../permissions.js';
import { byDiscordUser, expectedProblem, refuseNonModerator, reindexAfterChange, reindexLine } from './shared.js';

/** Custom ids of the confirm and cancel buttons: `corpus-remove:<confirm|cancel>:<token>`. */
export const REMOVE_BUTTON = 'corpus-remove';

/**
 * /corpus remove document:<name>: moderators only. Asks, privately, for a confirmation that only
 * this moderator can give, before CONFIRM_MS passes; the removal itself happens on the button.
 */
export async function handleCorpusRemove(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  if (await refuseNonModerator(ctx, interaction, 'remove documents')) return;
  const name = interaction.options.getString('document', true);
  const present = (await ctx.library.list()).some((entry) => entry.name === name);
  if (!present) {
    await interaction.reply({ content: `The corpus has no document ${displayText(name, 200)}; /corpus list shows its documents.`, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  const token = ctx.confirmations.ask(interaction.user.id, name);
  const title = ctx.engine.index.manifest.documents.find((doc) => doc.id === name)?.title;
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder().setCustomId(`${REMOVE_BUTTON}:confirm:${token}`).setLabel('Remove').setStyle(ButtonStyle.Danger),
    new ButtonBuilder().setCustomId(`${REMOVE_BUTTON}:cancel:${token}`).setLabel('Cancel').setStyle(ButtonStyle.Secondary),
  );
  await interaction.reply({
    content: `Remove ${displayText(name, 200)}${title ? ` (**${displayText(title, 200)}**)` : ''} from the corpus? It is kept in the history, so /corpus restore brings it back. This button works for ${CONFIRM_MS / 60_000} minutes.`,
    components: [row],
    flags: MessageFlags.Ephemeral,
    allowedMentions: NO_MENTIONS,
  });
}

/** The confirm and cancel buttons of /corpus remove: only the moderator who asked, only once, only in time. */
export async function handleRemoveButton(ctx: BotContext, interaction: ButtonInteraction): Promise<void> {
  const [, choice, token = ''] = interaction.customId.split(':');
  const change = ctx.confirmations.take(token, interaction.user.id);
  const privately = (content: string) => interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  if (change === 'not-yours') return void (await privately('Only the moderator who asked for this removal can confirm it.'));
  if (change === 'expired') return void (await privately('This confirmation has expired or was already used; run /corpus remove again.'));
  if (choice !== 'confirm') return void (await interaction.update({ content: `Kept ${displayText(change.document, 200)}.`, components: [], allowedMentions: NO_MENTIONS }));
  if (!isModeratorInteraction(interaction, ctx.config.moderatorRoleIds)) return void (await privately('Only moderators (Manage Server, or a moderator role) can remove documents.'));
  const name = displayText(change.document, 200);
  await interaction.update({ content: `Removing ${name}…`, components: [], allowedMentions: NO_MENTIONS });
  try {
    await ctx.library.remove(change.document, { by: byDiscordUser(interaction.user) });
  } catch (error) {
    await interaction.editReply({ content: `Not removed: ${expectedProblem(error)}`, allowedMentions: NO_MENTIONS });
    return;
  }
  ctx.log.info({ userId: interaction.user.id, command: 'corpus remove', document: change.document }, 'document removed');
  const done = `Removed ${name} (kept in the history: /corpus restore brings it back).`;
  const report = await reindexAfterChange(ctx, interaction, done);
  if (report) await interaction.editReply({ content: `${done}\n${reindexLine(report)}`, allowedMentions: NO_MENTIONS });
}
