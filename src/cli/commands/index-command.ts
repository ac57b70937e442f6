import type { Command } from 'commander';
import { loadEngineConfig } from '../../config/index.js';
import { breakBuildLock } from '../../store/index.js';
import { formatIndexReport } from '../format.js';
import { indexWithProgress } from '../run-index.js';
import { withIndexOptions, type LocationFlags } from '../options.js';

interface IndexFlags extends LocationFlags {
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
  breakLock?: boolean;
}

/** `docent index`: builds or refreshes the index and prints what changed. */
export function registerIndexCommand(program: Command): void {
  withIndexOptions(program.command('index'))
    .description('build or refresh the index of the corpus (only new passages are embedded)')
    .option('--force', 'write a new snapshot even when the index is up to date')
    .option('--dry-run', 'report what would change, without embedding or writing')
    .option('--json', 'print the report as JSON')
    .option('--break-lock', 'remove a build lock left by a Docent process that no longer runs, then index')
    .action(async (flags: IndexFlags) => {
      const config = loadEngineConfig(process.env, flags);
      if (flags.breakLock) {
        const holder = await breakBuildLock(config.indexDir);
        console.error(holder ? `docent: removed the build lock of ${holder}.` : 'docent: there was no build lock to remove.');
      }
      const report = await indexWithProgress(config, { force: flags.force ?? false, dryRun: flags.dryRun ?? false });
      console.log(flags.json ? JSON.stringify(report) : formatIndexReport(report, config.indexDir));
    });
}
