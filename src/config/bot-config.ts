import { z } from 'zod';
import { DocentError } from '../core/index.js';
import { loadEngineConfig, type EngineConfig } from './config.js';

/** Settings of the Discord bot, on top of the engine's. */
export interface BotConfig extends EngineConfig {
  readonly discordToken: string;
  readonly applicationId: string;
  /** Register commands to this server only (instant) instead of globally. */
  readonly guildId: string | undefined;
  /** REST base of a Discord-compatible server, e.g. http://127.0.0.1:8080/api; undefined for discord.com. */
  readonly apiUrl: string | undefined;
  readonly moderatorRoleIds: readonly string[];
  /** Questions one user may ask per window (default 5 per 60 s). */
  readonly rateLimit: { readonly questions: number; readonly windowSeconds: number };
  /** Longest question accepted (default 500 characters). */
  readonly maxQuestionChars: number;
  /** JSON Lines file of 👍/👎 feedback, one vote per user per answer (default data/feedback.jsonl); checked writable at start. */
  readonly feedbackFile: string;
}

const snowflake = z.string().regex(/^\d{5,20}$/u, 'a Discord id (digits only)');

const botSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1),
  DISCORD_APP_ID: snowflake,
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url().optional(),
  MODERATOR_ROLE_IDS: z.string().optional(),
  RATE_LIMIT_QUESTIONS: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(60),
  MAX_QUESTION_CHARS: z.coerce.number().int().min(20).max(1000).default(500),
  FEEDBACK_FILE: z.string().trim().min(1).default('data/feedback.jsonl'),
});

/** Reads and validates the bot's settings once; a missing or malformed value is one clear error line. */
export function loadBotConfig(env: NodeJS.ProcessEnv): BotConfig {
  const engine = loadEngineConfig(env);
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  if (!present['DISCORD_TOKEN']) {
    throw new DocentError('BAD_CONFIG', 'Set DISCORD_TOKEN (the bot token from the Discord developer portal) in .env to run the bot. Without Discord, `npx docent ask "…"` answers from the terminal.');
  }
  const parsed = botSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DocentError('BAD_CONFIG', `Set ${issue?.path.join('.') ?? 'the environment'} correctly: ${issue?.message ?? 'invalid value'}.`);
  }
  const roles = (parsed.data.MODERATOR_ROLE_IDS ?? '').split(',').map((id) => id.trim()).filter((id) => id.length > 0);
  const badRole = roles.find((id) => !snowflake.safeParse(id).success);
  if (badRole) throw new DocentError('BAD_CONFIG', `Set MODERATOR_ROLE_IDS to comma-separated role ids: "${badRole}" is not one.`);
  return Object.freeze({
    ...engine,
    discordToken: parsed.data.DISCORD_TOKEN,
    applicationId: parsed.data.DISCORD_APP_ID,
    guildId: parsed.data.DISCORD_GUILD_ID,
    apiUrl: parsed.data.DISCORD_API_URL,
    moderatorRoleIds: roles,
    rateLimit: { questions: parsed.data.RATE_LIMIT_QUESTIONS, windowSeconds: parsed.data.RATE_LIMIT_WINDOW_SECONDS },
    maxQuestionChars: parsed.data.MAX_QUESTION_CHARS,
    feedbackFile: parsed.data.FEEDBACK_FILE,
  });
}
