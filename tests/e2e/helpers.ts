import type { InteractionRecord, StoredMessage } from '../support/fake-discord/server.js';
import type { BotHarness } from '../support/bot-harness.js';

/** An embed as the fake stores it. */
export interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
}

/** Waits until the bot has edited the deferred reply, and returns the final message. */
export function finalReply(h: BotHarness, record: InteractionRecord, timeoutMs = 20_000): Promise<StoredMessage> {
  return h.discord.waitFor(() => (record.edits.length > 0 ? record.original : undefined), timeoutMs, `a reply to interaction ${record.id}`);
}

/** Waits for the first response of an interaction (a reply, or a deferral). */
export function initialResponse(h: BotHarness, record: InteractionRecord): Promise<NonNullable<InteractionRecord['initial']>> {
  return h.discord.waitFor(() => record.initial, 10_000, `a response to interaction ${record.id}`);
}

export const embedOf = (message: StoredMessage): Embed => message.embeds[0] as Embed;

let userCounter = 0;
/** A fresh user, so per-user limits start empty. */
export function newUser(name: string): { id: string; username: string } {
  userCounter += 1;
  return { id: `${900000000000000000n + BigInt(userCounter)}`, username: `${name}${userCounter}` };
}
