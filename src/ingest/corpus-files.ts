import { constants, type Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError } from '../core/index.js';

/** A file (or folder) that was skipped, and why. */
export interface IngestWarning {
  readonly path: string;
  readonly reason: string;
}

/** The document files found under a corpus folder, and what was skipped on the way. */
export interface CorpusFiles {
  /** The corpus folder's real path (symbolic links resolved). */
  readonly root: string;
  /** Paths relative to the corpus folder, forward slashes, sorted. */
  readonly files: string[];
  readonly warnings: IngestWarning[];
}

/**
 * Finds the files with one of `extensions` under `corpusDir`, recursively, skipping hidden names;
 * a file without an extension is skipped with a warning. A folder that cannot be read is skipped
 * with a warning (only the corpus folder itself is an error), and a symbolic link is followed only
 * to a file inside the corpus folder: a link to /etc/passwd must never be indexed and then served
 * to every member.
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
      // A text file without an extension ("NEWS", "README") is most likely meant to be read: say why it is not.
      else if (entry.isFile() && path.extname(entry.name) === '') warnings.push({ path: relative, reason: `no file extension: only ${[...extensions].join(', ')} files are read (rename it ${entry.name}.txt to index it)` });
      else if (entry.isSymbolicLink()) {
        const problem = await linkProblem(root, relative);
        if (problem === undefined && wanted(entry.name)) files.push(relative);
        else if (problem !== undefined && (wanted(entry.name) || problem.includes('folder'))) warnings.push({ path: relative, reason: problem });
      }
    }
  };
  await walk('');
  return { root, files: files.sort(), warnings: warnings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

/**
 * Reads a file the walk found, checking again at read time that it lies inside the corpus folder:
 * a file swapped for a symbolic link between listing and reading (to the bot's .env, say) is
 * refused. Returns the bytes, or why it cannot be read.
 */
export async function readCorpusFile(root: string, relative: string, maxBytes: number): Promise<Buffer | string> {
  try {
    const target = await realpath(path.join(root, relative));
    if (!isInside(root, target)) return 'symbolic link to a file outside the corpus folder, not followed';
    // O_NOFOLLOW: the resolved path must not have become a link since; fstat and read use the same file.
    const handle = await open(target, constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      const info = await handle.stat();
      if (!info.isFile()) return 'not a regular file';
      if (info.size > maxBytes) return `larger than ${maxBytes} bytes (${info.size})`;
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return `unreadable (${codeOf(error)})`;
  }
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(`${root}${path.sep}`);
}

/** Why a symbolic link in the corpus cannot be read as a document, or undefined when it can. */
async function linkProblem(root: string, relative: string): Promise<string | undefined> {
  let target: string;
  try {
    target = await realpath(path.join(root, relative));
  } catch (error) {
    return `unreadable (${codeOf(error)}: a broken symbolic link)`;
  }
  const info = await stat(target);
  if (info.isDirectory()) return 'symbolic link to a folder, not followed';
  if (!isInside(root, target)) return 'symbolic link to a file outside the corpus folder, not followed';
  if (!info.isFile()) return 'symbolic link to something other than a file, not followed';
  return undefined;
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
