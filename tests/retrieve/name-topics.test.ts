import { describe, expect, it } from 'vitest';
import { TermStats } from '../../src/language/index.js';
import { NameTopics } from '../../src/retrieve/name-topics.js';
import { chunksOfDocuments } from '../support/passages.js';

async function topicsOf(documents: Record<string, readonly string[]>): Promise<NameTopics> {
  const chunks = chunksOfDocuments(documents);
  return new NameTopics(chunks, await TermStats.build(chunks));
}

/** Twelve manuals about tables and indexes; two mention GitHub in passing, one is about it. */
const manuals: Record<string, readonly string[]> = Object.fromEntries(
  Array.from({ length: 12 }, (_, i) => [
    `manual-${i}`,
    [
      `An index speeds up a query on table ${i}.`,
      i < 2 ? 'The source code is mirrored on GitHub for convenience.' : `A vacuum run reclaims space in table ${i}.`,
      i === 2 ? 'Pull requests on GitHub are reviewed weekly. GitHub runs the checks.' : `Rows of table ${i} are stored in pages.`,
      i === 2 ? 'Issues filed on GitHub are triaged by the team.' : `Each page of table ${i} holds several rows.`,
    ],
  ]),
);

describe('NameTopics', () => {
  it("ties a project's documents by the name they are all about", async () => {
    const topics = await topicsOf({
      'code-of-conduct.md': ['Everyone in Quillmark spaces is treated with respect.', 'The Quillmark conduct team may issue a temporary ban.'],
      'release-notes.md': ['Quillmark 2.4 adds a canvas view.', 'The installer is smaller. Quillmark now starts faster.'],
      'support-faq.md': ['Quillmark is free and open source.', 'Quillmark Cloud costs 4 euros per month.'],
      ...manuals,
    });
    expect([...(topics.topicOf('release-notes.md') ?? [])].sort()).toEqual(['code-of-conduct.md', 'release-notes.md', 'support-faq.md']);
    expect(topics.topicOf('support-faq.md')).toEqual(topics.topicOf('code-of-conduct.md'));
  });

  it('ties nothing by a name most of its holders only mention, one written in capitals, or one only two documents hold', async () => {
    const topics = await topicsOf({
      ...manuals,
      'tempfiles.md': ['A TEMP table lives in a TEMP database.', 'The TEMP database is deleted on close.'],
      'tutorial.md': ['Create a TEMP table first.', 'A TEMP table is private to its connection.'],
      'pragmas.md': ['Set the TEMP store first.', 'The TEMP store may be memory.'],
      'faq-raku.md': ['Raku is a sister language.', 'Raku was once called Perl 6.'],
      'faq-raku-more.md': ['Raku has grammars.', 'Learn Raku from its docs.'],
    });
    // "Raku": two FAQ answers about one tool are no topic apart from the rest.
    expect(topics.topicOf('faq-raku.md')).toBeUndefined();
    // "GitHub": one of its three holders is about it.
    expect(topics.topicOf('manual-2')).toBeUndefined();
    expect(topics.topicOf('manual-0')).toBeUndefined();
    // "TEMP" is code written in capitals, no name.
    expect(topics.topicOf('tempfiles.md')).toBeUndefined();
  });

  it("joins a document about a name to the topic of the one other document that mentions it, all members alike", async () => {
    const topics = await topicsOf({
      'events.md': ['Lantern Hollow meets on Fridays.', 'Lantern Hollow runs a jam.'],
      'rules.md': ['Be kind in Lantern Hollow.', 'Lantern Hollow bans spam. Ask about Rust in the channel.'],
      'support.md': ['Our bot Wicklight helps in Lantern Hollow.', 'Ask Lantern Hollow moderators for help.'],
      'bot-notes.md': ['Version 1.2 of Wicklight adds reminders for Lantern Hollow.', 'Replies from Wicklight are faster.'],
      // About Rust, which one member mentions: it shares no other name with them.
      'rust-manual.md': ['Programs in Rust are memory safe.', 'Cargo builds Rust code.'],
      ...manuals,
    });
    const topic = ['bot-notes.md', 'events.md', 'rules.md', 'support.md'];
    for (const member of topic) expect([...(topics.topicOf(member) ?? [])].sort()).toEqual(topic);
    expect(topics.topicOf('rust-manual.md')).toBeUndefined();
  });

  it('sets no topic for a document whose names no other document holds', async () => {
    const topics = await topicsOf({ 'kazakhstan-osce.txt': ['Kazakhstan supports the OSCE.', 'The OSCE met in Vienna with Kazakhstan.'], ...manuals });
    expect(topics.topicOf('kazakhstan-osce.txt')).toBeUndefined();
  });
});
