import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { isDocentError } from '../../src/core/index.js';
import { PERMISSIONS } from '../support/fake-discord/payloads.js';
import type { StoredMessage } from '../support/fake-discord/server.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { embedOf, finalReply, initialResponse, newUser, type Embed } from './helpers.js';

const buttonIds = (message: StoredMessage): string[] =>
  (message.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((row) => row.components.map((c) => c.custom_id));

/** The feedback file's records, one JSON object a line (none when there is no file yet). */
async function feedbackRecords(h: BotHarness): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(h.feedbackFile, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the bot under abuse and misconfiguration', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot({ RATE_LIMIT_QUESTIONS: '5', RATE_LIMIT_WINDOW_SECONDS: '600', MAX_QUESTION_CHARS: '200' });
  });
  afterAll(async () => h.stop());

  it('answers a flood of 15 mentions from one user with at most one public refusal, then only a ⏳ reaction', async () => {
    const flooder = newUser('flooder');
    const threadsBefore = h.discord.threads.size;
    const ids = new Set(Array.from({ length: 15 }, (_, i) => h.discord.sendUserMessage(`When was the OSCE established? (${i})`, { mention: true, user: flooder })));
    const refusals = (): StoredMessage[] => h.discord.channelMessages.filter((m) => ids.has(m.message_reference?.message_id ?? ''));
    const reactions = () => h.discord.reactions.filter((r) => ids.has(r.messageId));
    // Every mention gets exactly one visible outcome: a thread, a reply or a reaction.
    await h.discord.waitFor(() => h.discord.threads.size - threadsBefore + refusals().length + reactions().length >= 15, 60_000, 'all 15 mentions handled');
    expect(h.discord.threads.size - threadsBefore).toBe(5); // the rate limit: 5 questions per window
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]?.content).toMatch(/faster than 5 questions per 600 seconds/u);
    expect(reactions()).toHaveLength(9);
    expect(reactions().every((r) => r.emoji === '⏳')).toBe(true);
  }, 120_000);

  it('refuses repeated over-long mentions publicly once, then only reacts', async () => {
    const user = newUser('rambler');
    const ids = new Set(Array.from({ length: 3 }, () => h.discord.sendUserMessage(`Why ${'really '.repeat(40)}?`, { mention: true, user })));
    const refusals = (): StoredMessage[] => h.discord.channelMessages.filter((m) => ids.has(m.message_reference?.message_id ?? ''));
    const reactions = () => h.discord.reactions.filter((r) => ids.has(r.messageId));
    await h.discord.waitFor(() => refusals().length + reactions().length >= 3, 20_000, 'all 3 mentions handled');
    expect(refusals()).toHaveLength(1);
    expect(refusals()[0]?.content).toMatch(/please keep it under 200/u);
    expect(reactions()).toHaveLength(2);
  });

  it('names a thread without raw mention syntax', async () => {
    const before = new Set(h.discord.threads.keys());
    h.discord.sendUserMessage('@everyone <#7> @here <@&5> when was the OSCE established?', { mention: true, user: newUser('pinger') });
    const thread = await h.discord.waitFor(() => [...h.discord.threads.values()].find((t) => !before.has(t.id)), 20_000, 'a new thread');
    expect(thread.name).toMatch(/when was the OSCE established\?/u);
    expect(thread.name).not.toMatch(/@everyone|@here|<#\d+>|<@[!&]?\d+>/u);
    const [answer] = await h.discord.waitFor(() => { const m = h.discord.messagesIn(thread.id); return m.length > 0 ? m : undefined; }, 20_000, 'the answer');
    expect(embedOf(answer!).description).toMatch(/1975/u);
  });

  it('keeps one vote per user per answer however often they click, and a later click changes it', async () => {
    const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'Which act led to the founding of the OSCE?' }, { user: newUser('asker') }));
    const [, upId = '', downId = ''] = buttonIds(reply);
    const clicker = newUser('clicker');
    const clicks = Array.from({ length: 300 }, () => h.discord.clickButton(reply, upId, { user: clicker }));
    await h.discord.waitFor(() => clicks.every((c) => c.initial), 60_000, '300 feedback replies');
    expect(clicks.every((c) => ((c.initial?.data?.flags ?? 0) & 64) === 64)).toBe(true);
    const change = h.discord.clickButton(reply, downId, { user: clicker });
    expect((await initialResponse(h, change)).data?.content).toMatch(/now 👎/u);
    const other = newUser('other');
    await initialResponse(h, h.discord.clickButton(reply, upId, { user: other }));

    const records = (await feedbackRecords(h)).filter((r) => r['messageId'] === reply.id);
    expect(records).toHaveLength(2);
    expect(records.find((r) => r['userId'] === clicker.id)).toMatchObject({ vote: 'down', question: 'Which act led to the founding of the OSCE?' });
    expect(records.find((r) => r['userId'] === other.id)).toMatchObject({ vote: 'up' });
  }, 120_000);

  it('refuses a vote that is neither up nor down, and stores nothing for it', async () => {
    const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'Who is the OSCE Secretary General?' }, { user: newUser('asker2') }));
    const answerId = buttonIds(reply)[1]?.split(':')[2] ?? '';
    const voter = newUser('forger');
    const click = h.discord.clickButton(reply, `vote:sideways:${answerId}`, { user: voter });
    const response = await initialResponse(h, click);
    expect((response.data?.flags ?? 0) & 64).toBe(64);
    expect(response.data?.content).toMatch(/not a vote/u);
    expect((await feedbackRecords(h)).filter((r) => r['userId'] === voter.id)).toEqual([]);
  });

  it('keeps /search count within 1-10, in the command and in the handler', async () => {
    const count = (h.discord.registeredCommands.get(`guild:${h.discord.guildId}`) ?? [])
      .find((c) => c['name'] === 'search')?.['options'] as Array<Record<string, unknown>> | undefined;
    expect(count?.find((o) => o['name'] === 'count')).toMatchObject({ min_value: 1, max_value: 10 });
    const user = newUser('searcher');
    for (const [requested, shown] of [[0, 1], [-5, 1], [1000, 10]] as const) {
      const reply = await finalReply(h, h.discord.sendCommand('search', { query: 'OSCE', count: requested }, { user }));
      expect(embedOf(reply).fields ?? []).toHaveLength(shown);
    }
  });

  it('quotes a /source id so that a backtick cannot break out of the code span', async () => {
    const record = h.discord.sendCommand('source', { id: 'abc`**@everyone** `def' });
    const content = (await initialResponse(h, record)).data?.content ?? '';
    expect(content).toMatch(/^No passage has the id `[^`]+`; ids are shown under each source\.$/u);
    expect(content.split('`')).toHaveLength(3);
  });

  it('shows members a short reason for a failed re-index, and moderators the details privately', async () => {
    await rm(h.corpusDir, { recursive: true, force: true });
    const moderator = { user: newUser('mod'), permissions: PERMISSIONS.manager };
    const reindex = h.discord.sendCommand('reindex', {}, moderator);
    const failed = await finalReply(h, reindex);
    expect(failed.content).toMatch(/^Re-index failed: /u);
    expect((reindex.initial?.data?.flags ?? 0) & 64).toBe(64); // only the moderator sees it

    const member = h.discord.sendCommand('status', {}, { user: newUser('member') });
    const memberReply = await initialResponse(h, member);
    const memberText = JSON.stringify(memberReply.data);
    const last = (memberReply.data?.embeds?.[0] as Embed).fields?.find((f) => f.name === 'Last re-index')?.value ?? '';
    expect(last).toMatch(/^failed at .*Cannot read the corpus folder/u);
    expect(memberText).not.toContain(h.corpusDir);
    expect(memberText).not.toMatch(/ENOENT|scandir|realpath|\/tmp\//u);
    expect(member.followUps).toEqual([]);

    const asModerator = h.discord.sendCommand('status', {}, moderator);
    const publicReply = await initialResponse(h, asModerator);
    expect(JSON.stringify(publicReply.data)).not.toContain(h.corpusDir);
    const [details] = await h.discord.waitFor(() => (asModerator.followUps.length > 0 ? asModerator.followUps : undefined), 10_000, 'the private details');
    expect(details?.flags).toBe(64);
    expect(details?.content).toContain(h.corpusDir);
  });

  it('never put a host path in a public message, broke no Discord rule and pinged nobody', () => {
    const root = path.dirname(h.corpusDir);
    const publicMessages = [
      ...h.discord.channelMessages,
      ...[...h.discord.interactions.values()].flatMap((r) => [r.original, ...r.followUps]).filter((m): m is StoredMessage => m !== undefined && (m.flags & 64) === 0),
    ];
    expect(publicMessages.length).toBeGreaterThan(0);
    expect(publicMessages.filter((m) => JSON.stringify(m).includes(root))).toEqual([]);
    expect(h.discord.violations).toEqual([]);
    expect(h.discord.pings).toEqual([]);
  });
});

