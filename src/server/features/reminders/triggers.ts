/**
 * A member who moves to another time zone keeps their reminders at the same
 * local time: after a successful change of their profile, their reminders are
 * planned again. A hook here rather than a line in the accounts service, so
 * accounts need not know that reminders exist. A failure only logs: the next
 * run of the job plans again from the new zone.
 */
import type { FastifyInstance } from 'fastify';
import type { ReminderService } from './service.js';

export function installReminderTriggers(app: FastifyInstance, reminders: ReminderService): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'PATCH' || reply.statusCode >= 300 || !request.actor) return payload;
    if (request.routeOptions.url !== '/api/v1/me') return payload;
    try {
      await reminders.replan(request.actor.memberId);
    } catch (error) {
      request.log.error({ err: error }, 'reminders not replanned');
    }
    return payload;
  });
}
