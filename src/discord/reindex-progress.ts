import type { RepliableInteraction } from 'discord.js';
import type { IndexProgress } from '../app/index.js';
import { NO_MENTIONS } from './context.js';
import type { Logger } from './logger.js';

const PROGRESS_EVERY_MS = 1500;

/** Re-index progress shown by editing an interaction's reply, at most every 1.5 s (and at the end); `prefix` says what the re-index is for. */
export function progressInReply(interaction: RepliableInteraction, log: Logger, prefix = ''): IndexProgress {
  let lastEdit = 0;
  return (_phase, done, total) => {
    const now = Date.now();
    if (now - lastEdit < PROGRESS_EVERY_MS && done < total) return;
    lastEdit = now;
    interaction.editReply({ content: `${prefix}Re-indexing: embedded ${done} of ${total} new passages…`, allowedMentions: NO_MENTIONS }).catch((error: unknown) => {
      log.warn({ err: error }, 'could not show re-index progress');
    });
  };
}
