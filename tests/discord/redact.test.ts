import { describe, expect, it } from 'vitest';
import { publicReason, type KnownPath } from '../../src/discord/redact.js';

const PATHS: KnownPath[] = [['/home/bob/My Documents/docent corpus', 'the corpus folder'], ['/srv/index dir', 'the index folder'], ['/root', 'the home folder']];

describe('publicReason', () => {
  it('names the known folders whole, even with spaces, and cuts other paths and system errors', () => {
    const cases: Array<[string, string]> = [
      ["Cannot read the corpus folder /home/bob/My Documents/docent corpus: ENOENT: no such file or directory, scandir '/home/bob/My Documents/docent corpus'", 'Cannot read the corpus folder the corpus folder'],
      ['The index file /srv/index dir/snap-1/vectors.f32 is damaged (its content does not match the checksum in the manifest).', 'The index file the index folder is damaged (its content does not match the checksum in the manifest).'],
      ['Cannot read /rootfs/x and /root/y.txt', 'Cannot read … and the home folder'],
      ['A re-index is already running; wait for it to finish.', 'A re-index is already running; wait for it to finish.'],
    ];
    for (const [message, shown] of cases) {
      const reason = publicReason(message, PATHS);
      expect(reason, message).toBe(shown);
      expect(reason).not.toMatch(/Documents|srv|snap-1|ENOENT|scandir/u);
    }
  });

  it('is never empty', () => {
    expect(publicReason("ENOENT: no such file or directory, open '/x'")).toBe('an error on the host');
  });
});
