import { describe, expect, it } from 'vitest';
import { loadBotConfig } from '../../src/config/index.js';
import { isDocentError } from '../../src/core/index.js';
import { startBot } from '../support/bot-harness.js';
import { embedOf, finalReply } from './helpers.js';

describe('bot lifecycle', () => {
  it('finishes the question in flight when stopped, then takes no new work', async () => {
    const h = await startBot();
    const record = h.discord.sendCommand('ask', { question: 'When was the OSCE established?' });
    await h.discord.waitFor(() => record.initial, 10_000, 'the deferral');
    await h.bot.stop();
    const reply = await finalReply(h, record);
    expect(embedOf(reply).description).toMatch(/1975/u);
    const late = h.discord.sendCommand('ask', { question: 'Who is the OSCE Secretary General?' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(late.initial).toBeUndefined();
    expect(h.logs.map((line) => line['msg'])).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    await h.stop();
  });

  it('says in one line what to set when the configuration is wrong', () => {
    const attempt = (env: Record<string, string>): string => {
      try {
        loadBotConfig(env);
        return 'ok';
      } catch (error) {
        expect(isDocentError(error, 'BAD_CONFIG')).toBe(true);
        return (error as Error).message;
      }
    };
    expect(attempt({})).toMatch(/^Set DISCORD_TOKEN .*`npx docent ask "…"` answers from the terminal\.$/u);
    expect(attempt({ DISCORD_TOKEN: 't' })).toMatch(/^Set DISCORD_APP_ID correctly/u);
    expect(attempt({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '123456789012', DISCORD_API_URL: 'not a url' })).toMatch(/^Set DISCORD_API_URL correctly/u);
    expect(attempt({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '123456789012', MODERATOR_ROLE_IDS: '123456789012, admins' })).toMatch(/"admins" is not one/u);
    expect(attempt({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '123456789012', LOG_LEVEL: 'loud' })).toMatch(/^Set LOG_LEVEL correctly/u);
    expect(attempt({ DISCORD_TOKEN: 't', DISCORD_APP_ID: '123456789012', RATE_LIMIT_QUESTIONS: '0' })).toMatch(/^Set RATE_LIMIT_QUESTIONS correctly/u);
  });
});

describe('a failing handler', () => {
  it('tells the user privately, logs the details, and the bot keeps answering', async () => {
    // A folder appears where the feedback file goes after start: the 👍 handler fails for real.
    const { mkdir } = await import('node:fs/promises');
    const h = await startBot();
    await mkdir(h.feedbackFile, { recursive: true });
    try {
      const reply = await finalReply(h, h.discord.sendCommand('ask', { question: 'When was the OSCE established?' }));
      const upId = (reply.components as Array<{ components: Array<{ custom_id: string }> }>)[0]?.components[1]?.custom_id ?? '';
      const click = h.discord.clickButton(reply, upId);
      const response = await h.discord.waitFor(() => click.initial, 10_000, 'the error reply');
      expect((response.data?.flags ?? 0) & 64).toBe(64);
      expect(response.data?.content).toMatch(/^Sorry, something went wrong/u);
      expect(response.data?.content).not.toMatch(/EISDIR|at .*\.js/u);
      expect(h.logs.some((line) => line['msg'] === 'handler failed' && JSON.stringify(line).includes('EISDIR'))).toBe(true);
      const after = await finalReply(h, h.discord.sendCommand('ask', { question: 'Who is the OSCE Secretary General?' }));
      expect(embedOf(after).description).toMatch(/Greminger/u);
      expect(h.discord.violations).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
