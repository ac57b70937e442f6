import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/app/index.js';
import { engineOn } from '../support/engine.js';

// An arts centre's season page: it names a choreographer for the panto, credits another show's
// choreography, names none for the musical, and says who runs the sewing night without ever calling
// anyone a "runner".
const SEASON = `# The season at the Kingsgate

## The Harbourmaster's Daughter (spring musical)

The production is directed by Lorna Fitch, with musical direction by Gideon Ekwueme and a band of nine players. Performances run from 17 to 20 March.

## Aladdin (panto)

The Genie is Priya Shah and Aladdin is Tom Reid. Director: Sam Achterberg. Choreographer: Tash Mendes. The panto runs from 10 to 19 December at the Corn Exchange.

## Twelfth Night (summer)

Performances are in the walled garden from 24 to 26 June. Choreography by Ruth Ellis; the director is Miriam Doyle.

## Weekly groups

Sewing night is on Tuesdays from 18:30 to 21:00, led by Hannah Osei. Bring your own machine if you have one.

Our players rehearse on Monday and Thursday evenings.
`;

describe('who does what, as the page says it', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'season.md': SEASON });
  });
  afterAll(async () => engine.dispose());

  it('names the choreographer of the show that has one', async () => {
    const { abstained, answer } = await engine.ask("who's choreographing the panto");
    expect(abstained).toBe(false);
    expect(answer).toContain('Tash Mendes');
  });

  it('reads the action in another form of its word ("choreography by")', async () => {
    const { abstained, answer } = await engine.ask("who's doing the choreography for twelfth night");
    expect(abstained).toBe(false);
    expect(answer).toContain('Ruth Ellis');
    expect((await engine.ask('who choreographs twelfth night')).answer).toContain('Ruth Ellis');
  });

  it('refuses to name a choreographer for a show whose credits name none, rather than quoting its director', async () => {
    const { abstained, answer } = await engine.ask("who's choreographing harbourmasters daughter");
    expect(answer).not.toContain('Lorna Fitch');
    expect(abstained).toBe(true);
  });

  it('answers who plays a part from the cast, where the page speaks of players in general', async () => {
    const { abstained, answer } = await engine.ask('who plays the genie');
    expect(abstained).toBe(false);
    expect(answer).toContain('Priya Shah');
  });

  it('answers who runs a group from whoever leads it, where the page calls no one a runner', async () => {
    const { abstained, answer } = await engine.ask('who runs the sewing night');
    expect(abstained).toBe(false);
    expect(answer).toContain('led by Hannah Osei');
  });
});
