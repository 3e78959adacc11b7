/**
 * Reminders: each member's own settings for a gentle nudge to check in and to
 * keep due commitments, and the in-app reminders waiting on the home screen.
 * A reminder carries its kind only — never content, never a count or streak.
 */
import { z } from 'zod';
import { isLocalTime } from '../domain/reminders.js';
import { Day, Id, Instant } from './common.js';
import { Weekday } from './restore/commitments.js';

export const REMINDER_KINDS = ['check-in', 'commitments'] as const;
export const REMINDER_CHANNELS = ['app', 'email', 'both', 'off'] as const;

export const ReminderKind = z.enum(REMINDER_KINDS).meta({
  description: 'check-in: today’s check-in; commitments: commitments due today and not yet marked.',
});
export const ReminderChannel = z.enum(REMINDER_CHANNELS).meta({
  description: 'Where the reminder comes: in the app, by e-mail, both, or not at all.',
});

export const LocalTime = z
  .string()
  .refine(isLocalTime, 'must be a time written HH:MM (24 hours)')
  .meta({ description: 'A time of day on the member’s own clock, HH:MM.' });

const Days = z
  .array(Weekday)
  .max(7)
  .refine((days) => new Set(days).size === days.length, 'must not repeat a day')
  .meta({ description: 'ISO weekdays the reminder comes on, 1 Monday … 7 Sunday.' });

export const QuietHoursInput = z.strictObject({ start: LocalTime, end: LocalTime });
export const QuietHours = z
  .object({ start: z.string(), end: z.string() })
  .meta({ description: 'No reminder comes from start until end; may wrap midnight.' });

export const ReminderSettingInput = z.strictObject({
  kind: ReminderKind,
  days: Days,
  time: LocalTime,
  channel: ReminderChannel,
});

export const ReminderSetting = z.object({
  id: Id,
  kind: ReminderKind,
  days: z.array(z.number().int()),
  time: z.string(),
  channel: ReminderChannel,
  nextAt: Instant.nullable().meta({
    description: 'When it is next planned (it still stays quiet if the thing is already done).',
  }),
});
export type ReminderSetting = z.infer<typeof ReminderSetting>;

export const ReminderSettings = z.object({
  items: z.array(ReminderSetting).meta({ description: 'Only kinds the member has set.' }),
  quietHours: QuietHours.nullable(),
  timeZone: z.string().meta({ description: 'The member’s zone the times are read in.' }),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const PutRemindersBody = z.strictObject({
  items: z
    .array(ReminderSettingInput)
    .max(REMINDER_KINDS.length)
    .refine(
      (items) => new Set(items.map((item) => item.kind)).size === items.length,
      'must name each kind once',
    ),
  quietHours: QuietHoursInput.nullable(),
});
export type PutRemindersBody = z.infer<typeof PutRemindersBody>;

export const DueReminder = z.object({
  id: Id,
  kind: ReminderKind,
  day: Day,
  sentAt: Instant,
});
export type DueReminder = z.infer<typeof DueReminder>;

export const DueReminderList = z.object({ items: z.array(DueReminder) });

export const DueReminderParams = z.strictObject({ reminderId: Id });
