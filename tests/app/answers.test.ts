import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../src/app/index.js';
import { loadEngineConfig } from '../../src/config/index.js';
import { RELEASE_CORPUS, RELEASE_FILE, tempDir, writeFiles } from '../support/fs.js';

// The release plus a Markdown FAQ a moderator might add: headings, sentences that lean on the one
// before, and words ("released") that the release itself never uses.
const FAQ = `# Docent FAQ

## Installation

Run npm ci in the project folder. The first question builds the index, which takes about ten seconds.

## Moderators

Moderators are members with the Manage Server permission. They can re-index the corpus with /reindex.

## Release notes

Version 2.0 was released on 3 March 2026. It added the Sources button and the thumbs for feedback.

## Who to ask

| Role | Name | Ask them about |
|---|---|---|
| Maintainer | Ana Lima | Releases and the roadmap |
| Treasurer | Priya Raman | Donations and refunds |
| Moderator lead | Ollie Brannigan | Reports about messages |
`;

describe('answers over a corpus of several documents', () => {
  let engine: Engine;
  beforeAll(async () => {
    const corpus = await tempDir('docent-corpus-');
    await cp(path.join(RELEASE_CORPUS, RELEASE_FILE), path.join(corpus, RELEASE_FILE));
    await writeFiles(corpus, { 'faq.md': FAQ });
    engine = await Engine.open(loadEngineConfig({}, { corpus, index: await tempDir() }));
  });
  afterAll(async () => engine.dispose());

  it('reads a sentence under its heading', async () => {
    const { answer, abstained } = await engine.ask('How do I install it?');
    expect(abstained).toBe(false);
    expect(answer).toMatch(/^Run npm ci in the project folder\. \[1\]/u);
  });

  it('answers with the sentence a "They…" sentence leans on, never a bare pronoun', async () => {
    const { answer, citations } = await engine.ask('Who can re-index?');
    expect(answer).toBe('Moderators are members with the Manage Server permission. They can re-index the corpus with /reindex. [1]');
    expect(citations[0]?.document).toBe('faq.md');
  });

  it('answers "how long" with a duration, and keeps "released" as a term where the corpus uses it', async () => {
    expect((await engine.ask('How long does building the index take?')).answer).toMatch(/takes about ten seconds\. \[1\]$/u);
    expect((await engine.ask('What did version 2.0 add?')).answer).toMatch(/It added the Sources button and the thumbs for feedback\. \[1\]$/u);
  });

  it("answers from a table's row, quoted with its column headers, not the whole table", async () => {
    const { answer, abstained, citations } = await engine.ask('who do i ask about refunds?');
    expect(abstained).toBe(false);
    expect(answer).toBe('Role: Treasurer · Name: Priya Raman · Ask them about: Donations and refunds [1]');
    expect(citations[0]?.document).toBe('faq.md');
  });

  it("answers a question about the release's headline with its title line", async () => {
    const { answer, abstained, citations } = await engine.ask("what's the headline of this article?");
    expect(abstained).toBe(false);
    expect(answer).toBe('Kazakhstan stands ready to contribute to OSCE security and co-operation efforts [1]');
    expect(citations[0]?.document).toBe(RELEASE_FILE);
  });

  it('still answers from the release beside the FAQ, short questions included', async () => {
    expect((await engine.ask('When was the OSCE established?')).answer).toMatch(/established in 1975/u);
    // USE-lite rates a bare name question low (0.076): term evidence decides, not a high similarity floor.
    expect((await engine.ask('Who is Greminger?')).answer).toMatch(/Greminger/u);
  });
});
