/** The reminders operations of the API: one entry per operationId, schemas named from ../schemas.ts. */
import { defineOperations } from '../operation.js';

export const reminderOperations = defineOperations('reminders', {
  getReminders: {
    method: 'GET',
    path: '/api/v1/me/reminders',
    summary: 'Your reminder settings: days, local time and channel per kind, and quiet hours',
    auth: 'member',
    response: 'ReminderSettings',
  },
  putReminders: {
    method: 'PUT',
    path: '/api/v1/me/reminders',
    summary: 'Set your reminders (each kind named is saved; quiet hours are replaced)',
    auth: 'member',
    body: 'PutRemindersBody',
    response: 'ReminderSettings',
  },
  listDueReminders: {
    method: 'GET',
    path: '/api/v1/me/reminders/due',
    summary: 'Today’s in-app reminders not yet dismissed and not yet done',
    auth: 'member',
    response: 'DueReminderList',
  },
  dismissReminder: {
    method: 'POST',
    path: '/api/v1/me/reminders/due/:reminderId/dismiss',
    summary: 'Dismiss an in-app reminder',
    auth: 'member',
    status: 204,
    params: 'DueReminderParams',
  },
});