describe('a feedback location that cannot be written', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'docent-feedback-'));
    await writeFile(path.join(scratch, 'a-file.txt'), 'not a folder');
  });
  afterAll(async () => rm(scratch, { recursive: true, force: true }));

  const badLocations = (): Array<[string, string]> => [
    ['under a regular file', path.join(scratch, 'a-file.txt', 'feedback.jsonl')],
    ['a folder', scratch],
    ['under /proc', '/proc/docent-feedback.jsonl'],
  ];

  it('stops the bot at start with a message naming FEEDBACK_FILE', async () => {
    for (const [what, file] of badLocations()) {
      const error = await startBot({ FEEDBACK_FILE: file }).then(
        async (h) => {
          await h.stop();
          return undefined;
        },
        (caught: unknown) => caught,
      );
      expect(isDocentError(error, 'BAD_CONFIG'), what).toBe(true);
      expect((error as Error).message, what).toMatch(/^Set FEEDBACK_FILE to a file the bot can write/u);
    }
  });

  it('makes `docent serve` exit non-zero with that message', async () => {
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void printed.push(args.map(String).join(' ')));
    // The check runs before the corpus is read or Discord contacted, so these are never used.
    const env = { DISCORD_TOKEN: 'test-token', DISCORD_APP_ID: '123456789012', DISCORD_API_URL: 'http://127.0.0.1:9/api', CORPUS_DIR: path.join(scratch, 'corpus'), INDEX_DIR: path.join(scratch, 'index') };
    const saved = Object.fromEntries(Object.keys({ ...env, FEEDBACK_FILE: '' }).map((key) => [key, process.env[key]]));
    try {
      for (const [what, file] of badLocations()) {
        Object.assign(process.env, env, { FEEDBACK_FILE: file });
        printed.length = 0;
        expect(await main(['node', 'docent', 'serve']), what).toBe(1);
        expect(printed.join('\n'), what).toMatch(/^docent: Set FEEDBACK_FILE to a file the bot can write/u);
      }
    } finally {
      spy.mockRestore();
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});
