import type { FastifyInstance } from 'fastify';
import { reminderOperations } from '../../../contract/operations/reminders.js';
import { registerOperations } from '../../platform/http/route.js';
import type { ReminderService } from './service.js';

export function registerReminderRoutes(app: FastifyInstance, reminders: ReminderService): void {
  registerOperations(app, reminderOperations, {
    getReminders: ({ actor }) => reminders.get(actor),
    putReminders: ({ actor, body }) => reminders.put(actor, body),
    listDueReminders: ({ actor }) => reminders.listDue(actor),
    dismissReminder: async ({ actor, params }) => {
      await reminders.dismiss(actor, params.reminderId);
    },
  });
}
