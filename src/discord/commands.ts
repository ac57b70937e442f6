import { PermissionFlagsBits, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { SEARCH_COUNT } from './limits.js';

/** The slash commands, as registered with Discord. */
export function commandDefinitions(maxQuestionChars: number): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription('Ask a question about the release; the answer cites its passages')
      .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(maxQuestionChars))
      .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you')),
    new SlashCommandBuilder()
      .setName('search')
      .setDescription('Look up the passages of the release that match a text')
      .addStringOption((o) => o.setName('query').setDescription('What to look for').setRequired(true).setMaxLength(maxQuestionChars))
      .addIntegerOption((o) => o.setName('count').setDescription(`How many passages (${SEARCH_COUNT.min}-${SEARCH_COUNT.max})`).setMinValue(SEARCH_COUNT.min).setMaxValue(SEARCH_COUNT.max)),
    new SlashCommandBuilder()
      .setName('source')
      .setDescription('Show one passage in full, with its neighbours')
      .addStringOption((o) => o.setName('id').setDescription('Passage id, as shown under sources').setRequired(true).setMaxLength(40)),
    new SlashCommandBuilder().setName('status').setDescription('What the index holds and when it was built'),
    new SlashCommandBuilder()
      .setName('reindex')
      .setDescription('Re-read the corpus folder and update the index (moderators)')
      // Hidden from members without Manage Server; the permission is checked again when it runs.
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .addBooleanOption((o) => o.setName('dry_run').setDescription('Only report what would change')),
  ].map((command) => command.toJSON());
}
