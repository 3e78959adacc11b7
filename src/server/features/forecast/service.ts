/**
 * Reading the stored forecasts and choosing who sees one. A read never fits:
 * it answers the last stored forecast, and when that one is from an earlier
 * day of its hurt partner (or none exists yet) it asks the job for a fresh one
 * and says so (`refreshing`), so the screen can look again shortly.
 *
 * Visibility: the hurt partner sees their own forecast; their partner sees it
 * only once it is shared. The perceived-trust series is the partner's own
 * check-in answers, so it appears wherever the forecast it sits beside does.
 */
import type { z } from 'zod';
import type { ForecastAnswer, ForecastView } from '../../../contract/progress/forecast.js';
import { StoredForecast } from '../../../contract/progress/forecast.js';
import { dayIn } from '../../../domain/calendar.js';
import type { Actor } from '../../platform/auth/actor.js';
import { requireAccess } from '../../platform/auth/access.js';
import { recordAudit } from '../../platform/audit/audit-log.js';
import type { Deps } from '../../platform/deps.js';
import type { Jobs } from '../../platform/jobs/jobs.js';
import { listBreaches } from '../breaches/reads.js';
import { breachParties } from '../breaches/service.js';
import { FORECAST_REFRESH, listForecasts, listShares, share, unshare } from './queries.js';
import { currentPartnersOf } from './refresh.js';

export type ForecastService = ReturnType<typeof forecastService>;

export function forecastService(deps: Deps, jobs: Pick<Jobs, 'enqueue' | 'pending'>) {
  const { db, clock } = deps;

  return {
    async get(actor: Actor): Promise<z.input<typeof ForecastAnswer>> {
      const access = await requireAccess(db, actor, 'forecast.read');
      const { spaceId, memberId } = access;
      const now = clock.now();
      const [rows, shares, partners, breaches, pendingJob] = await Promise.all([
        listForecasts(db, spaceId),
        listShares(db, spaceId),
        currentPartnersOf(db, spaceId),
        listBreaches(db, spaceId, access.reader),
        jobs.pending(FORECAST_REFRESH, spaceId),
      ]);
      const zoneOf = new Map(partners.map((p) => [p.id, p.timeZone]));
      const visible = rows.filter((row) => row.memberId === memberId || shares.has(row.memberId));
      const hurtHere = breaches.some((b) => breachParties(b).hurt.includes(memberId));
      const ownMissing = hurtHere && !rows.some((row) => row.memberId === memberId);
      const stale = visible.some((row) => row.asOf < dayIn(now, zoneOf.get(row.memberId) ?? 'UTC'));
      let refreshing = pendingJob;
      if (!pendingJob && (stale || ownMissing)) {
        await jobs.enqueue(FORECAST_REFRESH, spaceId);
        refreshing = true;
      }

      const forecasts: z.input<typeof ForecastView>[] = visible.map((row) => ({
        ...StoredForecast.parse(JSON.parse(row.body)),
        memberId: row.memberId,
        mine: row.memberId === memberId,
        shared: shares.has(row.memberId),
        asOf: row.asOf,
        computedAt: row.computedAt,
      }));
      // The reader's own first.
      forecasts.sort((a, b) => Number(b.mine) - Number(a.mine));
      return {
        forecasts,
        refreshing,
        pending: ownMissing,
        partnerHasUnshared: rows.some(
          (row) => row.memberId !== memberId && !shares.has(row.memberId),
        ),
      };
    },

    async setSharing(actor: Actor, shared: boolean): Promise<{ shared: boolean }> {
      const access = await requireAccess(db, actor, 'forecast.share');
      const now = clock.now();
      await db.transaction().execute(async (trx) => {
        const changed = shared
          ? await share(trx, access.spaceId, access.memberId, now)
          : await unshare(trx, access.spaceId, access.memberId);
        if (changed) {
          await recordAudit(
            trx,
            {
              spaceId: access.spaceId,
              memberId: access.memberId,
              action: shared ? 'forecast.shared' : 'forecast.unshared',
            },
            now,
          );
        }
      });
      return { shared };
    },
  };
}
