/**
 * Commitments in plain words: the schedule as a person says it, and the
 * strength as a calm description — never a count of days in a row, never red.
 */
import type { CommitmentSchedule } from '../../api/types';

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export function scheduleWords(schedule: CommitmentSchedule): string {
  switch (schedule.kind) {
    case 'daily':
      return 'Every day';
    case 'weekdays':
      return schedule.weekdays.length === 7
        ? 'Every day'
        : `On ${listWords(schedule.weekdays.map((day) => `${WEEKDAY_NAMES[day - 1]}s`))}`;
    case 'times-a-week':
      return schedule.times === 1 ? 'Once a week' : `${schedule.times} times a week`;
  }
}

function listWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How settled the habit is, in words that describe and do not judge. */
export function strengthWords(strength: number): string {
  if (strength >= 0.8) return 'Well settled';
  if (strength >= 0.5) return 'Taking hold';
  if (strength >= 0.2) return 'Growing';
  return 'Just beginning';
}
