import type { Command } from 'commander';
import { loadBotConfig } from '../../config/index.js';
import { createLogger, DocentBot, registerCommands } from '../../discord/index.js';

/** `docent serve`: runs the Discord bot until SIGINT/SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the Discord bot (also `npm start`); settings come from .env')
    .action(async () => {
      const config = loadBotConfig(process.env);
      const log = createLogger(config.logLevel);
      const bot = await DocentBot.start(config, log);
      await new Promise<void>((resolve) => {
        const stop = (signal: string): void => {
          log.info({ signal }, 'signal received');
          bot.stop().then(resolve, (error: unknown) => {
            log.error({ err: error }, 'error while stopping');
            resolve();
          });
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
    });
}

/** `docent register-commands [--guild ID]`: registers the slash commands without starting the bot. */
export function registerRegisterCommand(program: Command): void {
  program
    .command('register-commands')
    .description('register the slash commands with Discord (to one server with --guild, at once; else globally)')
    .option('--guild <id>', 'server id (default: DISCORD_GUILD_ID)')
    .action(async (flags: { guild?: string }) => {
      const config = loadBotConfig(process.env);
      const result = await registerCommands({
        token: config.discordToken,
        applicationId: config.applicationId,
        guildId: flags.guild ?? config.guildId,
        apiUrl: config.apiUrl,
        maxQuestionChars: config.maxQuestionChars,
        corpusName: config.corpusName,
      });
      console.log(`Registered ${result.count} commands for ${result.scope}.`);
    });
}
