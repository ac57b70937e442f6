import { describe, expect, it } from 'vitest';
import { askedVersions, labelVersions, versionMatch, withoutVersions } from '../../src/language/index.js';

const versions = (list: readonly { version: string }[]): string[] => list.map(({ version }) => version);

describe('versions a question names', () => {
  it('finds versions as people write them, with what they are versions of', () => {
    const asked = askedVersions("what's new in py3.9, v2.38 and Python 3.8's typing?");
    expect(versions(asked)).toEqual(['3.9', '2.38', '3.8']);
    expect(asked.map(({ glued, product }) => [glued, product])).toEqual([['py', 'py'], [undefined, undefined], [undefined, 'python']]);
  });

  it('takes no dotted date, amount or factor for a version', () => {
    expect(askedVersions('Created at : 7.05.2019, costs $2.50, 1.5x faster, up 2.5 %')).toEqual([]);
  });

  it('drops the versions given, glued letters included, and keeps the others', () => {
    const question = 'whats TypeAlias for in py3.10 vs 3.9?';
    const [first] = askedVersions(question);
    expect(withoutVersions(question, first ? [first] : [])).toBe('whats TypeAlias for in  vs 3.9?');
  });
});

describe('versions a title or heading is about', () => {
  it('reads release titles and changelog headings', () => {
    expect(versions(labelVersions("What's New In Python 3.11"))).toEqual(['3.11']);
    expect(versions(labelVersions('Git v2.38 Release Notes'))).toEqual(['2.38']);
    // The first version of a range is not the section's.
    expect(versions(labelVersions('Changes from 5.6.2 to 5.7.1'))).toEqual(['5.7.1']);
    expect(versions(labelVersions('Fixes since v2.36'))).toEqual(['2.36']);
    expect(versions(labelVersions('2.4.0 - 2025-09-09'))).toEqual(['2.4.0']);
    expect(versions(labelVersions('[3.9.0](https://github.com/o/r/compare/v3.8.2...v3.9.0) - (2023-01-02)'))).toEqual(['3.9.0']);
  });

  it("takes no section's number or numbered entry for a version", () => {
    expect(labelVersions('8.2. Configuring the Network')).toEqual([]);
    expect(labelVersions('2.3 Setting up')).toEqual([]);
    expect(labelVersions('Debian FAQ (entry 2.6)')).toEqual([]);
  });
});

describe('how fully an asked version names a written one', () => {
  it('names the same version and the series it opens fully, a more precise one partly', () => {
    expect(versionMatch('2.38.0', '2.38')).toBe(2);
    expect(versionMatch('3.4', '3.4.1')).toBe(2);
    expect(versionMatch('7.1', '7.1.0')).toBe(2);
    expect(versionMatch('3.8.1', '3.8')).toBe(1);
    expect(versionMatch('3.4.0', '3.4.1')).toBe(0);
    expect(versionMatch('3.1', '3.10')).toBe(0);
  });
});
