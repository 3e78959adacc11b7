/**
 * What the forecast of one hurt partner is computed from, read as that
 * partner sees the space (their own entries and their partner's shared ones;
 * check-in answers up to yesterday, which the reveal rule has shown by then).
 *
 * - The clock origin is the day the first breach they were hurt by came to
 *   light; later breaches they were hurt by, and setbacks other than a hard
 *   day, restart it (FORECAST.md, "Setbacks").
 * - Severity: their own rating of the breach, else their partner's shared
 *   one, else the typical severity of its kind.
 */
import type { Kysely } from 'kysely';
import { addDays, type Day } from '../../../domain/calendar.js';
import type { ForecastInput, Severity } from '../../../domain/forecast.js';
import {
  bothCheckedInShare,
  checkInComposite,
  keptShareFirstWeeks,
  typicalSeverity,
} from '../../../domain/forecast/breach-facts.js';
import type { Reader } from '../../../domain/visibility.js';
import type { DB } from '../../platform/db/schema.js';
import { inSpace } from '../../platform/db/in-space.js';
import { listBreaches, listSeverities, type BreachRow } from '../breaches/reads.js';
import { breachParties } from '../breaches/service.js';
import { listSetbacks } from '../setbacks/reads.js';
import { visibleRows } from '../repair-shared/visible-rows.js';

export interface ForecastFacts {
  input: ForecastInput;
  breachDay: Day;
  /** Who broke trust in the first breach (for the perceived-trust series). */
  brokeTrust: string[];
}

export async function forecastFacts(
  db: Kysely<DB>,
  spaceId: string,
  hurtId: string,
  partnerId: string | null,
  today: Day,
): Promise<ForecastFacts | null> {
  const reader: Reader = { role: 'partner', memberId: hurtId };
  const breaches = (await listBreaches(db, spaceId, reader))
    .filter((b) => breachParties(b).hurt.includes(hurtId) && b.day <= today)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.createdAt < b.createdAt ? -1 : 1));
  const first = breaches[0];
  if (!first) return null;
  const yesterday = addDays(today, -1);

  const [severities, setbacks, checkIns, grants, marks] = await Promise.all([
    listSeverities(db, spaceId, reader),
    listSetbacks(db, spaceId, reader),
    inSpace(db, 'checkIns', { spaceId })
      .select(['memberId', 'day', 'trust', 'honesty', 'reliability', 'openness'])
      .where('day', '<=', yesterday)
      .execute(),
    inSpace(db, 'therapistGrants', { spaceId })
      .select('id')
      .where('consentedAt', 'is not', null)
      .where('acceptedAt', 'is not', null)
      .where('revokedAt', 'is', null)
      .execute(),
    visibleRows(db, 'commitmentMarks', { spaceId, reader }).execute(),
  ]);

  const severityOf = (breach: BreachRow): Severity => {
    const ratings = severities.filter((s) => s.breachId === breach.id);
    const own = ratings.find((s) => s.authorId === hurtId);
    return (own ?? ratings[0])?.severity ?? typicalSeverity(breach.category);
  };

  const brokeTrust = breachParties(first).brokeTrust;
  const restarts = [
    ...breaches.slice(1).map((b) => ({ on: b.day, severity: severityOf(b) })),
    ...setbacks
      .filter((s) => s.kind !== 'hard-day')
      .map((s) => ({ on: s.day, severity: s.severity })),
  ].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));

  const ratings: ForecastInput['ratings'] = [];
  for (const row of checkIns) {
    if (row.memberId !== hurtId) continue;
    const value = checkInComposite(row);
    if (value !== null) ratings.push({ on: row.day, value });
  }
  const daysOf = (memberId: string | null) =>
    checkIns.filter((c) => c.memberId === memberId).map((c) => c.day);
  const bothShare = partnerId
    ? bothCheckedInShare(daysOf(hurtId), daysOf(partnerId), yesterday)
    : undefined;
  const kept = keptShareFirstWeeks(
    marks
      .filter((m) => brokeTrust.includes(m.authorId))
      .map((m) => ({ day: m.day, outcome: m.outcome })),
    today,
  );

  return {
    breachDay: first.day,
    brokeTrust,
    input: {
      severity: severityOf(first),
      origin: first.day,
      disclosed: first.cameToLight === 'disclosed',
      inTherapy: grants.length > 0,
      ...(kept !== undefined ? { commitmentsKeptFirst4Weeks: kept } : {}),
      ...(bothShare !== undefined ? { bothCheckedInShare: bothShare } : {}),
      setbacks: restarts,
      ratings,
      asOf: today,
    },
  };
}
