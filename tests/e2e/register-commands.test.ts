import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../support/fake-discord/server.js';
import { runDocent } from '../support/cli.js';

describe('docent register-commands', () => {
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await FakeDiscord.start();
  });
  afterAll(async () => discord.close());

  const env = (): NodeJS.ProcessEnv => ({ DISCORD_TOKEN: discord.token, DISCORD_APP_ID: discord.applicationId, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: '' });

  it('registers globally without a server id, and to one server with --guild', async () => {
    const global = await runDocent(['register-commands'], { env: env() });
    expect(global.stdout).toMatch(/Registered 7 commands for all servers \(global\)/u);
    expect(discord.registeredCommands.get('global')?.map((c) => c['name']).sort()).toEqual(['ask', 'corpus', 'help', 'reindex', 'search', 'source', 'status']);

    const guild = await runDocent(['register-commands', '--guild', discord.guildId], { env: env() });
    expect(guild.stdout).toMatch(new RegExp(`Registered 7 commands for server ${discord.guildId}`, 'u'));
    expect(discord.registeredCommands.get(`guild:${discord.guildId}`)).toHaveLength(7);
  });

  it('says what to set when the token is missing, and that the CLI works without Discord', async () => {
    const result = await runDocent(['serve'], { env: { ...env(), DISCORD_TOKEN: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('docent: Set DISCORD_TOKEN (the bot token from the Discord developer portal) in .env to run the bot. Without Discord, `npx docent ask "…"` answers from the terminal.');
  });
});
