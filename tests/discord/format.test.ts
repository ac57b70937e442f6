import { PermissionsBitField, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { AskResponse } from '../../src/app/index.js';
import { answerEmbed, embedLength, LIMITS, RateLimiter } from '../../src/discord/index.js';
import { isModerator } from '../../src/discord/permissions.js';
import { shorten } from '../../src/core/index.js';

function hugeResponse(citations: number): AskResponse {
  const long = 'word '.repeat(2000);
  return {
    question: `Why ${long}?`,
    answer: `${long} [1]`,
    abstained: false,
    citations: Array.from({ length: citations }, (_, i) => ({
      n: i + 1, chunkId: `c${i}`, document: `folder/${'deep/'.repeat(50)}doc-${i}.md`, title: `Title ${long}`,
      location: { paragraph: i + 1, start: 0, end: 10 }, text: long, quote: long, score: 0.5, date: '2019-05-07',
    })),
    timingsMs: { embed: 1, search: 1, answer: 1, total: 3 },
  };
}

describe('answerEmbed', () => {
  it('keeps any answer within Discord\'s embed limits by shortening, never failing', () => {
    for (const count of [0, 1, 3, 25, 40]) {
      const embed = answerEmbed(hugeResponse(count));
      expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
      expect(embed.title?.length).toBeLessThanOrEqual(LIMITS.embedTitle);
      expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
      expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of embed.fields ?? []) {
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        expect(field.value.length).toBeGreaterThan(0);
      }
    }
  });

  it('shows an ordinary answer whole, with the source\'s date and paragraph', () => {
    const embed = answerEmbed({
      question: 'When?', answer: 'In 1975. [1]', abstained: false, timingsMs: { embed: 1, search: 1, answer: 1, total: 3 },
      citations: [{ n: 1, chunkId: 'abc', document: 'r.txt', title: 'Release', location: { paragraph: 14, start: 0, end: 8 }, text: 'In 1975.', quote: 'In 1975.', score: 0.5, date: '2019-05-07' }],
    });
    expect(embed.description).toBe('In 1975. [1]');
    // The answer already says the cited sentence: the source line does not repeat it.
    expect(embed.fields).toEqual([{ name: '[1] Release', value: '2019-05-07 · paragraph 14 · r.txt' }]);
  });

  it('quotes a source when the answer shortened its sentence', () => {
    const quote = 'The OSCE, originally the Conference on Security and Cooperation in Europe, was established in 1975.';
    const embed = answerEmbed({
      question: 'When?', answer: 'The OSCE … was established in 1975. [1]', abstained: false, timingsMs: { embed: 1, search: 1, answer: 1, total: 3 },
      citations: [{ n: 1, chunkId: 'abc', document: 'r.txt', title: 'Release', location: { paragraph: 14, start: 0, end: 8 }, text: quote, quote, score: 0.5 }],
    });
    expect(embed.fields?.[0]?.value).toBe(`paragraph 14 · r.txt\n> ${quote}`);
  });

  it('shows corpus text as text: no Markdown, masked links or mentions', () => {
    const sentence = '# Heading **bold** [click](https://evil.example) <@123> <@&5> <#7> @everyone ```code```';
    const embed = answerEmbed({
      question: '@here what?', answer: `${sentence} [1]`, abstained: false, timingsMs: { embed: 1, search: 1, answer: 1, total: 3 },
      citations: [{ n: 1, chunkId: 'abc', document: 'r.md', title: '**Loud** title', location: { paragraph: 1, start: 0, end: 8 }, text: sentence, quote: sentence, score: 0.5 }],
    });
    const shown = [embed.title, embed.description, ...(embed.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n');
    expect(shown).not.toMatch(/(?<!\\)\*\*|(?<!\\)\[click\]\(|<@123>|<@&5>|<#7>|(?<!\u200b)@(everyone|here)|(?<!\\)```|^# /mu);
    expect(embed.description).toContain('[1]');
  });
});

describe('shorten', () => {
  it('never splits an emoji or a surrogate pair', () => {
    for (const max of [2, 3, 4, 5, 6, 7]) {
      const cut = shorten('😀👍🏽🇰🇿 family 👨‍👩‍👧 done', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u);
    }
  });
});

describe('RateLimiter', () => {
  it('allows N questions per window per user, then says how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('a')).toBe(0);
    now = 10_000;
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('a')).toBe(50_000);
    expect(limiter.take('b')).toBe(0);
    now = 60_001;
    expect(limiter.take('a')).toBe(0);
  });
});

describe('isModerator', () => {
  it('accepts Manage Server or a moderator role, nothing else', () => {
    const manager = new PermissionsBitField(PermissionFlagsBits.ManageGuild);
    const member = new PermissionsBitField(PermissionFlagsBits.SendMessages);
    expect(isModerator(manager, [], [])).toBe(true);
    expect(isModerator(member, ['42'], ['42'])).toBe(true);
    expect(isModerator(member, ['7'], ['42'])).toBe(false);
    expect(isModerator(null, [], ['42'])).toBe(false);
  });
});

describe('searchEmbed and sourcesEmbed', () => {
  it('stay within limits for the most results, keeping each passage id', async () => {
    const { searchEmbed, sourcesEmbed } = await import('../../src/discord/format.js');
    const long = 'word '.repeat(2000);
    const results = Array.from({ length: 10 }, (_, i) => ({
      chunkId: `${i}`.padStart(16, '0'), document: 'd.md', title: long, location: { paragraph: i, start: 0, end: 1 }, text: long, score: 0.5, similarity: 0.4,
    }));
    const search = searchEmbed({ query: long, results, timingsMs: { embed: 1, search: 1, total: 2 } });
    expect(embedLength(search)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const [i, field] of (search.fields ?? []).entries()) expect(field.value.startsWith(`\`${results[i]?.chunkId}\``)).toBe(true);
    const chunk = { id: 'x', documentId: 'd', title: long, date: undefined, heading: undefined, location: { paragraph: 1, start: 0, end: 1 }, text: long, sentences: [] };
    const sources = sourcesEmbed(Array.from({ length: 25 }, (_, i) => ({ n: i + 1, chunk })));
    expect(embedLength(sources)).toBeLessThanOrEqual(LIMITS.embedTotal);
    for (const field of sources.fields ?? []) expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  });
});
