import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError, writeFileAtomic } from '../core/index.js';
import { acquireBuildLock, isAbandonedLockDraft } from './build-lock.js';

// Layout: indexDir/CURRENT names the live snapshot folder (indexDir/snap-…). A new snapshot is
// written into indexDir/.building-…, renamed, and only then does CURRENT (replaced by rename, which
// is atomic) point at it. A crash at any moment leaves CURRENT naming a complete snapshot.
const CURRENT = 'CURRENT';
const BUILDING_PREFIX = '.building-';
const SNAPSHOT_PREFIX = 'snap-';

/** A snapshot being written; nothing is visible to readers until `commit`. */
export interface SnapshotTransaction {
  /** Folder to write the snapshot's files into. */
  readonly dir: string;
  /** Makes the snapshot the live one, atomically. */
  commit(): Promise<string>;
  /** Discards the snapshot. */
  cancel(): Promise<void>;
}

/** Starts writing a new snapshot of the index in `indexDir`, holding the folder's build lock. */
export async function beginSnapshot(indexDir: string): Promise<SnapshotTransaction> {
  await ensureIndexFolder(indexDir);
  const releaseLock = await acquireBuildLock(indexDir);
  try {
    await removeAbandonedBuilds(indexDir);
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`;
    const dir = path.join(indexDir, `${BUILDING_PREFIX}${id}`);
    await mkdir(dir);
    let done = false;
    return {
      dir,
      async commit() {
        if (done) throw new Error('snapshot already finished');
        done = true;
        try {
          await syncFolder(dir);
          const name = `${SNAPSHOT_PREFIX}${id}`;
          await rename(dir, path.join(indexDir, name));
          // A CURRENT that is a folder (damage by hand) would make every commit fail: replace it.
          if ((await stat(path.join(indexDir, CURRENT)).catch(() => undefined))?.isDirectory()) {
            await rm(path.join(indexDir, CURRENT), { recursive: true, force: true });
          }
          const previous = await currentSnapshotDir(indexDir).then((dir) => path.basename(dir), () => undefined);
          await writeFileAtomic(path.join(indexDir, CURRENT), `${name}\n`);
          await pruneOldSnapshots(indexDir, [name, previous]);
          return path.join(indexDir, name);
        } finally {
          await releaseLock();
        }
      },
      async cancel() {
        if (done) return;
        done = true;
        await rm(dir, { recursive: true, force: true }).finally(releaseLock);
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}

/** The folder of the live snapshot, or an INDEX_MISSING / INDEX_CORRUPT error. */
export async function currentSnapshotDir(indexDir: string): Promise<string> {
  let name: string;
  try {
    name = (await readFile(path.join(indexDir, CURRENT), 'utf8')).trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') await checkIndexFolder(indexDir);
    if (code === 'ENOENT') {
      throw new DocentError('INDEX_MISSING', `No index in ${indexDir} yet: run \`docent index\`.`, { cause: error });
    }
    throw new DocentError('INDEX_CORRUPT', `Cannot read ${path.join(indexDir, CURRENT)}: ${(error as Error).message}`, { cause: error });
  }
  if (!name.startsWith(SNAPSHOT_PREFIX) || name.includes('/') || name.includes('\\')) {
    throw new DocentError('INDEX_CORRUPT', `${path.join(indexDir, CURRENT)} does not name a snapshot.`);
  }
  return path.join(indexDir, name);
}

async function syncFolder(dir: string): Promise<void> {
  for (const entry of await readdir(dir)) {
    const handle = await open(path.join(dir, entry), 'r');
    await handle.sync().finally(() => handle.close());
  }
}

/** Fails with BAD_CONFIG when `indexDir` exists but is not a folder (checked before any slow work). */
export async function checkIndexFolder(indexDir: string): Promise<void> {
  const found = await stat(indexDir).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOTDIR' ? 'under a file' : undefined));
  if (found === 'under a file' || (found !== undefined && !found.isDirectory())) {
    throw new DocentError('BAD_CONFIG', `The index folder ${indexDir} is a file (or lies under one): set --index or INDEX_DIR to a folder.`);
  }
}

/** Creates the index folder if needed; a path that is a file is a clear error, not a crash. */
async function ensureIndexFolder(indexDir: string): Promise<void> {
  await checkIndexFolder(indexDir);
  try {
    await mkdir(indexDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw new DocentError('BAD_CONFIG', `The index folder ${indexDir} is a file (or lies under one): set --index or INDEX_DIR to a folder.`, { cause: error });
    }
    throw new DocentError('BAD_CONFIG', `Cannot create the index folder ${indexDir}: ${(error as Error).message}`, { cause: error });
  }
}

async function removeAbandonedBuilds(indexDir: string): Promise<void> {
  // Safe while we hold the lock: no other builder is writing. A kill leaves half-written
  // snapshot folders, CURRENT.<pid>.<random>.tmp files and lock drafts behind.
  for (const entry of await readdir(indexDir)) {
    if (entry.startsWith(BUILDING_PREFIX) || /^CURRENT\..+\.tmp$/u.test(entry) || isAbandonedLockDraft(entry)) {
      await rm(path.join(indexDir, entry), { recursive: true, force: true });
    }
  }
}

/** Removes every snapshot but `keep` (the live one and its predecessor, for a reader still loading it; not a snapshot a kill left unnamed by CURRENT). */
async function pruneOldSnapshots(indexDir: string, keep: ReadonlyArray<string | undefined>): Promise<void> {
  const stale = (await readdir(indexDir)).filter((entry) => entry.startsWith(SNAPSHOT_PREFIX) && !keep.includes(entry));
  await Promise.all(stale.map((entry) => rm(path.join(indexDir, entry), { recursive: true, force: true })));
}
