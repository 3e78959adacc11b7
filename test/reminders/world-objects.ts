/**
 * In-app reminders in the access-matrix world: one sent today to each partner
 * of S and to the outsider in T, written as the reminder job writes them.
 */
import { newId } from '../../src/server/platform/ids.js';
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

export async function addReminderObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: { partner: TestMember; otherPartner: TestMember; outsider: TestMember },
): Promise<void> {
  const now = t.clock.now();
  for (const [who, member] of Object.entries(people)) {
    const id = newId(now.getTime());
    await t.db.database.db
      .insertInto('remindersSent')
      .values({
        id,
        memberId: member.id,
        kind: 'check-in',
        // The world's members live in UTC.
        day: now.toISOString().slice(0, 10),
        inApp: 1,
        byEmail: 0,
        sentAt: now.toISOString(),
        dismissedAt: null,
      })
      .execute();
    objects[`reminder:${who}`] = id;
  }
}
