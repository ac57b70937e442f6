import { REST, Routes } from 'discord.js';
import { commandDefinitions } from './commands.js';

/** Where and how to register the slash commands. */
export interface RegisterOptions {
  readonly token: string;
  readonly applicationId: string;
  /** A server id: commands appear there at once. Without it they are global (Discord may take up to an hour). */
  readonly guildId: string | undefined;
  readonly apiUrl: string | undefined;
  readonly maxQuestionChars: number;
  /** How command descriptions name the corpus (CORPUS_NAME). */
  readonly corpusName: string;
  readonly rest?: REST;
}

/** Registers (overwrites) the bot's slash commands; returns how many and where. */
export async function registerCommands(options: RegisterOptions): Promise<{ count: number; scope: string }> {
  const rest = options.rest ?? new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const body = commandDefinitions(options.maxQuestionChars, options.corpusName);
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  await rest.put(route, { body });
  return { count: body.length, scope: options.guildId ? `server ${options.guildId}` : 'all servers (global)' };
}
