import type { AutocompleteInteraction } from 'discord.js';
import type { BotContext } from '../../context.js';
import { isModeratorInteraction } from '../../permissions.js';
import { restorableNames } from './history.js';

/** Discord shows at most 25 choices, of at most 100 characters. */
const MAX_CHOICES = 25;

/** The names that contain what was typed (case-insensitive), those that start with it first; at most 25. */
export function matchingNames(names: readonly string[], typed: string): string[] {
  const needle = typed.trim().toLowerCase();
  const hits = names.filter((name) => name.length <= 100 && name.toLowerCase().includes(needle));
  return [...hits.filter((name) => name.toLowerCase().startsWith(needle)), ...hits.filter((name) => !name.toLowerCase().startsWith(needle))].slice(0, MAX_CHOICES);
}

/**
 * Autocomplete of /corpus remove and /corpus restore's document: the corpus's documents, or the
 * ones restore can bring back. Only moderators get names (the commands are theirs).
 */
export async function handleCorpusAutocomplete(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void> {
  const sub = interaction.options.getSubcommand(false);
  if (!isModeratorInteraction(interaction, ctx.config.moderatorRoleIds) || (sub !== 'remove' && sub !== 'restore')) {
    await interaction.respond([]);
    return;
  }
  const names = sub === 'remove' ? (await ctx.library.list()).map((entry) => entry.name) : await restorableNames(ctx);
  await interaction.respond(matchingNames(names, String(interaction.options.getFocused())).map((name) => ({ name, value: name })));
}
