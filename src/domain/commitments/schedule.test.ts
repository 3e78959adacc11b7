import { describe, expect, it } from 'vitest';
import { dayIn } from '../calendar.js';
import {
  daysHeld,
  duePerWeek,
  inForceOn,
  weekdayOf,
  weekStartOf,
  whyNotDue,
  type Schedule,
  type StatusChange,
} from './schedule.js';

const made: StatusChange[] = [{ status: 'active', day: '2026-03-02' }];
const weekdays: Schedule = { kind: 'weekdays', weekdays: [1, 3, 5] };

describe('commitment schedules', () => {
  it('knows the ISO weekday and the Monday of its week', () => {
    expect(weekdayOf('2026-03-02')).toBe(1); // a Monday
    expect(weekdayOf('2026-03-08')).toBe(7); // a Sunday
    expect(weekStartOf('2026-03-08')).toBe('2026-03-02');
    expect(weekStartOf('2026-03-02')).toBe('2026-03-02');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('counts due days a week for each kind of schedule', () => {
    expect(duePerWeek({ kind: 'daily' })).toBe(7);
    expect(duePerWeek({ kind: 'weekdays', weekdays: [1, 3, 3, 5] })).toBe(3);
    expect(duePerWeek({ kind: 'times-a-week', times: 2 })).toBe(2);
  });

  it('says why a day cannot be marked', () => {
    const today = '2026-03-11';
    expect(whyNotDue(weekdays, made, '2026-03-04', today)).toBeNull(); // Wednesday
    expect(whyNotDue(weekdays, made, '2026-03-03', today)).toBe('not-scheduled'); // Tuesday
    expect(whyNotDue(weekdays, made, '2026-03-13', today)).toBe('in-the-future');
    expect(whyNotDue(weekdays, made, '2026-02-27', today)).toBe('not-yet');
    expect(whyNotDue({ kind: 'daily' }, made, today, today)).toBeNull();
  });

  it('is not in force while paused or after it ended, and again once resumed', () => {
    const changes: StatusChange[] = [
      ...made,
      { status: 'paused', day: '2026-03-05' },
      { status: 'active', day: '2026-03-09' },
      { status: 'ended', day: '2026-03-20' },
    ];
    expect(inForceOn(changes, '2026-03-04')).toBe(true);
    expect(inForceOn(changes, '2026-03-05')).toBe(false);
    expect(inForceOn(changes, '2026-03-08')).toBe(false);
    expect(inForceOn(changes, '2026-03-09')).toBe(true);
    expect(inForceOn(changes, '2026-03-20')).toBe(false);
    expect(whyNotDue({ kind: 'daily' }, changes, '2026-03-06', '2026-03-30')).toBe('not-in-force');
    // Held: Mar 2–4 (3 days) and Mar 9–19 (11 days).
    expect(daysHeld(changes, '2026-03-30')).toBe(14);
  });

  it('takes the due day from the owner’s own calendar across daylight saving changes', () => {
    // Berlin moves to summer time in the night of 28–29 March 2026.
    const lateSaturday = new Date('2026-03-28T22:30:00Z'); // 23:30 in Berlin, still Saturday
    const earlySunday = new Date('2026-03-28T23:30:00Z'); // 00:30 in Berlin, Sunday
    expect(dayIn(lateSaturday, 'Europe/Berlin')).toBe('2026-03-28');
    expect(dayIn(earlySunday, 'Europe/Berlin')).toBe('2026-03-29');
    const sundays: Schedule = { kind: 'weekdays', weekdays: [7] };
    const today = dayIn(earlySunday, 'Europe/Berlin');
    expect(whyNotDue(sundays, made, today, today)).toBeNull();
    // The same instant is still Saturday in New York: not a due day there, and
    // Sunday the 29th is still in New York's future.
    const newYork = dayIn(earlySunday, 'America/New_York');
    expect(newYork).toBe('2026-03-28');
    expect(whyNotDue(sundays, made, newYork, newYork)).toBe('not-scheduled');
    expect(whyNotDue(sundays, made, '2026-03-29', newYork)).toBe('in-the-future');
    // New York leaves summer time on 1 November 2026: 04:30 UTC is 00:30 local, Sunday.
    expect(dayIn(new Date('2026-11-01T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(dayIn(new Date('2026-11-02T04:30:00Z'), 'America/New_York')).toBe('2026-11-01');
  });
});
