import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/index.js';

/** A file (or folder) that was skipped, and why. */
export interface IngestWarning {
  readonly path: string;
  readonly reason: string;
}

/** The document files found under a corpus folder, and what was skipped on the way. */
export interface CorpusFiles {
  /** Paths relative to the corpus folder, forward slashes, sorted. */
  readonly files: string[];
  readonly warnings: IngestWarning[];
}

/**
 * Finds the files with one of `extensions` under `corpusDir`, recursively, skipping hidden
 * names. A folder that cannot be read is skipped with a warning (only the corpus folder itself is
 * an error), and a symbolic link is followed only to a file inside the corpus folder: a link to
 * /etc/passwd must never be indexed and then served to every member.
 */
export async function findCorpusFiles(corpusDir: string, extensions: ReadonlySet<string>): Promise<CorpusFiles> {
  let root: string;
  try {
    root = await realpath(corpusDir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    throw new DocentError('CORPUS_NOT_FOUND', `Cannot read the corpus folder ${corpusDir}: ${(error as Error).message}`, { cause: error });
  }
  const files: string[] = [];
  const warnings: IngestWarning[] = [];
  const wanted = (name: string) => extensions.has(path.extname(name).toLowerCase());

  const walk = async (relativeDir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(path.join(root, relativeDir), { withFileTypes: true });
    } catch (error) {
      if (relativeDir === '') {
        throw new DocentError('CORPUS_NOT_FOUND', `Cannot read the corpus folder ${corpusDir}: ${(error as Error).message}`, { cause: error });
      }
      warnings.push({ path: `${relativeDir}/`, reason: `folder skipped: unreadable (${codeOf(error)})` });
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else if (entry.isFile() && wanted(entry.name)) files.push(relative);
      else if (entry.isSymbolicLink() && wanted(entry.name)) {
        const problem = await linkProblem(root, relative);
        if (problem === undefined) files.push(relative);
        else warnings.push({ path: relative, reason: problem });
      }
    }
  };
  await walk('');
  return { files: files.sort(), warnings };
}

/** Why a symbolic link in the corpus cannot be read as a document, or undefined when it can. */
async function linkProblem(root: string, relative: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(path.join(root, relative));
  } catch (error) {
    return `unreadable (${codeOf(error)}: a broken symbolic link)`;
  }
  if (target !== root && !target.startsWith(`${root}${path.sep}`)) return 'symbolic link to a file outside the corpus folder, not followed';
  if (!(await stat(target)).isFile()) return 'symbolic link to something other than a file, not followed';
  return undefined;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
