import { MessageFlags, type APIEmbed, type ChatInputCommandInteraction } from 'discord.js';
import type { CorpusEntry } from '../../../corpus/index.js';
import { NO_MENTIONS, type BotContext } from '../../context.js';
import { displayText } from '../../display-text.js';
import { LIMITS } from '../../limits.js';

/** One document as /corpus list shows it. */
export interface ListedDocument {
  readonly name: string;
  readonly title: string | undefined;
  readonly date: string | undefined;
  readonly passages: number | undefined;
  readonly added: CorpusEntry['added'];
}

/** One line per document: title, name, date, passages, who added it and when; corpus text escaped. */
export function documentLine(doc: ListedDocument): string {
  const title = doc.title ? `**${displayText(doc.title, 120)}** (${displayText(doc.name, 120)})` : displayText(doc.name, 120);
  const passages = doc.passages === undefined ? 'not indexed' : `${doc.passages} passage${doc.passages === 1 ? '' : 's'}`;
  const added = doc.added ? `added by ${displayText(doc.added.by, 80)} ${doc.added.at.slice(0, 16).replace('T', ' ')} UTC` : 'added outside Docent';
  return `• ${[title, doc.date, passages, added].filter(Boolean).join(' · ')}`;
}

/** The list as an embed: as many lines as fit, then how many more there are. */
export function listEmbed(documents: readonly ListedDocument[]): APIEmbed {
  const lines: string[] = [];
  let length = 0;
  for (const [i, doc] of documents.entries()) {
    const line = documentLine(doc);
    const more = `… and ${documents.length - i} more`;
    if (length + line.length + 1 > LIMITS.embedDescription - more.length - 1) {
      lines.push(more);
      break;
    }
    lines.push(line);
    length += line.length + 1;
  }
  return { title: `Documents (${documents.length})`, description: lines.length > 0 ? lines.join('\n') : 'The corpus has no documents.' };
}

/**
 * /corpus list (everyone, privately): the documents of the index and of the corpus folder, with
 * title, date, passages, and who added each and when; names relative to the corpus, never host paths.
 */
export async function handleCorpusList(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  let entries: CorpusEntry[] = [];
  try {
    entries = await ctx.library.list();
  } catch (error) {
    ctx.log.warn({ err: error, command: 'corpus list' }, 'corpus folder unreadable');
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const indexed = ctx.engine.index.manifest.documents;
  const documents: ListedDocument[] = [
    ...indexed.map((doc) => ({ name: doc.id, title: doc.title, date: doc.date, passages: doc.chunks, added: byName.get(doc.id)?.added })),
    ...entries.filter((entry) => !indexed.some((doc) => doc.id === entry.name)).map((entry) => ({ name: entry.name, title: undefined, date: undefined, passages: undefined, added: entry.added })),
  ].sort((a, b) => a.name.localeCompare(b.name));
  await interaction.reply({ embeds: [listEmbed(documents)], flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
}
