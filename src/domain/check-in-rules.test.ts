import { describe, expect, it } from 'vitest';
import { isWritableCheckInDay } from './check-in-rules.js';

describe('which day a check-in may be written for', () => {
  const now = new Date('2026-03-10T23:30:00Z');

  it('allows today and yesterday in the member’s own zone', () => {
    expect(isWritableCheckInDay('2026-03-11', now, 'Europe/Berlin')).toBe(true);
    expect(isWritableCheckInDay('2026-03-10', now, 'Europe/Berlin')).toBe(true);
    expect(isWritableCheckInDay('2026-03-09', now, 'Europe/Berlin')).toBe(false);
    expect(isWritableCheckInDay('2026-03-11', now, 'UTC')).toBe(false);
  });
});
