import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { pause } from './pause.js';

/** sha256 of a string or bytes, hex. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Bytes hashed between pauses by sha256InSlices: about 2 ms of work. */
const HASH_SLICE_BYTES = 1 << 20;

/** sha256 like `sha256`, pausing between 1 MiB slices: a 220 MB vector graph takes half a second to hash, too long for a serving bot to wait. */
export async function sha256InSlices(data: string | Uint8Array): Promise<string> {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const hash = createHash('sha256');
  for (let start = 0; start < bytes.byteLength; start += HASH_SLICE_BYTES) {
    hash.update(bytes.subarray(start, start + HASH_SLICE_BYTES));
    await pause();
  }
  return hash.digest('hex');
}

/** A temporary file name beside `file` (same folder, so rename() onto `file` is atomic), ending in .tmp. */
export function tempBeside(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/**
 * Writes `data` to `file` so that readers see the old content or the new, never a mix, and a crash
 * mid-write leaves the old file: written beside it, synced to disk, then renamed over it.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const temporary = tempBeside(file);
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
