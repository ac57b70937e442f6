import type { ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../../context.js';
import { handleCorpusAdd } from './add.js';
import { handleCorpusHistory, handleCorpusRestore } from './history.js';
import { handleCorpusList } from './list.js';
import { handleCorpusRemove } from './remove.js';

export { handleCorpusAutocomplete } from './autocomplete.js';
export { handleRemoveButton, REMOVE_BUTTON } from './remove.js';

const SUBCOMMANDS = { add: handleCorpusAdd, list: handleCorpusList, remove: handleCorpusRemove, restore: handleCorpusRestore, history: handleCorpusHistory } as const;

/** /corpus add|list|remove|restore|history: each subcommand checks who may use it when it runs. */
export async function handleCorpus(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void> {
  const handler = SUBCOMMANDS[interaction.options.getSubcommand(true) as keyof typeof SUBCOMMANDS];
  if (handler) await handler(ctx, interaction);
}
