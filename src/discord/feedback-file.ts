import { mkdir, open, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { DocentError, tempBeside } from '../core/index.js';

/**
 * Checks at start-up that feedback can be kept at `file` (its folder can be created and written,
 * and it is not a folder itself), so a bad FEEDBACK_FILE stops the bot with one clear line
 * instead of losing every vote later. Returns the absolute path, and whether a file is there yet.
 */
export async function checkFeedbackFile(file: string): Promise<{ file: string; exists: boolean }> {
  const absolute = path.resolve(file);
  const fail = (why: string, error?: unknown): never => {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    throw new DocentError('BAD_CONFIG', `Set FEEDBACK_FILE to a file the bot can write: ${absolute} ${why}${detail}.`, { cause: error });
  };
  try {
    await mkdir(path.dirname(absolute), { recursive: true });
  } catch (error) {
    fail('cannot be created: its folder cannot be made', error);
  }
  const existing = await stat(absolute).catch(() => undefined);
  if (existing && !existing.isFile()) fail('is a folder or another kind of file, not a regular file');
  // Writing a file beside it is exactly what saving feedback does (write, then rename over it).
  const probe = tempBeside(absolute);
  try {
    const handle = await open(probe, 'wx');
    await handle.close();
  } catch (error) {
    fail('cannot be written: its folder does not accept new files', error);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  if (existing) {
    try {
      await (await open(absolute, 'r+')).close();
    } catch (error) {
      fail('cannot be read and written', error);
    }
  }
  return { file: absolute, exists: existing !== undefined };
}
