import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';

/** The flags withIndexOptions adds. */
export interface LocationFlags {
  corpus?: string;
  index?: string;
}

/** Flags of the commands that answer queries (ask, search). */
export interface QueryFlags extends LocationFlags {
  k: number;
  json?: boolean;
}

/** How a command uses the index folder. */
export interface IndexOptionUse {
  /** The command only reads an index: an --index naming no existing path is a slip, not a new folder. */
  readonly mustExist?: boolean;
}

/**
 * Adds the --corpus and --index options every index-using command takes. An empty path is
 * refused: it would resolve to the working folder (and index node_modules).
 */
export function withIndexOptions(command: Command, use: IndexOptionUse = {}): Command {
  return command
    .option('--corpus <dir>', 'corpus folder (default: CORPUS_DIR or corpus/)', folderPath('--corpus'))
    .option('--index <dir>', 'index folder (default: INDEX_DIR or embeddings/)', use.mustExist ? existingIndexPath : folderPath('--index'));
}

function folderPath(flag: string): (value: string) => string {
  return (value) => {
    if (value.trim().length === 0) throw new InvalidArgumentError(`${flag} needs a folder, not an empty path`);
    return value;
  };
}

// `docent ask --index When was it founded?` would otherwise take "When" as the folder and build
// a new index there.
function existingIndexPath(value: string): string {
  folderPath('--index')(value);
  if (!existsSync(value)) {
    throw new InvalidArgumentError(`there is no folder "${value}"; build an index there first with \`docent index --index ${value}\` (or did the folder name go missing after --index?)`);
  }
  return value;
}

/** Parses -k: a whole number from 1 to 50, written in plain digits. */
export function positiveInt(value: string): number {
  const parsed = /^\d{1,2}$/u.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50) throw new InvalidArgumentError('must be a whole number from 1 to 50');
  return parsed;
}
