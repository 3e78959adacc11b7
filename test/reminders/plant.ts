/**
 * Reminders for the privacy-lifecycle test: A sets both kinds (in the app and
 * by e-mail) and quiet hours, and today's check-in reminder is sent, so every
 * reminder table and a reminder job hold a row of A. Reminders have no text a
 * member writes: nothing to plant, only rows to export and delete. It runs
 * before A's check-in is planted, or the reminder would rightly stay quiet.
 */
import { expect } from 'vitest';
import type { PlantContext } from '../privacy/plant.js';

export async function reminderPlanter({ t, couple }: PlantContext): Promise<void> {
  const answer = await t.request({
    method: 'PUT',
    url: '/api/v1/me/reminders',
    cookie: couple.a.cookie,
    body: {
      items: [
        { kind: 'check-in', days: [1, 2, 3, 4, 5, 6, 7], time: '06:45', channel: 'both' },
        { kind: 'commitments', days: [1, 2, 3, 4, 5, 6, 7], time: '20:00', channel: 'both' },
      ],
      quietHours: { start: '22:30', end: '06:30' },
    },
  });
  expect(answer.statusCode, answer.body).toBe(200);
  // Today's 06:45 has passed: as if the job ran late, it sends today's and plans tomorrow's.
  await t.app.jobs.enqueue('reminder-check-in', couple.a.id);
  await t.app.jobs.runDue();
  const sent = await t.db.database.db
    .selectFrom('remindersSent')
    .select('id')
    .where('memberId', '=', couple.a.id)
    .execute();
  expect(sent).toHaveLength(1);
}
