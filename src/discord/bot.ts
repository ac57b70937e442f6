import { Client, Events, GatewayIntentBits, type Interaction, type Message } from 'discord.js';
import { Engine } from '../app/index.js';
import { CorpusLibrary } from '../corpus/index.js';
import { Confirmations } from './confirmations.js';
import type { BotConfig } from '../config/index.js';
import { NO_MENTIONS, type BotContext } from './context.js';
import { BoundedMap } from './bounded-map.js';
import { FeedbackStore } from './feedback-store.js';
import { handleAsk } from './handlers/ask.js';
import { handleCorpus, handleCorpusAutocomplete, handleRemoveButton, REMOVE_BUTTON } from './handlers/corpus/index.js';
import { handleButton } from './handlers/buttons.js';
import { guardInteraction } from './handlers/guard.js';
import { handleHelp } from './handlers/help.js';
import { handleSearch, handleSource, handleStatus } from './handlers/lookup.js';
import { handleMention } from './handlers/mention.js';
import { refuseMention } from './handlers/mention-refusal.js';
import { handleReindex } from './handlers/reindex.js';
import type { Logger } from './logger.js';
import { RateLimiter } from './rate-limiter.js';
import { RefusalGate } from './refusal-gate.js';
import { registerCommands } from './register.js';

const COMMANDS = { ask: handleAsk, search: handleSearch, source: handleSource, status: handleStatus, reindex: handleReindex, help: handleHelp, corpus: handleCorpus } as const;

/** The Discord bot: one client, one engine, handlers that never take it down. */
export class DocentBot {
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  private constructor(
    readonly client: Client,
    private readonly ctx: BotContext,
  ) {}

  /** Loads (or builds) the index, logs in, registers the slash commands and resolves once ready. */
  static async start(config: BotConfig, log: Logger): Promise<DocentBot> {
    // Checked first: a feedback location that cannot be written stops the bot before any work.
    const feedback = await FeedbackStore.open(config.feedbackFile);
    if (feedback.skippedLines > 0) log.warn({ file: feedback.file, lines: feedback.skippedLines }, 'feedback file lines that are not votes are dropped');
    if (feedback.backupFile) log.warn({ file: feedback.file, backup: feedback.backupFile }, 'feedback file copied before its first rewrite under the new limits');
    const engine = await Engine.open(config, {
      onIndexed: (report) => log.info({ documents: report.documents, chunks: report.chunks, embedded: report.chunksEmbedded, seconds: report.seconds }, 'index built'),
      onWarning: (message) => log.warn(message),
    });
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      allowedMentions: NO_MENTIONS,
      ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    });
    const ctx: BotContext = {
      engine,
      config,
      log,
      limiter: new RateLimiter(config.rateLimit.questions, config.rateLimit.windowSeconds * 1000),
      refusals: new RefusalGate(config.rateLimit.windowSeconds * 1000),
      feedback,
      recent: new BoundedMap(),
      threadQuestions: new BoundedMap(10_000),
      library: new CorpusLibrary(config.corpusDir, config.maxDocumentBytes),
      confirmations: new Confirmations(),
    };
    const bot = new DocentBot(client, ctx);
    client.on(Events.InteractionCreate, (interaction) => bot.track(() => bot.onInteraction(interaction)));
    client.on(Events.MessageCreate, (message) => bot.track(() => bot.onMessage(message)));
    client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
    client.on(Events.ShardDisconnect, (event, shard) => log.warn({ code: event.code, shard }, 'gateway disconnected'));
    client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway resumed'));
    try {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.discordToken);
      await ready;
      const registered = await registerCommands({ token: config.discordToken, applicationId: config.applicationId, guildId: config.guildId, apiUrl: config.apiUrl, maxQuestionChars: config.maxQuestionChars, corpusName: config.corpusName, rest: client.rest });
      const status = engine.status();
      log.info({ user: client.user?.tag, commands: registered.count, scope: registered.scope, documents: status.documents, chunks: status.chunks }, 'Docent is ready');
      return bot;
    } catch (error) {
      await client.destroy();
      await engine.dispose();
      throw error;
    }
  }

  /** Stops taking new work, lets what is in flight finish, then closes the client and the model. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.ctx.log.info({ inFlight: this.inFlight.size }, 'stopping');
    await Promise.allSettled([...this.inFlight]);
    await this.client.destroy();
    await this.ctx.engine.dispose();
    this.ctx.log.info('stopped');
  }

  private track(work: () => Promise<void>): void {
    if (this.stopping) return;
    const running = work().catch((error: unknown) => this.ctx.log.error({ err: error }, 'unhandled failure in a handler'));
    this.inFlight.add(running);
    void running.finally(() => this.inFlight.delete(running));
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) {
      const handler = COMMANDS[interaction.commandName as keyof typeof COMMANDS];
      if (!handler) return;
      await guardInteraction(this.ctx, interaction, interaction.commandName, () => handler(this.ctx, interaction));
    } else if (interaction.isButton()) {
      const handler = interaction.customId.startsWith(`${REMOVE_BUTTON}:`) ? handleRemoveButton : handleButton;
      await guardInteraction(this.ctx, interaction, 'button', () => handler(this.ctx, interaction));
    } else if (interaction.isAutocomplete() && interaction.commandName === 'corpus') {
      // Suggestions are best effort: a failure leaves the list empty, and only the log knows.
      await handleCorpusAutocomplete(this.ctx, interaction).catch(async (error: unknown) => {
        this.ctx.log.warn({ err: error, command: 'corpus autocomplete' }, 'autocomplete failed');
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
      });
    }
  }

  private async onMessage(message: Message): Promise<void> {
    const self = this.client.user;
    if (!self || message.author.bot || !message.mentions.users.has(self.id)) return;
    try {
      await handleMention(this.ctx, message);
    } catch (error) {
      this.ctx.log.error({ err: error, command: 'mention', userId: message.author.id }, 'handler failed');
      await refuseMention(this.ctx, message, 'Sorry, something went wrong while answering. The details are in the bot\'s log.').catch(() => undefined);
    }
  }
}
