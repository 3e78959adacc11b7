/**
 * The facts steps 5–10 and the professional-help rule are computed from, as
 * the reader may see them (domain/path/facts.ts `RestoreFacts`).
 */
import type { Kysely } from 'kysely';
import { dayIn } from '../../../domain/calendar.js';
import type { RestoreFacts } from '../../../domain/path/facts.js';
import type { SpaceAccess } from '../../platform/auth/access.js';
import type { DB } from '../../platform/db/schema.js';
import { commitmentStandings } from '../commitments/reads.js';
import { listSetbacks } from '../setbacks/reads.js';

/** Whether a therapist both partners agreed to holds access to the space now. */
async function hasActiveTherapist(db: Kysely<DB>, spaceId: string): Promise<boolean> {
  const grant = await db
    .selectFrom('therapistGrants')
    .select('id')
    .where('spaceId', '=', spaceId)
    .where('acceptedAt', 'is not', null)
    .where('revokedAt', 'is', null)
    .executeTakeFirst();
  return grant !== undefined;
}

/** The day the path began, in the reader's calendar: the first breach, else the space. */
async function startedOn(db: Kysely<DB>, spaceId: string, timeZone: string) {
  const [breach, space] = await Promise.all([
    db
      .selectFrom('breaches')
      .select('createdAt')
      .where('spaceId', '=', spaceId)
      .orderBy('createdAt')
      .executeTakeFirst(),
    db.selectFrom('spaces').select('createdAt').where('id', '=', spaceId).executeTakeFirst(),
  ]);
  const first = breach?.createdAt ?? space?.createdAt;
  return first ? dayIn(new Date(first), timeZone) : null;
}

export async function restoreFacts(
  db: Kysely<DB>,
  access: SpaceAccess,
  now: Date,
  timeZone: string,
): Promise<RestoreFacts> {
  const { spaceId, reader } = access;
  const [commitments, setbacks, therapist, started] = await Promise.all([
    commitmentStandings(db, spaceId, now),
    listSetbacks(db, spaceId, reader),
    hasActiveTherapist(db, spaceId),
    startedOn(db, spaceId, timeZone),
  ]);
  return {
    startedOn: started,
    commitments,
    appreciations: [],
    reassured: [],
    needs: [],
    forgiveness: [],
    setbackDays: setbacks.map((setback) => setback.day),
    hasTherapist: therapist,
  };
}
