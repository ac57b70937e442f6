import type { AskResponse, Engine } from '../app/index.js';
import type { BotConfig } from '../config/index.js';
import type { FeedbackStore } from './feedback-store.js';
import type { Logger } from './logger.js';
import type { RateLimiter } from './rate-limiter.js';
import type { RefusalGate } from './refusal-gate.js';
import type { BoundedMap } from './bounded-map.js';
import type { CorpusLibrary } from '../corpus/index.js';
import type { Confirmations } from './confirmations.js';

/** What every handler gets: the engine and the bot's small stores, passed in, never global. */
export interface BotContext {
  readonly engine: Engine;
  readonly config: BotConfig;
  readonly log: Logger;
  readonly limiter: RateLimiter;
  /** At most one public refusal to a mention per user per rate-limit window. */
  readonly refusals: RefusalGate;
  readonly feedback: FeedbackStore;
  /** Recent answers by id, so the buttons under them can find what they refer to. */
  readonly recent: BoundedMap<string, AskResponse>;
  /** The question each thread the bot answers in started with, for follow-ups. */
  readonly threadQuestions: BoundedMap<string, string>;
  /** The corpus folder as /corpus changes it (checked, logged, serialized). */
  readonly library: CorpusLibrary;
  /** /corpus remove's confirm buttons. */
  readonly confirmations: Confirmations;
}

/** Allowed mentions for every message: nobody is ever pinged, whatever the text says. */
export const NO_MENTIONS = { parse: [], repliedUser: false } as const;
