import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayIn } from './calendar.js';
import { isPartnerCheckInRevealed } from './reveal.js';

describe('answer privately, then reveal', () => {
  const now = new Date('2026-03-10T12:00:00Z');

  it('hides today’s answers until the viewer has checked in', () => {
    expect(
      isPartnerCheckInRevealed({
        day: '2026-03-10',
        viewerCheckedIn: false,
        now,
        viewerTimeZone: 'UTC',
      }),
    ).toBe(false);
    expect(
      isPartnerCheckInRevealed({
        day: '2026-03-10',
        viewerCheckedIn: true,
        now,
        viewerTimeZone: 'UTC',
      }),
    ).toBe(true);
  });

  it('reveals a day once it is over in the viewer’s zone, not the author’s', () => {
    // 12:00 UTC is already 2026-03-11 in Kiritimati (UTC+14) but still the 10th in Los Angeles.
    const day = '2026-03-10';
    expect(
      isPartnerCheckInRevealed({
        day,
        viewerCheckedIn: false,
        now,
        viewerTimeZone: 'Pacific/Kiritimati',
      }),
    ).toBe(true);
    expect(
      isPartnerCheckInRevealed({
        day,
        viewerCheckedIn: false,
        now,
        viewerTimeZone: 'America/Los_Angeles',
      }),
    ).toBe(false);
  });

  it('never reveals a day that has not ended for a viewer who has not checked in (property)', () => {
    const zones = [
      'UTC',
      'Europe/Berlin',
      'Asia/Tokyo',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
    ];
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2040-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        fc.integer({ min: -3, max: 3 }),
        (instant, zone, offset) => {
          const today = dayIn(instant, zone);
          const day = addDays(today, offset);
          const revealed = isPartnerCheckInRevealed({
            day,
            viewerCheckedIn: false,
            now: instant,
            viewerTimeZone: zone,
          });
          expect(revealed).toBe(offset < 0);
          // Having checked in always reveals.
          expect(
            isPartnerCheckInRevealed({
              day,
              viewerCheckedIn: true,
              now: instant,
              viewerTimeZone: zone,
            }),
          ).toBe(true);
        },
      ),
    );
  });
});
