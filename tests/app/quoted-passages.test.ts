import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/app/index.js';
import { engineOn } from '../support/engine.js';

// A club's news page: the section about the tournament says its words most often but gives no
// count; the report after it gives the count without the word "spring" (which the page's other
// sections make a common word).
const NEWS = `# Harrow Chess Club news

## The spring tournament

The spring tournament is the biggest event of the club's year, played over one weekend in the church hall. Players who take part in the spring tournament should bring their own clock, and every member is welcome to enter it, whatever their rating.

## After the weekend

Thank you to everyone who came along in April and made the weekend such a friendly one. In the end 42 players took part in the tournament, a record for us. The tea urn ran dry twice.

## Spring cleaning

The spring clean of the club cupboard is on the first Tuesday of May. Bring a duster.

## Spring fair

We will have a stall at the village spring fair, selling old chess books.

## Subscriptions

Adult membership costs £40 a year and junior membership costs £15 a year. Subscriptions are due at the first club night in September.

## Spring league

Our spring league team meets on Mondays. Spring league fixtures are posted on the noticeboard.

## Spring newsletter

The spring newsletter goes out by email. Send your spring puzzles to the editor.
`;

// A shorter page of the same club's news, with a prize-giving section that gives another number.
const PRIZES = `# Club news

## The spring tournament

Players who take part in the spring tournament should bring their own clock, and every member is welcome to enter it.

## After the weekend

Thank you to everyone who came along in April. In the end 42 players took part in the tournament, a record for us. The tea urn ran dry twice.

## Prize giving

Everyone who took part in the spring tournament is invited to the prize giving. The tournament hall holds 120 players, and part of it is kept for spectators.

## Spring cleaning

The spring clean of the club cupboard is on the first Tuesday of May.

## Spring fair

We will have a stall at the village spring fair.

## Subscriptions

Adult membership costs £40 a year. Subscriptions are due in September.

## Spring league

Our spring league team meets on Mondays. Spring league fixtures are on the noticeboard.
`;

describe('the passages an answer is quoted from', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'news.md': NEWS });
  });
  afterAll(async () => engine.dispose());

  it('rests a "how many" answer on the passage near the best that gives the count', async () => {
    const { response, passages } = await engine.askWithDetails('how many took part in the spring tournament');
    expect(response.abstained).toBe(false);
    expect(response.answer).toBe('In the end 42 players took part in the tournament, a record for us. [1]');
    // The passage ranked by words alone first says the tournament's words and no number.
    expect(passages[0]?.chunk.text).toContain('42 players');
    expect(response.citations[0]?.quote).toContain('42 players');
  });

  it('still refuses what the page never says, though a sentence near it gives a price', async () => {
    const { abstained } = await engine.ask('how much does it cost to enter the spring tournament');
    expect(abstained).toBe(true);
  });

  it('keeps quoting a number further down beside the one it lifts', async () => {
    // A prize-giving section whose second sentence holds another number: the wider bonus lifts
    // that section, and must not push the count's passage out of the answer.
    const other = await engineOn({ 'news.md': PRIZES });
    try {
      const { answer } = await other.ask('how many took part in the spring tournament');
      expect(answer).toContain('In the end 42 players took part in the tournament');
    } finally {
      await other.dispose();
    }
  });
});
