import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasNewerVersion, isLocked, lockReason, nextVersionNumber } from './versions.js';

describe('versions and locking', () => {
  it('leaves the newest, unanswered version open to its author', () => {
    expect(isLocked({ hasNewer: false, answered: false })).toBe(false);
    expect(lockReason({ hasNewer: false, answered: false })).toBeNull();
  });

  it('locks a version once it was answered, or once a newer one exists', () => {
    expect(lockReason({ hasNewer: false, answered: true })).toBe('answered');
    expect(lockReason({ hasNewer: true, answered: false })).toBe('revised');
    expect(lockReason({ hasNewer: true, answered: true })).toBe('answered');
  });

  it('numbers versions from 1 without gaps', () => {
    expect(nextVersionNumber(null)).toBe(1);
    expect(nextVersionNumber(undefined)).toBe(1);
    expect(nextVersionNumber(0)).toBe(1);
    fc.assert(fc.property(fc.nat(10_000), (n) => nextVersionNumber(n) === n + 1));
  });

  it('sees a newer version only by the same author', () => {
    const thread = [
      { authorId: 'a', version: 1 },
      { authorId: 'a', version: 2 },
      { authorId: 'b', version: 3 },
    ];
    expect(hasNewerVersion(thread[0]!, thread)).toBe(true);
    expect(hasNewerVersion(thread[1]!, thread)).toBe(false);
    expect(hasNewerVersion(thread[2]!, thread)).toBe(false);
  });
});
