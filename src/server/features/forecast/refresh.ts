/**
 * The forecast job: recompute and store the forecast of every hurt partner in
 * a space. It runs after a write (enqueued by triggers.ts) and once a day when
 * a reader finds a stored one from an earlier day — never as part of a read.
 */
import type { Kysely } from 'kysely';
import { addDays, dayIn, type Day } from '../../../domain/calendar.js';
import {
  forecastRecovery,
  ForecastInputError,
  isRecalculating,
  type ForecastInput,
} from '../../../domain/forecast.js';
import type { StoredForecast } from '../../../contract/progress/forecast.js';
import type { Deps } from '../../platform/deps.js';
import type { DB } from '../../platform/db/schema.js';
import { forecastFacts } from './inputs.js';
import { perceivedTrustOf } from './perceived.js';
import { deleteForecastsExcept, saveForecast } from './queries.js';

export async function currentPartnersOf(db: Kysely<DB>, spaceId: string) {
  return db
    .selectFrom('spaceMembers')
    .innerJoin('members', 'members.id', 'spaceMembers.memberId')
    .select(['members.id', 'members.timeZone'])
    .where('spaceMembers.spaceId', '=', spaceId)
    .where('spaceMembers.leftAt', 'is', null)
    .execute();
}

export function forecastRefresher(deps: Pick<Deps, 'db' | 'clock' | 'log'>) {
  const { db, clock, log } = deps;

  async function compute(facts: NonNullable<Awaited<ReturnType<typeof forecastFacts>>>) {
    const { input } = facts;
    const forecast = forecastRecovery(input);
    const typical = forecastRecovery({ ...input, ratings: [] }).recoveredBy;
    return { forecast, typical };
  }

  return async function refreshSpace(spaceId: string): Promise<void> {
    const now = clock.now();
    const partners = await currentPartnersOf(db, spaceId);
    const kept: string[] = [];
    for (const member of partners) {
      const partner = partners.find((p) => p.id !== member.id) ?? null;
      const today: Day = dayIn(now, member.timeZone);
      const facts = await forecastFacts(db, spaceId, member.id, partner?.id ?? null, today);
      if (!facts) continue;
      let result;
      try {
        result = await compute(facts);
      } catch (error) {
        // Input the app itself cannot produce; say which rule, never the data.
        if (error instanceof ForecastInputError) {
          log.warn({ code: error.code }, 'forecast input refused');
          continue;
        }
        throw error;
      }
      const { forecast, typical } = result;
      const perceived =
        partner && facts.brokeTrust.includes(partner.id)
          ? await perceivedTrustOf(db, spaceId, partner, facts.input, now)
          : null;
      const body: StoredForecast = {
        severity: facts.input.severity,
        disclosed: facts.input.disclosed,
        inTherapy: facts.input.inTherapy,
        breachDay: facts.breachDay,
        origin: forecast.origin,
        recalculating: isRecalculating(forecast, facts.input),
        recoveredBy: forecast.recoveredBy,
        showRange: forecast.showRange,
        pLongerThan3Years: forecast.pLongerThan3Years,
        typical,
        level: forecast.level,
        points: countedPoints(facts.input),
        restarts: (facts.input.setbacks ?? []).filter(
          (s) => s.on >= facts.input.origin && s.on <= today,
        ),
        factors: forecast.factors,
        checkInsCounted: facts.input.ratings.length,
        countedUntil: addDays(today, -1),
        perceived,
      };
      await saveForecast(db, {
        spaceId,
        memberId: member.id,
        asOf: today,
        body: JSON.stringify(body),
        computedAt: now,
      });
      kept.push(member.id);
    }
    await deleteForecastsExcept(db, spaceId, kept);
  };
}

/** The points the chart draws: every counted check-in since the breach, before and after a restart. */
function countedPoints(input: ForecastInput): { on: Day; value: number }[] {
  return [...input.ratings]
    .filter((r) => r.on >= input.origin)
    .sort((a, b) => (a.on < b.on ? -1 : 1))
    .map((r) => ({ on: r.on, value: Math.round(r.value * 100) / 100 }));
}
