import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/app/index.js';
import { engineOn } from '../support/engine.js';

// A club's page, and its announcements channel's log, whose later entries change what the page says.
const CLUB_NIGHTS = `# Club nights

Our main club night is every Tuesday evening at the Community Centre. We meet in the Garden Room on the ground floor, which has step-free access.

- Doors open at 7:00 pm, and the room is set up by whoever arrives first.
- The Community Centre closes at 10:45 pm, so the last casual games should finish by 10:30 pm.

## Juniors

Saturday junior sessions run from 10:00 am to 11:30 am in the Library Room, for players aged 7 to 17.

## League

The league secretary is Tomasz Wojcik (@tomek), who registers players with the league and sends in results.
`;
const ANNOUNCEMENTS = `# Announcements

[2026-06-10] posted by @dana
The adult membership fee for the new season is £60. Thank you to the 31 members who came to the AGM.

[2026-09-02] posted by @mags
Tomasz Wojcik has stepped down as league secretary. Helen Ashdown is our league secretary from today.

[2026-09-29] posted by @dana
The Garden Room is being refurbished. From Tuesday 6 October, Tuesday club nights will be held in the Oak Room on the first floor.

[2026-11-03] posted by @colm
From Saturday 7 November, Saturday junior sessions will run from 10:30 am to 12:00 noon.

[2026-11-24] posted by @dana
Thank you to everyone who played in the rapidplay in the Oak Room on Saturday.
`;

describe('announcements that update what other documents say', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'club-nights.md': CLUB_NIGHTS, 'announcements.md': ANNOUNCEMENTS });
  });
  afterAll(async () => engine.dispose());

  it('answers with the newest entry that says what is asked, first', async () => {
    const start = await engine.ask('what time do the saturday junior sessions run now');
    expect(start.abstained).toBe(false);
    expect(start.answer.indexOf('10:30 am')).toBeGreaterThanOrEqual(0);
    expect(start.citations[0]?.document).toBe('announcements.md');

    const secretary = await engine.ask("who's the league secretary now?");
    expect(secretary.citations[0]?.document).toBe('announcements.md');
    expect(secretary.answer).toContain('Helen Ashdown');
  });

  it('takes the entry that says it best, not merely the newest that mentions it', async () => {
    const room = await engine.ask('which room is club night in atm');
    expect(room.citations[0]?.quote).toContain('Oak Room');
    expect(room.citations[0]?.quote).not.toContain('rapidplay');
  });

  it('leaves the order alone for a question of the past', async () => {
    const before = await engine.ask('what room did club nights use to be in');
    expect(before.citations[0]?.document).toBe('club-nights.md');
  });
});
