import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { link, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DocentError } from '../core/index.js';

const LOCK = '.lock';
const GUARD_STALE_MS = 10_000;

// A pid alone does not identify a process: after a crash the pid is reused (in a container the
// restarted bot is often pid 1 again). The process's start time (in clock ticks since boot) and
// the boot id do: a lock is held only while a process with the same pid, start time and boot runs.
const ownerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  bootId: z.string().optional(),
  startTicks: z.number().int().nonnegative().optional(),
  acquiredAt: z.string(),
});

/** Who holds an index folder's build lock. */
export type LockOwner = z.infer<typeof ownerSchema>;

/** Lock files this process holds, so a second build in the same process is told it is busy. */
const heldHere = new Set<string>();

/**
 * Takes indexDir/.lock for a build. A lock whose owner no longer runs (a dead pid, a reused pid,
 * another boot, or an unreadable lock file) is taken over; a live owner, or one on another host
 * (which cannot be checked from here), makes it INDEX_BUSY. Returns the function that releases it.
 */
export async function acquireBuildLock(indexDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(indexDir, LOCK);
  const mine = `${JSON.stringify(currentOwner())}\n`;
  // The owner is written to a file of our own first and then linked into place: link() fails if
  // .lock exists, so a lock is never seen half-written (an empty lock would look stale).
  const draft = `${lockFile}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(draft, mine).catch((error: unknown) => {
    throw new DocentError('INDEX_CORRUPT', `Cannot write the build lock in ${indexDir}: ${(error as Error).message}`, { cause: error });
  });
  try {
    for (let attempt = 0; attempt < 40; attempt += 1) {
      try {
        await link(draft, lockFile);
        heldHere.add(lockFile);
        return async () => {
          heldHere.delete(lockFile);
          // Only our own lock is removed: after a --break-lock another build may hold it.
          if ((await readFile(lockFile, 'utf8').catch(() => '')) === mine) await rm(lockFile, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new DocentError('INDEX_CORRUPT', `Cannot take the build lock ${lockFile}: ${(error as Error).message}`, { cause: error });
        }
      }
      const text = await readFile(lockFile, 'utf8').catch(() => '');
      const owner = parseOwner(text);
      if (heldHere.has(lockFile) || (owner !== undefined && isRunning(owner))) throw busy(indexDir, owner);
      if (!(await removeIfStill(lockFile, text, draft))) await sleep(25); // another process is taking it over
    }
    throw new DocentError('INDEX_BUSY', `Cannot take the build lock ${lockFile}: other processes keep taking it.`);
  } finally {
    await rm(draft, { force: true });
  }
}

/**
 * True for a lock draft (`.lock.<pid>.<random>`, see acquireBuildLock) whose process is gone: a
 * kill between writing the draft and removing it leaves it behind. A live process's draft is its
 * own until it links it into place.
 */
export function isAbandonedLockDraft(name: string): boolean {
  const pid = /^\.lock\.(\d+)\.[0-9a-f]{8}$/u.exec(name)?.[1];
  return pid !== undefined && Number(pid) !== process.pid && !pidExists(Number(pid));
}

/**
 * Removes indexDir/.lock (`docent index --break-lock`) when its owner no longer runs or cannot be
 * checked from here (another host); returns who held it, if anyone. A running owner is refused.
 */
export async function breakBuildLock(indexDir: string): Promise<string | undefined> {
  const lockFile = path.join(indexDir, LOCK);
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch {
    return undefined;
  }
  const owner = parseOwner(text);
  if (owner !== undefined && owner.host === hostname() && isRunning(owner)) {
    throw new DocentError('INDEX_BUSY', `The build lock in ${indexDir} belongs to pid ${owner.pid}, which is running: stop that process instead of breaking its lock.`);
  }
  await rm(lockFile, { force: true });
  return owner ? `pid ${owner.pid} on ${owner.host}, since ${owner.acquiredAt}` : 'an unreadable lock';
}

function busy(indexDir: string, owner: LockOwner | undefined): DocentError {
  const who = owner ? `pid ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, since ${owner.acquiredAt}` : 'this process';
  return new DocentError(
    'INDEX_BUSY',
    `Another Docent process (${who}) is building the index in ${indexDir}; try again when it is done. If no Docent process is running, clear the lock with \`docent index --break-lock\`.`,
  );
}

/**
 * Removes the stale lock whose content is `staleText`, unless it changed: another process may have
 * taken it over since it was read. Removing is guarded by a second lock, .lock.takeover, so that
 * no two processes ever remove and re-create .lock at once. Returns false when another process
 * holds the guard (try again shortly). The guard is held for microseconds; one older than
 * GUARD_STALE_MS was left by a crash and is removed.
 */
async function removeIfStill(lockFile: string, staleText: string, draft: string): Promise<boolean> {
  const guard = `${lockFile}.takeover`;
  try {
    await link(draft, guard);
  } catch {
    const age = await stat(guard).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (age > GUARD_STALE_MS) await rm(guard, { force: true });
    return false;
  }
  try {
    if ((await readFile(lockFile, 'utf8').catch(() => undefined)) === staleText) await rm(lockFile, { force: true });
    return true;
  } finally {
    await rm(guard, { force: true });
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const parsed = ownerSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // an older Docent's bare pid, or damage: nothing proves a live owner
  }
}

function currentOwner(): LockOwner {
  const bootId = readBootId();
  const startTicks = processStartTicks(process.pid);
  return {
    pid: process.pid,
    host: hostname(),
    ...(bootId !== undefined && { bootId }),
    ...(startTicks !== undefined && { startTicks }),
    acquiredAt: new Date().toISOString(),
  };
}

/** True when the lock's owner is still the process that took it (or runs on a host we cannot check). */
function isRunning(owner: LockOwner): boolean {
  // Another host (a container sharing the index volume) has its own pids: assume it runs.
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false; // not held here (checked first), so a previous life of our pid
  const bootId = readBootId();
  if (owner.bootId !== undefined && bootId !== undefined && owner.bootId !== bootId) return false;
  if (!pidExists(owner.pid)) return false;
  const startTicks = processStartTicks(owner.pid);
  if (owner.startTicks !== undefined && startTicks !== undefined) return owner.startTicks === startTicks;
  return true; // no start times here (not Linux): a live pid is all we can check
}

function pidExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readBootId(): string | undefined {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks after boot (Linux only). */
function processStartTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    return Number.isSafeInteger(ticks) ? ticks : undefined;
  } catch {
    return undefined;
  }
}
