import { readFileSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { DocentError } from '../core/index.js';

const LOCK = '.lock';

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
 * another boot, or an unreadable lock file) is taken over; a live owner makes it INDEX_BUSY.
 * Returns the function that releases it.
 */
export async function acquireBuildLock(indexDir: string): Promise<() => Promise<void>> {
  const lockFile = path.join(indexDir, LOCK);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(lockFile, `${JSON.stringify(currentOwner())}\n`, { flag: 'wx' });
      heldHere.add(lockFile);
      return async () => {
        heldHere.delete(lockFile);
        await rm(lockFile, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DocentError('INDEX_CORRUPT', `Cannot take the build lock ${lockFile}: ${(error as Error).message}`, { cause: error });
      }
      const owner = await readOwner(lockFile);
      if (heldHere.has(lockFile) || (owner !== undefined && isRunning(owner))) {
        const who = owner ? `pid ${owner.pid}, since ${owner.acquiredAt}` : 'this process';
        throw new DocentError(
          'INDEX_BUSY',
          `Another Docent process (${who}) is building the index in ${indexDir}; try again when it is done. If no Docent process is running, clear the lock with \`docent index --break-lock\`.`,
        );
      }
      // Stale: its owner is gone. (Two processes taking over the same stale lock at the same
      // instant could both succeed; the window is the few microseconds between rm and write.)
      await rm(lockFile, { force: true });
    }
  }
  throw new DocentError('INDEX_BUSY', `Cannot take the build lock ${lockFile}: other processes keep taking it.`);
}

/** Removes indexDir/.lock whoever holds it (`docent index --break-lock`); returns who held it, if anyone. */
export async function breakBuildLock(indexDir: string): Promise<string | undefined> {
  const lockFile = path.join(indexDir, LOCK);
  let text: string;
  try {
    text = await readFile(lockFile, 'utf8');
  } catch {
    return undefined;
  }
  await rm(lockFile, { force: true });
  const owner = parseOwner(text);
  return owner ? `pid ${owner.pid} on ${owner.host}, since ${owner.acquiredAt}` : 'an unreadable lock';
}

async function readOwner(lockFile: string): Promise<LockOwner | undefined> {
  return parseOwner(await readFile(lockFile, 'utf8').catch(() => ''));
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

/** True when the lock's owner is still the process that took it. */
function isRunning(owner: LockOwner): boolean {
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
