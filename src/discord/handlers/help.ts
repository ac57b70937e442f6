import { MessageFlags, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import { shorten } from '../../core/index.js';
import type { Manifest } from '../../store/index.js';
import { NO_MENTIONS, type BotContext } from '../context.js';
import { displayText } from '../display-text.js';
import { isModeratorInteraction } from '../permissions.js';

const EVERYONE = [
  '`/ask question:` an answer in which every sentence cites the passage it comes from (or an honest "not found")',
  '`@Docent <question>` the same, in a thread; follow-up mentions there keep its context',
  '`/search query:` the passages that match a text, with their ids',
  '`/source id:` one passage in full, with its neighbours',
  '`/status` what the index holds and when it was built',
  '`/corpus list` the documents, with title, date, passages and who added each',
];
const MODERATORS = [
  '`/reindex` re-read the corpus folder and update the index, while answers go on',
  '`/corpus add file:` add a document (checked first), then re-index; `replace:` to replace one',
  '`/corpus remove document:` remove a document (after a confirmation), then re-index',
  '`/corpus restore document:` bring back a removed or replaced document; `/corpus history` every change',
];

/** Three questions to try, made from the titles of the newest documents (the corpus's own words). */
export function exampleQuestions(manifest: Manifest): string[] {
  const newestFirst = [...manifest.documents].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const titles = [...new Set(newestFirst.map((doc) => doc.title.trim()).filter((title) => title.length > 0))].slice(0, 3);
  return titles.map((title) => `What does "${shorten(title, 80)}" say?`);
}

/** /help: what Docent does, the commands this member may use, and questions to try; only the asker sees it. */
export async function handleHelp(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const { manifest } = ctx.engine.index;
  const moderator = isModeratorInteraction(interaction, ctx.config.moderatorRoleIds);
  const examples = exampleQuestions(manifest);
  const embed: APIEmbed = {
    title: 'Docent',
    description: `I answer questions about ${ctx.config.corpusName} (${manifest.counts.documents} documents), quoting its passages and numbering each citation.`,
    fields: [
      { name: 'Your commands', value: [...EVERYONE, ...(moderator ? MODERATORS : [])].join('\n') },
      ...(examples.length > 0 ? [{ name: 'Try asking', value: examples.map((q) => `• ${displayText(q)}`).join('\n').slice(0, 1024) }] : []),
    ],
  };
  await interaction.reply({ embeds: [embed], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
