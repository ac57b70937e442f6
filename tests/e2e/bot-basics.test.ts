import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionRecord, StoredMessage } from '../support/fake-discord/server.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { initialResponse, newUser } from './helpers.js';

interface Embed {
  title?: string;
  description?: string;
  fields?: Array<{ name: string; value: string }>;
}

/** Waits until the bot has edited the deferred reply, and returns the final message. */
async function finalReply(h: BotHarness, record: InteractionRecord): Promise<StoredMessage> {
  return h.discord.waitFor(() => (record.edits.length > 0 ? record.original : undefined), 20_000, `a reply to interaction ${record.id}`);
}

const embedOf = (message: StoredMessage): Embed => message.embeds[0] as Embed;
const buttonIds = (message: StoredMessage): string[] =>
  (message.components as Array<{ components: Array<{ custom_id: string }> }>).flatMap((row) => row.components.map((c) => c.custom_id));

describe('the bot against a local Discord', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
  });
  afterAll(async () => h.stop());

  it('logs in, gets ready and registers its commands to the server', () => {
    expect(h.discord.identifies).toBe(1);
    const commands = h.discord.registeredCommands.get(`guild:${h.discord.guildId}`) ?? [];
    expect(commands.map((c) => c['name']).sort()).toEqual(['ask', 'corpus', 'help', 'reindex', 'search', 'source', 'status']);
    expect(commands.find((c) => c['name'] === 'ask')?.['description']).toBe('Ask a question about the release; the answer cites its passages');
    const reindex = commands.find((c) => c['name'] === 'reindex');
    expect(reindex?.['default_member_permissions']).toBe('32'); // Manage Server
    // /corpus list is for everyone: the moderators' subcommands are checked when they run.
    const corpus = commands.find((c) => c['name'] === 'corpus');
    expect(corpus?.['default_member_permissions'] ?? null).toBeNull();
    expect((corpus?.['options'] as Array<{ name: string }>).map((o) => o.name)).toEqual(['list', 'add', 'remove', 'restore', 'history']);
    expect(h.logs.some((line) => line['msg'] === 'Docent is ready')).toBe(true);
  });

  it('/help shows each member the commands they may use and questions to try, privately', async () => {
    const helpFor = async (as: Parameters<typeof h.discord.sendCommand>[2]) => {
      const response = await initialResponse(h, h.discord.sendCommand('help', {}, as));
      expect((response.data?.flags ?? 0) & 64).toBe(64);
      return response.data?.embeds?.[0] as Embed;
    };
    const member = await helpFor({ user: newUser('curious') });
    expect(member.description).toMatch(/^I answer questions about the release \(1 documents\)/u);
    const commands = member.fields?.find((f) => f.name === 'Your commands')?.value ?? '';
    expect(commands).toMatch(/`\/ask question:`/u);
    expect(commands).not.toMatch(/reindex|corpus add/u);
    expect(commands).toMatch(/`\/corpus list`/u);
    expect(member.fields?.find((f) => f.name === 'Try asking')?.value).toBe('• What does "Kazakhstan stands ready to contribute to OSCE security and co-operation efforts" say?');
    const moderator = await helpFor({ user: newUser('mod'), roles: [h.discord.moderatorRoleId] });
    expect(moderator.fields?.find((f) => f.name === 'Your commands')?.value).toMatch(/`\/reindex`[\s\S]*`\/corpus add file:`[\s\S]*`\/corpus remove document:`/u);
  });

  it('answers /ask with a deferral, then a cited answer and its buttons', async () => {
    const record = h.discord.sendCommand('ask', { question: 'When was the OSCE established?' });
    const reply = await finalReply(h, record);
    expect(record.initial?.type).toBe(5); // deferred first
    const embed = embedOf(reply);
    expect(embed.title).toBe('When was the OSCE established?');
    expect(embed.description).toMatch(/established in 1975 after the signing of the Helsinki Final Act\. \[1\]/u);
    expect(embed.fields?.[0]?.name).toMatch(/^\[1\] Kazakhstan stands ready/u);
    expect(embed.fields?.[0]?.value).toMatch(/2019-05-07 · paragraph 14/u);
    expect(buttonIds(reply)).toEqual([expect.stringMatching(/^sources:/u), expect.stringMatching(/^vote:up:/u), expect.stringMatching(/^vote:down:/u)]);
    const line = await h.discord.waitFor(() => h.logs.find((l) => l['command'] === 'ask'), 5_000, 'the log line');
    expect(line).toMatchObject({ userId: h.discord.alice.id, abstained: false });
    expect(line?.['latencyMs']).toBeTypeOf('number');
  });

  it('shows an abstention as such, with the closest passages', async () => {
    const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'What is the capital of France?' }));
    expect(embedOf(reply).description).toBe('The release does not seem to answer that: it never mentions “France”. These passages may be related:');
    expect(embedOf(reply).fields?.length).toBeGreaterThan(0);
  });

  it('answers privately when asked to', async () => {
    const record = h.discord.sendCommand('ask', { question: 'Who is the OSCE Secretary General?', private: true });
    await finalReply(h, record);
    expect((record.initial?.data?.flags ?? 0) & 64).toBe(64);
  });

  it('shows the full sources to the clicker only, and stores feedback', async () => {
    const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'Which act led to the founding of the OSCE?' }));
    const [sourcesId, upId] = buttonIds(reply);
    const sources = h.discord.clickButton(reply, sourcesId ?? '', { user: h.discord.bob });
    await h.discord.waitFor(() => sources.initial, 10_000, 'the Sources reply');
    expect(sources.initial?.type).toBe(4);
    expect((sources.initial?.data?.flags ?? 0) & 64).toBe(64);
    const sourceEmbed = sources.initial?.data?.embeds?.[0] as Embed;
    expect(sourceEmbed.fields?.[0]?.value).toContain('The OSCE, originally the Conference on Security and Cooperation in Europe (CSCE), was established in 1975');

    const vote = h.discord.clickButton(reply, upId ?? '', { user: h.discord.bob });
    await h.discord.waitFor(() => vote.initial, 10_000, 'the feedback reply');
    expect((vote.initial?.data?.flags ?? 0) & 64).toBe(64);
    const { readFile } = await import('node:fs/promises');
    const records = (await readFile(h.feedbackFile, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.at(-1)).toMatchObject({ userId: h.discord.bob.id, vote: 'up', question: 'Which act led to the founding of the OSCE?' });
    expect((records.at(-1)?.['chunkIds'] as string[]).length).toBeGreaterThan(0);
  });

  it('serves /search, /source and /status', async () => {
    const search = await finalReply(h, h.discord.sendCommand('search', { query: 'Afghanistan seminar', count: 2 }));
    const fields = embedOf(search).fields ?? [];
    expect(fields).toHaveLength(2);
    expect(fields[0]?.value).toMatch(/Afghanistan/u);
    const chunkId = /^`([0-9a-f]{16})`/u.exec(fields[0]?.value ?? '')?.[1] ?? '';

    const source = h.discord.sendCommand('source', { id: chunkId });
    await h.discord.waitFor(() => source.initial, 10_000, '/source');
    const sourceEmbed = source.initial?.data?.embeds?.[0] as Embed & { footer?: { text: string } };
    expect(sourceEmbed.description).toMatch(/Afghanistan/u);
    expect(sourceEmbed.fields?.map((f) => f.name)).toEqual([expect.stringMatching(/^Before/u), expect.stringMatching(/^After/u)]);

    const unknown = h.discord.sendCommand('source', { id: 'nope' });
    await h.discord.waitFor(() => unknown.initial, 10_000, '/source unknown');
    expect(unknown.initial?.data?.content).toMatch(/No passage has the id/u);

    const status = h.discord.sendCommand('status', {});
    await h.discord.waitFor(() => status.initial, 10_000, '/status');
    const statusFields = (status.initial?.data?.embeds?.[0] as Embed).fields ?? [];
    expect(statusFields.find((f) => f.name === 'Documents')?.value).toBe('1');
    expect(statusFields.find((f) => f.name === 'Passages')?.value).toBe('16');
    expect(statusFields.find((f) => f.name === 'Model')?.value).toMatch(/use-lite/u);
  });

  it('breaks no Discord rule and pings nobody, and never logs the token', () => {
    expect(h.discord.violations).toEqual([]);
    expect(h.discord.pings).toEqual([]);
    expect(h.rawLog()).not.toContain(h.discord.token);
  });
});
