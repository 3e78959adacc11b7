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
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { forgivenessFactsOf } from '../forgiveness/reads.js';
import { appreciatedNotes } from '../kindness/reads.js';
import { listLiveNeeds } from '../needs/reads.js';
import { listSetbacks } from '../setbacks/reads.js';
import { PATH_THRESHOLDS } from '../../../domain/path/thresholds.js';

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

/**
 * Forgiveness as the reader may see it: their own reflections and shared
 * statement; of the partner, only a shared statement — the partner's private
 * reflections never reach the reader's path, not even as reached or not.
 * Subscale sums (3–15) become means (1–5), the scale of the provisional constants.
 */
async function forgivenessFacts(
  db: Kysely<DB>,
  cipher: FieldCipher,
  access: SpaceAccess,
): Promise<RestoreFacts['forgiveness']> {
  const members = [access.memberId, access.partnerId].filter((id): id is string => id !== null);
  return Promise.all(
    members.map(async (memberId) => {
      const found = await forgivenessFactsOf(db, cipher, access.spaceId, memberId);
      const own = memberId === access.memberId;
      return {
        memberId,
        statement: found.sharedStatement,
        reflections: own
          ? found.reflections.map((reflection) => ({
              at: reflection.createdAt,
              avoidance: reflection.scores.avoidance / 3,
              resentment: reflection.scores.resentment / 3,
              goodwill: reflection.scores.goodwill / 3,
            }))
          : [],
      };
    }),
  );
}

export async function restoreFacts(
  db: Kysely<DB>,
  cipher: FieldCipher,
  access: SpaceAccess,
  now: Date,
  timeZone: string,
): Promise<RestoreFacts> {
  const { spaceId, reader } = access;
  const [commitments, setbacks, therapist, started, notes, needs, forgiveness] = await Promise.all([
    commitmentStandings(db, spaceId, now),
    listSetbacks(db, spaceId, reader),
    hasActiveTherapist(db, spaceId),
    startedOn(db, spaceId, timeZone),
    appreciatedNotes(db, spaceId, now, PATH_THRESHOLDS.positiveBehaviour.windowDays),
    listLiveNeeds(db, spaceId, reader),
    forgivenessFacts(db, cipher, access),
  ]);
  return {
    startedOn: started,
    commitments,
    appreciations: notes.map((note) => ({ authorId: note.sentBy, at: note.appreciatedAt })),
    // "I felt reassured" comes with the check-ins the path service reads under the reveal rule.
    reassured: [],
    needs: needs.map((need) => ({ authorId: need.authorId, acknowledged: need.acknowledged })),
    forgiveness,
    setbackDays: setbacks.map((setback) => setback.day),
    hasTherapist: therapist,
  };
}
