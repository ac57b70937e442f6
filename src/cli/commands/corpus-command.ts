import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { loadEngineConfig, type EngineConfig } from '../../config/index.js';
import { DocentError } from '../../core/index.js';
import { CorpusLibrary } from '../../corpus/index.js';
import { formatIndexReport } from '../format.js';
import { withIndexOptions, type LocationFlags } from '../options.js';
import { indexWithProgress } from '../run-index.js';

/** Who the log names for changes made from this terminal. */
const byThisUser = (): string => `cli:${userInfo().username}`;

/** Brings the index up to date after a change, as `docent index` does. */
async function reindex(config: EngineConfig): Promise<void> {
  console.log(formatIndexReport(await indexWithProgress(config), config.indexDir));
}

/** `docent corpus list|add|remove|restore|history`: the corpus folder's documents, changed with checks and a log. */
export function registerCorpusCommand(program: Command): void {
  const corpus = program.command('corpus').description('list, add, remove and restore documents, with a log of every change (then re-index)');
  const open = (flags: LocationFlags) => {
    const config = loadEngineConfig(process.env, flags);
    return { config, library: new CorpusLibrary(config.corpusDir, config.maxDocumentBytes) };
  };

  withIndexOptions(corpus.command('list'))
    .description('the documents, with size and who added each and when')
    .action(async (flags: LocationFlags) => {
      for (const entry of await open(flags).library.list()) {
        const added = entry.added ? `added by ${entry.added.by} at ${entry.added.at}` : 'added outside Docent';
        console.log(`${entry.name}  ${(entry.bytes / 1024).toFixed(1)} KiB  ${added}`);
      }
    });

  withIndexOptions(corpus.command('add'))
    .description('add a document (.txt, .md, .html, .pdf): checked, saved atomically, then indexed')
    .argument('<file>', 'the document to add')
    .option('--as <name>', 'the name it gets in the corpus (default: the file\'s name)')
    .option('--replace', 'replace a document of the same name (the old version is kept in the history)')
    .action(async (file: string, flags: LocationFlags & { as?: string; replace?: boolean }) => {
      const { config, library } = open(flags);
      const bytes = await readFile(file).catch((error: unknown) => {
        throw new DocentError('BAD_DOCUMENT', `Cannot read ${file}: ${(error as Error).message}`, { cause: error });
      });
      const outcome = await library.add(flags.as ?? path.basename(file), bytes, { by: byThisUser(), replace: flags.replace ?? false });
      if (outcome.kind === 'duplicate') {
        console.log(`Not added: the corpus already holds the same content as ${outcome.existing}.`);
        return;
      }
      console.log(`${outcome.kind === 'added' ? 'Added' : 'Replaced'} ${outcome.name}: "${outcome.title}"${outcome.date ? `, ${outcome.date}` : ''}.`);
      await reindex(config);
    });

  withIndexOptions(corpus.command('remove'))
    .description('remove a document (kept in the history, so `restore` brings it back), then re-index')
    .argument('<name>', 'the document\'s name in the corpus')
    .action(async (name: string, flags: LocationFlags) => {
      const { config, library } = open(flags);
      await library.remove(name, { by: byThisUser() });
      console.log(`Removed ${name}.`);
      await reindex(config);
    });

  withIndexOptions(corpus.command('restore'))
    .description('bring back the version of a document that its last removal or replacement kept, then re-index')
    .argument('<name>', 'the document\'s name in the corpus')
    .action(async (name: string, flags: LocationFlags) => {
      const { config, library } = open(flags);
      await library.restore(name, { by: byThisUser() });
      console.log(`Restored ${name}.`);
      await reindex(config);
    });

  withIndexOptions(corpus.command('history'))
    .description('every change, newest first: when, who, what')
    .action(async (flags: LocationFlags) => {
      for (const change of (await open(flags).library.history()).reverse()) console.log(`${change.at}  ${change.by}  ${change.action} ${change.document}`);
    });
}
