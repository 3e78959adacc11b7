/**
 * The partner who broke trust answers "How much do you think your partner
 * trusts you today?" (1–7) on their check-in. That series is fitted exactly
 * like the hurt partner's — the same function, the same origin and restarts —
 * and shown beside it as a gap, never averaged with it. Their answers up to
 * their own yesterday count, as the reveal rule has shown those by then.
 */
import type { Kysely } from 'kysely';
import { addDays, dayIn } from '../../../domain/calendar.js';
import { forecastRecovery, type ForecastInput } from '../../../domain/forecast.js';
import type { PerceivedTrust } from '../../../contract/progress/forecast.js';
import type { z } from 'zod';
import type { DB } from '../../platform/db/schema.js';
import { inSpace } from '../../platform/db/in-space.js';

export async function perceivedTrustOf(
  db: Kysely<DB>,
  spaceId: string,
  partner: { id: string; timeZone: string },
  hurtInput: ForecastInput,
  now: Date,
): Promise<z.input<typeof PerceivedTrust> | null> {
  const yesterday = addDays(dayIn(now, partner.timeZone), -1);
  const rows = await inSpace(db, 'checkIns', { spaceId })
    .select(['day', 'perceivedTrust'])
    .where('memberId', '=', partner.id)
    .where('perceivedTrust', 'is not', null)
    .where('day', '>=', hurtInput.origin)
    .where('day', '<=', yesterday)
    .orderBy('day')
    .execute();
  if (rows.length === 0) return null;
  const ratings = rows.map((row) => ({ on: row.day, value: row.perceivedTrust! }));
  const fitted = forecastRecovery({ ...hurtInput, ratings });
  return { memberId: partner.id, points: ratings, level: fitted.level };
}
