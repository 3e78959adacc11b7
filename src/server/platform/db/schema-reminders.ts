/** Reminders (migration 0015): a member's settings, quiet hours, and what was sent. */
import type { Flag } from './schema.js';

export type ReminderKindName = 'check-in' | 'commitments';
export type ReminderChannelName = 'app' | 'email' | 'both' | 'off';

export interface ReminderSettingsTable {
  id: string;
  memberId: string;
  kind: ReminderKindName;
  /** ISO weekdays, comma-separated ("1,3,5"); empty for none. */
  days: string;
  /** "HH:MM", the member's local time. */
  time: string;
  channel: ReminderChannelName;
  createdAt: string;
  updatedAt: string;
}

export interface ReminderQuietHoursTable {
  memberId: string;
  /** "HH:MM"; quiet hours may wrap midnight (22:00–07:00). */
  startsAt: string;
  endsAt: string;
  updatedAt: string;
}

/** One per member, kind and local day: the once-a-day guard and the in-app reminder. */
export interface RemindersSentTable {
  id: string;
  memberId: string;
  kind: ReminderKindName;
  day: string;
  inApp: Flag;
  byEmail: Flag;
  sentAt: string;
  dismissedAt: string | null;
}
