import { Writable } from 'node:stream';
import path from 'node:path';
import { loadBotConfig } from '../../src/config/index.js';
import { createLogger, DocentBot } from '../../src/discord/index.js';
import { FakeDiscord } from './fake-discord/server.js';
import { RELEASE_CORPUS, RELEASE_FILE } from './release.js';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';

/** A running bot (the real start-up code and discord.js) connected to a fresh fake Discord. */
export interface BotHarness {
  readonly discord: FakeDiscord;
  readonly bot: DocentBot;
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly feedbackFile: string;
  /** Every log line the bot wrote, parsed. */
  readonly logs: Array<Record<string, unknown>>;
  /** Every log line, raw, to check that no secret leaks. */
  readonly rawLog: () => string;
  stop(): Promise<void>;
}

/** Starts the bot on a copy of the release against a fake Discord; `env` overrides settings (LOG_LEVEL too: info by default). */
export async function startBot(env: Record<string, string> = {}): Promise<BotHarness> {
  const discord = await FakeDiscord.start();
  // Lives as long as the bot (a whole test file), not one test: removed by stop().
  const root = await mkdtemp(path.join(tmpdir(), 'docent-bot-'));
  const [corpusDir, indexDir, dataDir] = ['corpus', 'embeddings', 'data'].map((name) => path.join(root, name)) as [string, string, string];
  await mkdir(corpusDir);
  await copyFile(path.join(RELEASE_CORPUS, RELEASE_FILE), path.join(corpusDir, RELEASE_FILE));
  const feedbackFile = path.join(dataDir, 'feedback.jsonl');
  const config = loadBotConfig({
    DISCORD_TOKEN: discord.token,
    DISCORD_APP_ID: discord.applicationId,
    DISCORD_GUILD_ID: discord.guildId,
    DISCORD_API_URL: discord.apiUrl,
    MODERATOR_ROLE_IDS: discord.moderatorRoleId,
    CORPUS_DIR: corpusDir,
    INDEX_DIR: indexDir,
    FEEDBACK_FILE: feedbackFile,
    LOG_LEVEL: 'info',
    ...env,
  });
  let raw = '';
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  let bot: DocentBot;
  try {
    bot = await DocentBot.start(config, createLogger(config.logLevel, sink));
  } catch (error) {
    // A bot that cannot start (e.g. a bad setting) leaves no server or folder behind.
    await discord.close();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return {
    discord, bot, corpusDir, indexDir, feedbackFile, logs,
    rawLog: () => raw,
    async stop() {
      await bot.stop();
      await discord.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}
