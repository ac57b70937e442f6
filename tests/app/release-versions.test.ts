import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/app/index.js';
import { engineOn } from '../support/engine.js';

// Two releases' notes that say the same kinds of things with different values: a question that
// names a version must be answered from that version's notes.
const NOTES_23 = `# Lumen 2.3 release notes

Lumen 2.3 was released on 4 February 2025.

## Changes

The default cache size is 64 MB. The sync command now retries three times before it gives up.

The plugin loader reads plugins from the plugins folder in alphabetical order.
`;
const NOTES_24 = `# Lumen 2.4 release notes

Lumen 2.4 was released on 9 September 2025.

## Changes

The default cache size is now 128 MB. Lumen now supports Unicode 15 in file names.

The sync command gained a --dry-run option that lists what it would copy.

Support for Windows 7 is deprecated and will be dropped in Lumen 2.6.
`;

// A devlog that tells what the notes do not: the beta before 2.4.
const DEVLOG = `# Lumen devlog

Before Lumen 2.4 went out, forty testers tried it in a closed beta from 1 to 3 August 2025.
`;

// Another product's page whose title carries the same version: "lumen 2.3" is not about it.
const OTHER_PRODUCT = `# Change in Default Page Size in SQLite Version 2.3.0

The default cache size is 2000 pages. The default page size is 4096 bytes.
`;

describe('questions that name a release by its version', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'lumen-2.3.md': NOTES_23, 'lumen-2.4.md': NOTES_24, 'sqlite-pages.md': OTHER_PRODUCT, 'devlog.md': DEVLOG });
  });
  afterAll(async () => engine.dispose());

  it("answers from another document what the named version's notes never mention, where a sentence says the version", async () => {
    const beta = await engine.ask('when was the 2.4 beta?');
    expect(beta.abstained).toBe(false);
    expect(beta.answer).toContain('from 1 to 3 August 2025');
    expect(beta.citations[0]?.document).toBe('devlog.md');
    // Named with its product, which every note of it says, too.
    expect((await engine.ask('when was the lumen 2.4 beta?')).answer).toContain('from 1 to 3 August 2025');
    // Not of another version: the devlog's beta was before 2.4.
    expect((await engine.ask('when was the 2.3 beta?')).abstained).toBe(true);
  });

  it("answers from the named version's notes, however the version is written", async () => {
    const older = await engine.ask("what's the default cache size in lumen 2.3?");
    expect(older.abstained).toBe(false);
    expect(older.answer).toMatch(/^The default cache size is 64 MB\. \[1\]/u);
    expect(older.citations[0]?.document).toBe('lumen-2.3.md');
    const newer = await engine.ask('default cache size in lumen v2.4?');
    expect(newer.answer).toMatch(/^The default cache size is now 128 MB\. \[1\]/u);
    expect(newer.citations[0]?.document).toBe('lumen-2.4.md');
  });

  it('refuses a fact that only another version gives', async () => {
    const { abstained, citations } = await engine.ask('which unicode version does lumen 2.3 support in file names?');
    expect(abstained).toBe(true);
    expect(citations.every((citation) => citation.document === 'lumen-2.3.md')).toBe(true);
  });

  it('refuses a version no notes are for, unless a sentence says it', async () => {
    const absent = await engine.ask('what is the default cache size in lumen 2.6?');
    expect(absent.abstained).toBe(true);
    const said = await engine.ask('what happens to windows 7 support in lumen 2.6?');
    expect(said.abstained).toBe(false);
    expect(said.answer).toContain('will be dropped in Lumen 2.6');
  });

  it('says when a version came out from a sentence that says so, without a dated heading', async () => {
    expect((await engine.ask('when did lumen 2.3 come out?')).answer).toContain('was released on 4 February 2025');
  });

  it('asks a question naming both versions, or none, of both notes', async () => {
    const both = await engine.ask('when were 2.3 and 2.4 released?');
    expect(both.abstained).toBe(false);
    expect(new Set(both.citations.map((citation) => citation.document))).toEqual(new Set(['lumen-2.3.md', 'lumen-2.4.md']));
    const unnamed = await engine.ask('which release added a dry run option to sync?');
    expect(unnamed.citations[0]?.document).toBe('lumen-2.4.md');
  });
});

// The same releases as one changelog, each version a section: a question that names a version is
// answered from that version's section.
const CHANGELOG = `# Lumen changelog

## 2.4.0 - 2025-09-09

### Added

- A --dry-run option for sync that lists what it would copy.

### Changed

- The default cache size is now 128 MB.

## 2.3.0 - 2025-02-04

### Changed

- The default cache size is 64 MB.
- Sync retries three times before it gives up.
`;

describe('questions that name a version of a changelog', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'CHANGELOG.md': CHANGELOG });
  });
  afterAll(async () => engine.dispose());

  it("answers from the named version's section", async () => {
    expect((await engine.ask('whats the default cache size in 2.3?')).answer).toMatch(/^- The default cache size is 64 MB\. \[1\]$/u);
    expect((await engine.ask('what is the default cache size in v2.4.0?')).answer).toMatch(/^- The default cache size is now 128 MB\. \[1\]$/u);
  });

  it('refuses what only another version says', async () => {
    expect((await engine.ask('does the sync command have a dry run option in 2.3?')).abstained).toBe(true);
  });

  it("says when a version came out from its section's dated heading", async () => {
    const shipped = await engine.ask('when did 2.3 come out?');
    expect(shipped.abstained).toBe(false);
    expect(shipped.answer).toBe('2.3.0 - 2025-02-04 [1]');
    expect(shipped.citations[0]?.quote).toBe('2.3.0 - 2025-02-04');
    expect((await engine.ask('when was version 2.4 released')).answer).toBe('2.4.0 - 2025-09-09 [1]');
    // Named with its product too.
    expect((await engine.ask('when did lumen 2.4 come out?')).answer).toBe('2.4.0 - 2025-09-09 [1]');
    // A question about something in the version is answered from its text, not its date.
    expect((await engine.ask('when did 2.4 make the cache 128 MB?')).answer).not.toBe('2.4.0 - 2025-09-09 [1]');
    // A version no section carries in full is no section's date.
    expect((await engine.ask('when did 2.4.7 come out?')).answer).not.toContain('2025-09-09');
  });
});

// A changelog whose newest section has no date, though its notes hold one.
const UNDATED = `# Lumen changelog

## Changes in 2.5

### Fixed

- Keys created before 1 March 2025 are accepted again.

## 2.4.0 - 2025-09-09

### Changed

- The default cache size is now 128 MB.
`;

describe('when a version came out, undated', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOn({ 'CHANGELOG.md': UNDATED });
  });
  afterAll(async () => engine.dispose());

  it('is refused when neither its heading nor a sentence says it, whatever dates its notes hold', async () => {
    for (const question of ['when was 2.5 released', 'release date of 2.5?', 'when did 2.5 come out?']) {
      expect((await engine.ask(question)).abstained, question).toBe(true);
    }
    // The dated version still answers, and so does what the notes date.
    expect((await engine.ask('when was 2.4 released')).answer).toBe('2.4.0 - 2025-09-09 [1]');
    expect((await engine.ask('keys created before when are accepted again in 2.5?')).answer).toContain('1 March 2025');
  });
});
