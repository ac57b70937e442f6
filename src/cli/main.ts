import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { config as loadDotenv } from 'dotenv';
import { isDocentError } from '../core/index.js';
import { registerAskCommand } from './commands/ask-command.js';
import { registerCorpusCommand } from './commands/corpus-command.js';
import { registerEvalCommand } from './commands/eval-command.js';
import { registerIndexCommand } from './commands/index-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerRegisterCommand, registerServeCommand } from './commands/serve-command.js';

/** Builds the `docent` command with all its subcommands. */
export function buildProgram(): Command {
  const program = new Command('docent')
    .description('Answers questions about a release, with citations to its passages')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    .exitOverride();
  registerIndexCommand(program);
  registerSearchCommand(program);
  registerAskCommand(program);
  registerEvalCommand(program);
  registerCorpusCommand(program);
  registerServeCommand(program);
  registerRegisterCommand(program);
  return program;
}

/** Docent's version from its package.json (src/cli/ when run from source, dist/src/cli/ when built). */
function packageVersion(): string {
  for (const relative of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'docent' && pkg.version) return pkg.version;
    } catch {
      // not at this level
    }
  }
  return 'unknown';
}

/** Runs the CLI with `argv` and returns the exit code; the one error boundary of the CLI. */
export async function main(argv: readonly string[]): Promise<number> {
  loadDotenv({ quiet: true });
  try {
    await buildProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (isDocentError(error)) {
      console.error(`docent: ${error.message}`);
      return 1;
    }
    console.error(`docent: unexpected error: ${(error as Error).message ?? String(error)}`);
    if (process.env['LOG_LEVEL'] === 'debug') console.error(error);
    return 70;
  }
}
