import { PermissionFlagsBits, SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { SEARCH_COUNT } from './limits.js';

/** The slash commands, as registered with Discord; descriptions name the corpus ("the release", "the handbook"). */
export function commandDefinitions(maxQuestionChars: number, corpusName = 'the release'): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  // Discord caps descriptions at 100 characters; CORPUS_NAME is at most 60.
  const about = (text: string) => text.slice(0, 100);
  return [
    new SlashCommandBuilder()
      .setName('ask')
      .setDescription(about(`Ask a question about ${corpusName}; the answer cites its passages`))
      .addStringOption((o) => o.setName('question').setDescription('Your question').setRequired(true).setMaxLength(maxQuestionChars))
      .addBooleanOption((o) => o.setName('private').setDescription('Show the answer only to you')),
    new SlashCommandBuilder()
      .setName('search')
      .setDescription(about(`Look up the passages of ${corpusName} that match a text`))
      .addStringOption((o) => o.setName('query').setDescription('What to look for').setRequired(true).setMaxLength(maxQuestionChars))
      .addIntegerOption((o) => o.setName('count').setDescription(`How many passages (${SEARCH_COUNT.min}-${SEARCH_COUNT.max})`).setMinValue(SEARCH_COUNT.min).setMaxValue(SEARCH_COUNT.max)),
    new SlashCommandBuilder()
      .setName('source')
      .setDescription('Show one passage in full, with its neighbours')
      .addStringOption((o) => o.setName('id').setDescription('Passage id, as shown under sources').setRequired(true).setMaxLength(40)),
    new SlashCommandBuilder().setName('status').setDescription('What the index holds and when it was built'),
    new SlashCommandBuilder().setName('help').setDescription(about(`What Docent can do, your commands, and questions to try about ${corpusName}`)),
    new SlashCommandBuilder()
      .setName('reindex')
      .setDescription('Re-read the corpus folder and update the index (moderators)')
      // Hidden from members without Manage Server; the permission is checked again when it runs.
      .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
      .addBooleanOption((o) => o.setName('dry_run').setDescription('Only report what would change')),
    // Visible to everyone for `list`; add, remove, restore and history check for a moderator when they run.
    new SlashCommandBuilder()
      .setName('corpus')
      .setDescription(about(`The documents of ${corpusName}: list them; moderators add, remove and restore`))
      .addSubcommand((s) => s.setName('list').setDescription('The documents, with title, date, passages and who added each'))
      .addSubcommand((s) => s.setName('add').setDescription('Add a document (.txt, .md, .html, .pdf), then re-index (moderators)')
        .addAttachmentOption((o) => o.setName('file').setDescription('The document').setRequired(true))
        .addBooleanOption((o) => o.setName('replace').setDescription('Replace a document of the same name (the old one is kept)')))
      .addSubcommand((s) => s.setName('remove').setDescription('Remove a document after a confirmation, then re-index (moderators)')
        .addStringOption((o) => o.setName('document').setDescription('The document\'s name').setRequired(true).setAutocomplete(true).setMaxLength(200)))
      .addSubcommand((s) => s.setName('restore').setDescription('Bring back a removed or replaced document, then re-index (moderators)')
        .addStringOption((o) => o.setName('document').setDescription('The document\'s name').setRequired(true).setAutocomplete(true).setMaxLength(200)))
      .addSubcommand((s) => s.setName('history').setDescription('Every change to the corpus: when, who, what (moderators)')),
  ].map((command) => command.toJSON());
}
