import { availableParallelism } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DocentError } from '../core/index.js';
import { parseEmbeddingModel, type EmbeddingModelSpec } from './embedding-model.js';

/** Settings shared by the CLI and the bot, read once from the environment and flags. */
export interface EngineConfig {
  readonly corpusDir: string;
  readonly indexDir: string;
  readonly embeddingModel: EmbeddingModelSpec;
  readonly logLevel: LogLevel;
  /** How answers name the corpus ("the release does not seem to answer that"). */
  readonly corpusName: string;
  /** Worker threads that embed (0: embed on the main thread). */
  readonly embedThreads: number;
  /** Largest document read or added, in bytes (MAX_DOCUMENT_MB). */
  readonly maxDocumentBytes: number;
}

/** pino's level names. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

const envSchema = z.object({
  CORPUS_DIR: z.string().trim().min(1).default('corpus'),
  INDEX_DIR: z.string().trim().min(1).default('embeddings'),
  EMBEDDING_MODEL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORPUS_NAME: z.string().trim().min(1).max(60).default('the release'),
  EMBED_THREADS: z.coerce.number().int().min(0).max(16).optional(),
  MAX_DOCUMENT_MB: z.coerce.number().positive().max(100).default(10),
});

/** Command-line flags that override the environment. */
export interface ConfigOverrides {
  readonly corpus?: string | undefined;
  readonly index?: string | undefined;
}

/** Reads the engine settings from `env` (already holding .env) and `overrides`; one clear error for a bad value. */
export function loadEngineConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): EngineConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DocentError('BAD_CONFIG', `Set ${issue?.path.join('.') ?? 'the environment'} correctly: ${issue?.message ?? 'invalid value'}.`);
  }
  return Object.freeze({
    corpusDir: path.resolve(overrides.corpus ?? parsed.data.CORPUS_DIR),
    indexDir: path.resolve(overrides.index ?? parsed.data.INDEX_DIR),
    embeddingModel: parseEmbeddingModel(parsed.data.EMBEDDING_MODEL),
    logLevel: parsed.data.LOG_LEVEL,
    corpusName: parsed.data.CORPUS_NAME,
    embedThreads: parsed.data.EMBED_THREADS ?? Math.min(4, availableParallelism()),
    maxDocumentBytes: Math.round(parsed.data.MAX_DOCUMENT_MB * 1024 * 1024),
  });
}
