import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/app/index.js';
import { engineOn } from '../support/engine.js';

// A theatre society's members' page, as its Discord server would pin it: it says "subscription",
// and "SUBS" only as a payment reference; it never says "few".
const MEMBERS = `# Joining the society

## Subscriptions

The full annual subscription is £48, and the concessionary rate is £30 for students and anyone over 65. Subscriptions fall due on 1 September.

## Paying

The easiest way is bank transfer to sort code 30-94-17, using the reference SUBS followed by your surname. You can also pay in cash at any Tuesday rehearsal.

## Safety in the scene dock

Any injury in the scene dock, however small, must be reported to our safety officer, Rhona Tait (safety@lanternrooms.org.uk), on the same day. The first aid kit hangs beside the door.

## Rehearsals

Rehearsals are on Monday and Thursday evenings from 7.30pm to 10pm. Missing more than three rehearsals in the final six weeks can cost you your part.
`;

describe('questions as members type them in chat', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'members.md': MEMBERS });
  });
  afterAll(async () => engine.dispose());

  it('reads "subs" as the subscription, though the page writes SUBS as a payment reference', async () => {
    const { abstained, answer } = await engine.ask('how much are subs');
    expect(abstained).toBe(false);
    expect(answer).toContain('The full annual subscription is £48');
  });

  it('answers a question that hedges an amount with a word the page never uses ("a few")', async () => {
    const { abstained, answer } = await engine.ask('what happens if i miss a few rehearsals');
    expect(abstained).toBe(false);
    expect(answer).toContain('Missing more than three rehearsals in the final six weeks can cost you your part.');
  });

  it('reads "a couple of" as a hedge, but still refuses a rate for couples, which the page never gives', async () => {
    expect((await engine.ask('what happens if i miss a couple of rehearsals')).answer).toContain('Missing more than three rehearsals');
    expect((await engine.ask('how much is a couple subscription')).abstained).toBe(true);
  });

  it('still refuses a price the page never gives', async () => {
    const { abstained } = await engine.ask('how much is parking at rehearsals');
    expect(abstained).toBe(true);
  });
});
