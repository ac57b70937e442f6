import { describe, expect, it } from 'vitest';
import { isDocentError } from '../../src/core/index.js';
import { cleanQuery } from '../../src/retrieve/index.js';

describe('cleanQuery', () => {
  it('removes mentions, control characters and extra white space', () => {
    expect(cleanQuery('  @everyone <@123> when\u0000 was <#456> the\tOSCE   founded? @here ')).toBe('when was the OSCE founded?');
  });

  it('refuses empty and over-long questions with a message for the user', () => {
    for (const bad of ['', '   \n', '<@123>', 'x'.repeat(10_000)]) {
      const error = (() => {
        try {
          cleanQuery(bad);
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(isDocentError(error, 'BAD_QUERY'), JSON.stringify(bad.slice(0, 20))).toBe(true);
    }
    expect(() => cleanQuery('x'.repeat(10_000))).toThrow(/10000 characters long; please keep it under 1000/u);
  });
});
