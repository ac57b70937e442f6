import { describe, expect, it } from 'vitest';
import { askedVersions, labelVersions, releaseVersion, sectionVersion, versionMatch, withoutVersions } from '../../src/language/index.js';

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
    expect(labelVersions('1.1: Sources of information')).toEqual([]);
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

describe('the version a section dates its changes by', () => {
  const under = (title: string, ...headings: string[]) => ({ title, heading: headings.at(-1), headings });

  it('is the innermost heading that names one, the last of a range', () => {
    expect(sectionVersion(under('NEWS', 'Changes from 5.6.2 to 5.7.1'))).toEqual({ heading: 'Changes from 5.6.2 to 5.7.1', version: '5.7.1' });
    expect(sectionVersion(under('Quillmark Release Notes', 'Quillmark Release Notes', '2.4.0 — 2026-09-15', 'Fixes'))).toEqual({ heading: '2.4.0 — 2026-09-15', version: '2.4.0' });
    expect(sectionVersion(under("What's New In Python 3.10", "What's New In Python 3.10", 'New Features'))?.version).toBe('3.10');
  });

  it('passes over a heading that names the version before, and a question', () => {
    // "Updates since v2.37" lists what 2.38 changed.
    expect(sectionVersion(under('Git v2.38 Release Notes', 'Updates since v2.37'))).toEqual({ heading: 'Git v2.38 Release Notes', version: '2.38' });
    expect(sectionVersion(under('Z-Shell Frequently-Asked Questions', '3.4: How do I turn off spelling correction?'))).toBeUndefined();
    expect(sectionVersion(under('Club handbook', 'Opening hours'))).toBeUndefined();
  });

  it('with a product asked of, only a heading that names it', () => {
    expect(sectionVersion(under('NEWS', 'Changes from 5.6.2 to 5.7.1'), 'emac')).toBeUndefined();
    expect(sectionVersion(under('Lumen Release Notes', 'Lumen 2.4'), 'lumen')?.version).toBe('2.4');
  });
});

describe("a release's label", () => {
  it('names the version of a release as NEWS files and release notes label one', () => {
    const labels: ReadonlyArray<readonly [string, string, string]> = [
      ['* Changes in Wget 1.19.4', '* Changes in Wget 1.19.5', '1.19.4'],
      ['* Noteworthy changes in release 3.8 (2021-08-01) [stable]', 'GNU diffutils NEWS', '3.8'],
      ['CHANGES FROM 2.5 TO 2.6, 05 October 2017', 'CHANGES', '2.6'],
      ['User-visible changes in version 2.8.6:', 'NEWS', '2.8.6'],
      ['Git v2.38 Release Notes', 'Git v2.38 Release Notes', '2.38'],
      ['New features in zsh version 3.0.6', 'NEWS', '3.0.6'],
      ['Release 2.0 (supersedes 1.9)', 'NEWS', '2.0'],
      ['[4.0.0](https://github.com/o/r/compare/v3.9.0...v4.0.0) - (2024-05-20)', 'Changelog', '4.0.0'],
    ];
    for (const [label, title, version] of labels) expect(releaseVersion(label, title)).toBe(version);
  });

  it('is no sentence, time, requirement, plan, numbered section or figure', () => {
    const title = 'Acme NEWS';
    for (const line of ['* Acme 1.9.1 is a bugfix release with no user-visible changes.', 'The club opens at 18.30', 'Latest version: 1.4.2', '** Require gettext version 0.19.3+', '** Support HTTP/1.1', 'Known issues in 3.1', '1.1: Sources of information', 'Tested on 2.7 and 3.6', '| 1.2.3 | 2020-01-01 | fix |', 'Updates since v2.37', 'Constitution for the Debian Project (v1.9)', '47.49000000000000198951966012828052043914794921875']) {
      expect(releaseVersion(line, title)).toBeUndefined();
    }
  });
});
