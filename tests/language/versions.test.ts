import { describe, expect, it } from 'vitest';
import { versionNames, versionsIn, withoutVersions } from '../../src/language/index.js';

describe('versions a text names', () => {
  it('finds versions as people write them, without their glued prefixes', () => {
    expect(versionsIn("what's new in py3.9, v2.38 and 3.8's typing?")).toEqual(['3.9', '2.38', '3.8']);
    expect(versionsIn('NEWS for rsync 3.4.1 (16 Jan 2025)')).toEqual(['3.4.1']);
    expect(versionsIn('GNU coreutils 9.0 release notes')).toEqual(['9.0']);
  });

  it('takes no dotted date, plain number or identifier for a version', () => {
    expect(versionsIn('Created at : 7.05.2019, 16:30')).toEqual([]);
    expect(versionsIn('released on 2022.10.24, see bpo-42202, 30 items')).toEqual([]);
  });

  it('names the same version or a series it opens, never a longer number', () => {
    expect(versionNames('2.38.0', '2.38')).toBe(true);
    expect(versionNames('3.4', '3.4.1')).toBe(true);
    expect(versionNames('3.8.1', '3.8')).toBe(true);
    expect(versionNames('3.4.0', '3.4.1')).toBe(false);
    expect(versionNames('3.1', '3.10')).toBe(false);
  });

  it('drops the versions asked for, prefixes included, and keeps the others', () => {
    expect(withoutVersions('whats TypeAlias for in py3.10 vs 3.9?', (v) => v === '3.10')).toBe('whats TypeAlias for in  vs 3.9?');
  });
});
