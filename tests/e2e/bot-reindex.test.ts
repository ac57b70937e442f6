import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../support/fake-discord/payloads.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { RELEASE_FILE } from '../support/fs.js';
import { embedOf, finalReply, initialResponse, newUser } from './helpers.js';

// A document long enough that its re-index takes seconds, so questions can arrive meanwhile.
const LONG_DOCUMENT = [
  'Vienna office bulletin',
  'The OSCE secretariat opened a new library in Vienna on 3 March 2020, said the spokesperson Ms. Elena Varga.',
  ...Array.from({ length: 400 }, (_, i) => `Bulletin item ${i}: the working group number ${i} met to review archive box ${i * 13} and catalogue volume ${i * 7 + 1}.`),
].join('\n\n');

describe('moderators re-index from Discord', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBot();
  });
  afterAll(async () => h.stop());

  it('refuses /reindex to a member who is not a moderator, privately', async () => {
    const record = h.discord.sendCommand('reindex', {}, { user: newUser('member') });
    const response = await initialResponse(h, record);
    expect(response.type).toBe(4);
    expect((response.data?.flags ?? 0) & 64).toBe(64);
    expect(response.data?.content).toMatch(/Only moderators/u);
  });

  it('reports what would change in a dry run, changing nothing', async () => {
    await writeFile(path.join(h.corpusDir, 'dry.txt'), 'Dry run note\n\nNothing here is indexed by a dry run.');
    const record = h.discord.sendCommand('reindex', { dry_run: true }, { user: newUser('mod'), roles: [h.discord.moderatorRoleId] });
    const reply = await finalReply(h, record);
    expect(reply.content).toMatch(/^Would re-index 2 documents.*added 1 \(dry\.txt\)/u);
    await rm(path.join(h.corpusDir, 'dry.txt'));
    const status = h.discord.sendCommand('status', {});
    const statusEmbed = (await initialResponse(h, status)).data?.embeds?.[0] as { fields: Array<{ name: string; value: string }> };
    expect(statusEmbed.fields.find((f) => f.name === 'Documents')?.value).toBe('1');
  });

  it('re-indexes for a moderator while questions keep being answered, then answers from the new content', async () => {
    await writeFile(path.join(h.corpusDir, 'bulletin.txt'), LONG_DOCUMENT);
    const releasePath = path.join(h.corpusDir, RELEASE_FILE);
    await writeFile(releasePath, (await readFile(releasePath, 'utf8')).replace('57 OSCE participating States', '58 OSCE participating States'));
    const moderator = { user: newUser('admin'), permissions: PERMISSIONS.manager };
    const reindex = h.discord.sendCommand('reindex', {}, moderator);
    await initialResponse(h, reindex);

    // A second re-index while the first runs is told so.
    const second = h.discord.sendCommand('reindex', {}, moderator);
    const secondReply = await finalReply(h, second);
    expect(secondReply.content).toMatch(/already running/u);

    // Questions are answered from the current index meanwhile.
    const during = h.discord.sendCommand('ask', { question: 'When was the OSCE established?' }, { user: newUser('during') });
    const duringReply = await finalReply(h, during);
    expect(embedOf(duringReply).description).toMatch(/1975/u);
    expect(reindex.edits.some((edit) => /Re-indexed/u.test(edit.body.content ?? ''))).toBe(false); // still running then

    const done = await h.discord.waitFor(() => reindex.edits.find((edit) => /Re-indexed/u.test(edit.body.content ?? '')), 120_000, 'the re-index result');
    expect(done.body.content).toMatch(/added 1 \(bulletin\.txt\), changed 1 \(kazakhstan-osce-2019-05-07\.txt\), removed 0/u);
    expect(done.body.content).toMatch(/Passages: 4\d\d embedded, 15 reused/u);
    expect(reindex.edits.some((edit) => /^Re-indexing: embedded \d+ of \d+/u.test(edit.body.content ?? ''))).toBe(true);

    const after = await finalReply(h, h.discord.sendCommand('ask', { question: 'Who is the spokesperson who announced the new library?' }, { user: newUser('after') }));
    expect(embedOf(after).description).toMatch(/Elena Varga/u);
    const changed = await finalReply(h, h.discord.sendCommand('ask', { question: 'How many participating States does the OSCE have today?' }, { user: newUser('after2') }));
    expect(embedOf(changed).description).toMatch(/58 OSCE participating States/u);
  }, 180_000);

  it('reports a failed re-index and keeps serving the current index', async () => {
    await rm(h.corpusDir, { recursive: true, force: true });
    const reindex = h.discord.sendCommand('reindex', {}, { user: newUser('mod2'), permissions: PERMISSIONS.manager });
    const reply = await finalReply(h, reindex);
    expect(reply.content).toMatch(/^Re-index failed: Cannot read the corpus folder/u);
    expect(reply.content).toMatch(/The current index keeps answering/u);
    const answer = await finalReply(h, h.discord.sendCommand('ask', { question: 'Who is the spokesperson who announced the new library?' }, { user: newUser('still') }));
    expect(embedOf(answer).description).toMatch(/Elena Varga/u);
    const status = h.discord.sendCommand('status', {});
    const statusEmbed = (await initialResponse(h, status)).data?.embeds?.[0] as { fields: Array<{ name: string; value: string }> };
    expect(statusEmbed.fields.find((f) => f.name === 'Last re-index')?.value).toMatch(/failed at .*Cannot read the corpus folder/u);
  });

  it('broke no Discord rule', () => {
    expect(h.discord.violations).toEqual([]);
    expect(h.discord.pings).toEqual([]);
  });
});
