import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { embedOf, finalReply, initialResponse, newUser } from './helpers.js';

describe('conversations with the bot', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot({ RATE_LIMIT_QUESTIONS: '3', RATE_LIMIT_WINDOW_SECONDS: '60', MAX_QUESTION_CHARS: '200' });
  });
  afterAll(async () => h.stop());

  it('answers a mention in a thread started on the question, and a follow-up there with its context', async () => {
    h.discord.sendUserMessage('What is the OSCE originally called?', { mention: true });
    const thread = await h.discord.waitFor(() => [...h.discord.threads.values()][0], 20_000, 'a thread');
    expect(thread.name).toBe('What is the OSCE originally called?');
    expect(thread.parent_id).toBe(h.discord.channelId);
    const [answer] = await h.discord.waitFor(() => { const m = h.discord.messagesIn(thread.id); return m.length > 0 ? m : undefined; }, 20_000, 'the answer in the thread');
    expect(embedOf(answer!).description).toMatch(/Conference on Security and Cooperation in Europe/u);

    // "it" only makes sense with the thread's first question as context.
    h.discord.sendUserMessage('and in which year was it established?', { mention: true, channelId: thread.id });
    const followUp = await h.discord.waitFor(() => h.discord.messagesIn(thread.id)[1], 20_000, 'the follow-up answer');
    expect(embedOf(followUp).title).toBe('and in which year was it established?');
    expect(embedOf(followUp).description).toMatch(/1975/u);
    expect(followUp.message_reference?.message_id).toBeDefined();
  });

  it('gets no message content it was not mentioned in, and ignores such messages', async () => {
    const before = h.discord.channelMessages.length;
    h.discord.sendUserMessage('When was the OSCE established?');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.discord.channelMessages.length).toBe(before);
  });

  it('never pings, whatever the question or the passage says', async () => {
    const record = h.discord.sendCommand('ask', { question: '@everyone <@&123456789012345678> <@111111111111111111> when was the OSCE established?' });
    const reply = await finalReply(h, record);
    expect(embedOf(reply).description).toMatch(/1975/u);
    h.discord.sendUserMessage('@everyone @here what is the capital of France?', { mention: true, user: newUser('pinger') });
    await h.discord.waitFor(() => h.discord.threads.size >= 2, 20_000, 'a second thread');
    expect(h.discord.pings).toEqual([]);
  });

  it('refuses over-long questions politely and privately', async () => {
    const record = h.discord.sendCommand('ask', { question: `Why ${'really '.repeat(60)}?` }, { user: newUser('long') });
    const response = await initialResponse(h, record);
    expect(response.type).toBe(4);
    expect((response.data?.flags ?? 0) & 64).toBe(64);
    expect(response.data?.content).toMatch(/please keep it under 200/u);
  });

  it('limits how fast one user asks, with a polite private message', async () => {
    const user = newUser('eager');
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(finalReply(h, h.discord.sendCommand('ask', { question: `Who is the OSCE Secretary General? (${i})` }, { user })));
    await Promise.all(replies);
    const limited = h.discord.sendCommand('ask', { question: 'One more?' }, { user });
    const response = await initialResponse(h, limited);
    expect((response.data?.flags ?? 0) & 64).toBe(64);
    expect(response.data?.content).toMatch(/faster than 3 questions per 60 seconds; please try again in \d+ seconds/u);
    // Someone else is not limited.
    const other = await finalReply(h, h.discord.sendCommand('ask', { question: 'Who is the OSCE Secretary General?' }, { user: newUser('calm') }));
    expect(embedOf(other).description).toMatch(/Greminger/u);
  });

  it('resumes after the gateway connection drops, and keeps answering', async () => {
    h.discord.dropConnection();
    await h.discord.waitFor(() => h.discord.resumes >= 1, 30_000, 'a RESUME of the session');
    expect(h.discord.identifies).toBe(1); // resumed, not a new session
    const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'How many participating States does the OSCE have?' }, { user: newUser('after-drop') }), 30_000);
    expect(embedOf(reply).description).toMatch(/57/u);
  });

  it('broke no Discord rule', () => {
    expect(h.discord.violations).toEqual([]);
  });
});
