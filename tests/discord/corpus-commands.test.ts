import { describe, expect, it } from 'vitest';
import { Confirmations } from '../../src/discord/confirmations.js';
import { matchingNames } from '../../src/discord/handlers/corpus/autocomplete.js';
import { changeLine } from '../../src/discord/handlers/corpus/history.js';
import { documentLine, listEmbed, type ListedDocument } from '../../src/discord/handlers/corpus/list.js';
import { LIMITS } from '../../src/discord/index.js';

describe('Confirmations', () => {
  it('lets only the asking user take a change, once, before it expires', () => {
    let now = 1_000;
    const confirmations = new Confirmations(60_000, () => now);
    const token = confirmations.ask('user-1', 'a.md');
    expect(confirmations.take(token, 'user-2')).toBe('not-yours');
    expect(confirmations.take(token, 'user-1')).toMatchObject({ userId: 'user-1', document: 'a.md' });
    expect(confirmations.take(token, 'user-1')).toBe('expired'); // already used
    const late = confirmations.ask('user-1', 'b.md');
    now += 60_000;
    expect(confirmations.take(late, 'user-1')).toBe('expired');
    expect(confirmations.take('made-up', 'user-1')).toBe('expired');
  });
});

describe('matchingNames', () => {
  it('matches case-insensitively, names that start with the text first, at most 25', () => {
    expect(matchingNames(['report.pdf', 'annual-report.md', 'notes.txt'], 'REP')).toEqual(['report.pdf', 'annual-report.md']);
    expect(matchingNames(Array.from({ length: 40 }, (_, i) => `doc-${i}.md`), '')).toHaveLength(25);
    expect(matchingNames([`${'x'.repeat(101)}.md`], 'x')).toEqual([]); // Discord refuses choices over 100 characters
  });
});

describe('/corpus list and history lines', () => {
  const doc = (over: Partial<ListedDocument> = {}): ListedDocument => ({ name: 'a.md', title: 'A *bold* @everyone', date: '2024-01-02', passages: 3, added: { by: 'discord:1 (mod)', at: '2024-05-06T07:08:09.000Z' }, ...over });

  it('escapes corpus text and says who added each document and when', () => {
    expect(documentLine(doc())).toBe('• **A \\*bold\\* @\u200beveryone** (a.md) · 2024-01-02 · 3 passages · added by discord:1 (mod) 2024-05-06 07:08 UTC');
    expect(documentLine(doc({ title: undefined, date: undefined, passages: undefined, added: undefined }))).toBe('• a.md · not indexed · added outside Docent');
    expect(changeLine({ at: '2024-05-06T07:08:09.000Z', by: 'cli:root', action: 'remove', document: 'x_y.md' })).toBe('• 2024-05-06 07:08 UTC · cli:root · remove x\\_y.md');
  });

  it('fits any number of documents in one embed, saying how many more there are', () => {
    const embed = listEmbed(Array.from({ length: 500 }, (_, i) => doc({ name: `document-${i}.md` })));
    expect(embed.title).toBe('Documents (500)');
    expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.description).toMatch(/\n… and \d+ more$/u);
    expect(listEmbed([]).description).toBe('The corpus has no documents.');
  });
});
