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

/** Adds the --corpus and --index options every index-using command takes. */
export function withIndexOptions(command: Command): Command {
  return command
    .option('--corpus <dir>', 'corpus folder (default: CORPUS_DIR or corpus/)')
    .option('--index <dir>', 'index folder (default: INDEX_DIR or embeddings/)');
}

/** Parses -k: a whole number from 1 to 50. */
export function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 50) throw new InvalidArgumentError('must be a whole number from 1 to 50');
  return parsed;
}
