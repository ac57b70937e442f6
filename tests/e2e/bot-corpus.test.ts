import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InteractionOptions, InteractionRecord, StoredMessage } from '../support/fake-discord/server.js';
import { startBot, type BotHarness } from '../support/bot-harness.js';
import { RELEASE_FILE } from '../support/fs.js';
import { makePdf } from '../support/pdf.js';
import { embedOf, finalReply, initialResponse, newUser, type Embed } from './helpers.js';

const REPORT_PDF = makePdf([
  ['Lakeside Rowing Club Annual Report', 'Published 12 March 2024.', 'This report covers the rowing season of 2023.'],
  ['Equipment', 'The club bought four new racing shells in April 2023 for 48,000 euros.', 'The shells are stored in the north boathouse.'],
]);
const HANDBOOK_MD = '# Volunteer handbook\n\nVolunteers of the regatta meet every Thursday at 18:00 in the old boathouse on Pier Road.\n';
const DONT_PING = '# Notice @everyone\n\nThe harbour ferry to Kestrel Island leaves at 07:45 on weekdays, said <@123456789012345678>.\n';

describe('moderators manage the corpus from Discord with /corpus', () => {
  let h: BotHarness;
  let moderator: InteractionOptions;
  beforeAll(async () => {
    h = await startBot({ MAX_DOCUMENT_MB: '1' });
    moderator = { user: newUser('mod'), roles: [h.discord.moderatorRoleId] };
  });
  afterAll(async () => h.stop());

  /** The reply of an interaction once its content matches `pattern` (it is edited with progress first). */
  const replyMatching = (record: InteractionRecord, pattern: RegExp, what = String(pattern)): Promise<StoredMessage> =>
    h.discord.waitFor(() => (record.original && pattern.test(record.original.content) ? record.original : undefined), 120_000, what);
  /** The final reply of a change: the re-index's report follows what was done. */
  const DONE = /\n(Re-indexed|Already up to date)/u;
  const add = (filename: string, bytes: Buffer, options: { replace?: boolean; as?: InteractionOptions } = {}) =>
    h.discord.sendSubcommand('corpus', 'add', { file: h.discord.attach(filename, bytes), ...(options.replace !== undefined && { replace: options.replace }) }, options.as ?? moderator);
  const ask = async (question: string): Promise<Embed> => embedOf(await finalReply(h, h.discord.sendCommand('ask', { question }, { user: newUser('asker') })));
  const corpusFiles = async () => (await readdir(h.corpusDir)).filter((name) => !name.startsWith('.')).sort();
  const isPrivate = (record: InteractionRecord) => ((record.initial?.data?.flags ?? 0) & 64) === 64;
  /** What /status says of the index: documents and when it was built. */
  const indexState = async () => {
    const fields = ((await initialResponse(h, h.discord.sendCommand('status', {}, { user: newUser('status') }))).data?.embeds?.[0] as Embed).fields ?? [];
    return { documents: fields.find((f) => f.name === 'Documents')?.value, builtAt: fields.find((f) => f.name === 'Index built')?.value };
  };

  it('adds a PDF and a Markdown file for a moderator, reports them, and /ask then cites them (pages for the PDF)', async () => {
    const pdf = add('rowing-report.pdf', REPORT_PDF);
    const pdfReply = await replyMatching(pdf, DONE);
    expect(isPrivate(pdf)).toBe(true);
    expect(pdfReply.content).toMatch(/^Added rowing-report\.pdf\.\n\*\*Lakeside Rowing Club Annual Report\*\* · 2024-03-12 · \d+ passages?\nRe-indexed 2 documents/u);
    expect(pdf.edits.some((edit) => /^Added rowing-report\.pdf\.\n(Re-indexing…|Re-indexing: embedded \d+ of \d+)/u.test(edit.body.content ?? ''))).toBe(true);

    const md = add('handbook.md', Buffer.from(HANDBOOK_MD));
    expect((await replyMatching(md, DONE)).content).toMatch(/^Added handbook\.md\.\n\*\*Volunteer handbook\*\* · 1 passage\n/u);

    const shells = await ask('How many racing shells did the club buy?');
    expect(shells.description).toMatch(/four new racing shells/u);
    expect(shells.fields?.[0]?.value).toMatch(/p\. 2 · rowing-report\.pdf/u);
    const volunteers = await ask('When do the volunteers of the regatta meet?');
    expect(volunteers.description).toMatch(/every Thursday at 18:00/u);
    expect(volunteers.fields?.[0]?.value).toMatch(/handbook\.md/u);
  }, 180_000);

  it('refuses /corpus add to a member who is not a moderator, privately, downloading nothing', async () => {
    const file = h.discord.attach('member.md', Buffer.from('# Member\n\nA member tries to add this.'));
    const record = h.discord.sendSubcommand('corpus', 'add', { file }, { user: newUser('member') });
    const response = await initialResponse(h, record);
    expect(response.type).toBe(4);
    expect(isPrivate(record)).toBe(true);
    expect(response.data?.content).toMatch(/^Only moderators .* can add documents\.$/u);
    expect(h.discord.attachmentDownloads.get(file.id)).toBeUndefined();
    expect(await corpusFiles()).not.toContain('member.md');
  });

  it('refuses bad documents with a clear private message, leaving the corpus and the index untouched', async () => {
    const before = { files: await corpusFiles(), index: await indexState() };
    const cases: Array<[string, Buffer, RegExp, number?]> = [
      ['../escape.md', Buffer.from('# Escape\n\nOut of the corpus folder.'), /not a safe document name/u],
      ['huge.md', Buffer.alloc(10, 'a'), /huge\.md is 2\.0 MB; documents may be at most 1\.0 MB \(MAX\\_DOCUMENT\\_MB\)/u, 2 * 1024 * 1024],
      ['growing.md', Buffer.alloc(1024 * 1024 + 10, 'a'), /at most 1\.0 MB/u, 100],
      ['photo.pdf', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]), /not a PDF, though named \.pdf/u],
      ['program.md', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0)]), /cannot be added/u],
      ['scan.pdf', makePdf([[], []]), /without a text layer/u],
    ];
    for (const [name, bytes, reason, declared] of cases) {
      const file = h.discord.attach(name, bytes, declared);
      const record = h.discord.sendSubcommand('corpus', 'add', { file }, moderator);
      const reply = await replyMatching(record, /^Not added: /u, `the refusal of ${name}`);
      expect(isPrivate(record), name).toBe(true);
      expect(reply.content, name).toMatch(reason);
      if (declared !== undefined && declared > bytes.length) expect(h.discord.attachmentDownloads.get(file.id), name).toBeUndefined();
    }
    expect(await corpusFiles()).toEqual(before.files);
    expect(await indexState()).toEqual(before.index);
    expect(await readdir(path.dirname(h.corpusDir))).toEqual(['corpus', 'data', 'embeddings']);
  });

  it('refuses an existing name unless replace, and reports identical content instead of adding it twice', async () => {
    const again = await replyMatching(add('handbook.md', Buffer.from(`${HANDBOOK_MD}\nNew line.\n`)), /^Not added/u);
    expect(again.content).toMatch(/already has handbook\.md; add it with replace/u);
    const copy = await replyMatching(add('copy-of-handbook.md', Buffer.from(HANDBOOK_MD)), /^Not added/u);
    expect(copy.content).toBe('Not added: the corpus already holds the same content as handbook.md.');
    expect(await corpusFiles()).not.toContain('copy-of-handbook.md');
    const replaced = await replyMatching(add('handbook.md', Buffer.from(`${HANDBOOK_MD}\nVolunteers bring their own life jackets.\n`), { replace: true }), DONE);
    expect(replaced.content).toMatch(/^Replaced handbook\.md\./u);
  }, 120_000);

  it('lists the documents for everyone with title, date, passages and who added each, never host paths', async () => {
    const record = h.discord.sendSubcommand('corpus', 'list', {}, { user: newUser('reader') });
    const embed = (await initialResponse(h, record)).data?.embeds?.[0] as Embed;
    expect(isPrivate(record)).toBe(true);
    expect(embed.title).toBe('Documents (3)');
    const lines = embed.description?.split('\n') ?? [];
    expect(lines[1]).toMatch(/^• \*\*Kazakhstan stands ready .*\*\* \(kazakhstan-osce-2019-05-07\.txt\) · 2019-05-07 · \d+ passages · added outside Docent$/u);
    expect(lines[2]).toMatch(new RegExp(`^• \\*\\*Lakeside Rowing Club Annual Report\\*\\* \\(rowing-report\\.pdf\\) · 2024-03-12 · \\d+ passages? · added by discord:${moderator.user?.id} \\(mod\\d+\\) \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC$`, 'u'));
    expect(lines[0]).toMatch(/^• \*\*Volunteer handbook\*\* \(handbook\.md\) · 2 passages · added by discord:/u);
    expect(JSON.stringify(embed)).not.toContain(h.corpusDir);
  });

  it('escapes corpus text shown in Discord and never pings', async () => {
    const record = add('ferry-notice.md', Buffer.from(DONT_PING));
    const reply = await replyMatching(record, DONE);
    expect(reply.content).toMatch(/\*\*Notice @\u200beveryone\*\*/u);
    const list = (await initialResponse(h, h.discord.sendSubcommand('corpus', 'list', {}, { user: newUser('reader') }))).data?.embeds?.[0] as Embed;
    expect(list.description).toMatch(/Notice @\u200beveryone/u);
    expect(h.discord.pings).toEqual([]);
  }, 120_000);

  it('autocompletes document names for moderators, and gives members none', async () => {
    const choices = async (sub: string, typed: string, as: InteractionOptions) => {
      const record = h.discord.sendAutocomplete('corpus', sub, 'document', typed, as);
      const response = await initialResponse(h, record);
      expect(response.type).toBe(8);
      return ((response.data as { choices?: Array<{ name: string; value: string }> } | undefined)?.choices ?? []).map((choice) => choice.value);
    };
    expect(await choices('remove', 'ROW', moderator)).toEqual(['rowing-report.pdf']);
    expect(await choices('remove', 'o', moderator)).toEqual(['ferry-notice.md', 'handbook.md', 'kazakhstan-osce-2019-05-07.txt', 'rowing-report.pdf']);
    expect(await choices('restore', '', moderator)).toEqual(['handbook.md']); // its replacement kept the first version
    expect(await choices('remove', 'row', { user: newUser('member') })).toEqual([]);
  });

  it('removes a document after its moderator confirms, then restore brings the answers back', async () => {
    const remove = h.discord.sendSubcommand('corpus', 'remove', { document: 'rowing-report.pdf' }, moderator);
    const question = await initialResponse(h, remove);
    expect(isPrivate(remove)).toBe(true);
    expect(question.data?.content).toMatch(/^Remove rowing-report\.pdf \(\*\*Lakeside Rowing Club Annual Report\*\*\) from the corpus\?/u);
    const prompt = remove.original as StoredMessage;
    const ids = JSON.stringify(prompt.components).match(/corpus-remove:(confirm|cancel):[\w-]+/gu) ?? [];
    const confirmId = ids.find((id) => id.includes(':confirm:')) ?? '';

    // Another moderator cannot press it.
    const other = h.discord.clickButton(prompt, confirmId, { user: newUser('mod-other'), roles: [h.discord.moderatorRoleId] });
    expect((await initialResponse(h, other)).data?.content).toBe('Only the moderator who asked for this removal can confirm it.');
    expect(await corpusFiles()).toContain('rowing-report.pdf');

    const confirm = h.discord.clickButton(prompt, confirmId, moderator);
    expect((await initialResponse(h, confirm)).type).toBe(7); // the prompt becomes the progress
    const done = await replyMatching(confirm, /^Removed rowing-report\.pdf .*\nRe-indexed/u);
    expect(done.content).toMatch(/removed 1 \(rowing-report\.pdf\)/u);
    expect(await corpusFiles()).not.toContain('rowing-report.pdf');
    expect(JSON.stringify((await ask('How many racing shells did the club buy?')).fields)).not.toMatch(/rowing-report/u);

    // Used once: pressing again is refused.
    const twice = h.discord.clickButton(prompt, confirmId, moderator);
    expect((await initialResponse(h, twice)).data?.content).toMatch(/expired or was already used/u);

    const restore = h.discord.sendSubcommand('corpus', 'restore', { document: 'rowing-report.pdf' }, moderator);
    expect((await replyMatching(restore, /^Restored rowing-report\.pdf\.\nRe-indexed/u)).content).toMatch(/added 1 \(rowing-report\.pdf\)/u);
    const back = await ask('How many racing shells did the club buy?');
    expect(back.description).toMatch(/four new racing shells/u);
    expect(back.fields?.[0]?.value).toMatch(/p\. 2 · rowing-report\.pdf/u);
  }, 180_000);

  it('refuses remove, restore and history to members, and shows moderators the history', async () => {
    const member = { user: newUser('member') };
    for (const [sub, options] of [['remove', { document: 'handbook.md' }], ['restore', { document: 'handbook.md' }], ['history', {}]] as const) {
      const response = await initialResponse(h, h.discord.sendSubcommand('corpus', sub, options, member));
      expect(response.data?.content, sub).toMatch(/^Only moderators/u);
    }
    const history = (await initialResponse(h, h.discord.sendSubcommand('corpus', 'history', {}, moderator))).data?.content ?? '';
    const lines = history.split('\n');
    expect(lines[0]).toBe('Changes to the corpus, newest first:');
    expect(lines[1]).toMatch(new RegExp(`· discord:${moderator.user?.id} \\(mod\\d+\\) · restore rowing-report\\.pdf$`, 'u'));
    expect(lines[2]).toMatch(/· remove rowing-report\.pdf$/u);
    expect(lines.slice(1).map((line) => line.replace(/^.* · /u, ''))).toEqual(['restore rowing-report.pdf', 'remove rowing-report.pdf', 'add ferry-notice.md', 'replace handbook.md', 'add handbook.md', 'add rowing-report.pdf']);
  });

  it('keeps both of two documents added at once, in the corpus and in the index', async () => {
    const first = add('tide-table.md', Buffer.from('# Tide table\n\nHigh tide at Gull Point is at 06:12 on the first of May.\n'));
    const second = add('lighthouse.md', Buffer.from('# Lighthouse\n\nThe Brannock lighthouse keeper retired in 1987 after thirty years.\n'));
    await Promise.all([replyMatching(first, DONE), replyMatching(second, DONE)]);
    expect(await corpusFiles()).toEqual(expect.arrayContaining(['tide-table.md', 'lighthouse.md']));
    expect((await indexState()).documents).toBe('6');
    expect((await ask('When did the lighthouse keeper retire?')).description).toMatch(/1987/u);
    expect((await ask('When is high tide at Gull Point?')).description).toMatch(/06:12/u);
  }, 180_000);

  it('shows skipped files and their reasons to moderators only, in /status', async () => {
    await writeFile(path.join(h.corpusDir, 'broken.txt'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(300, 0)]));
    // Only a skipped file changed: the index is up to date, and now knows what it skipped.
    await replyMatching(h.discord.sendCommand('reindex', {}, moderator), /^Already up to date/u);
    const member = h.discord.sendCommand('status', {}, { user: newUser('member') });
    const embed = (await initialResponse(h, member)).data?.embeds?.[0] as Embed;
    expect(JSON.stringify(embed)).not.toMatch(/broken/u);
    expect(JSON.stringify(embed)).toMatch(/Skipped 1 file \(moderators see which in \/status\)/u);
    const mod = h.discord.sendCommand('status', {}, moderator);
    await initialResponse(h, mod);
    const followUp = await h.discord.waitFor(() => mod.followUps.find((message) => /^Skipped by the index/u.test(message.content)), 10_000, 'the skipped files');
    expect(followUp.content).toMatch(/^Skipped by the index \(1\):\n• broken\.txt: binary content/u);
    expect(followUp.flags & 64).toBe(64);
    expect(member.followUps).toEqual([]);
    expect(await readFile(path.join(h.corpusDir, RELEASE_FILE), 'utf8')).toMatch(/OSCE/u);
  }, 120_000);

  it('broke no Discord rule', () => {
    expect(h.discord.violations).toEqual([]);
    expect(h.discord.pings).toEqual([]);
  });
});
