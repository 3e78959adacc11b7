/**
 * When the forecast needs recomputing: after a successful write to anything
 * it is computed from — check-ins, breaches and their severity, setbacks,
 * commitment marks, the therapist's access, the space's members. One hook
 * here instead of a line in each of those services, so a feature that starts
 * to matter to the forecast is one entry in this list.
 *
 * The job is enqueued as the answer goes out (`onSend`): the write's answer
 * waits for one small upsert, never for the fit, and by the time a client has
 * its answer the refresh is on record. A failed enqueue only logs (the daily
 * refresh on read catches up).
 */
import type { FastifyInstance } from 'fastify';
import { findMembership } from '../../platform/auth/access.js';
import type { Deps } from '../../platform/deps.js';
import type { JobQueue } from '../../platform/jobs/job-queue.js';
import { FORECAST_REFRESH } from './queries.js';

const FORECAST_INPUTS = [
  '/api/v1/check-ins',
  '/api/v1/breaches',
  '/api/v1/setbacks',
  '/api/v1/commitments',
  '/api/v1/therapist',
  '/api/v1/space',
  '/api/v1/invites/accept',
];

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function installForecastTriggers(
  app: FastifyInstance,
  deps: Pick<Deps, 'db'>,
  jobs: Pick<JobQueue, 'enqueue'>,
): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!WRITES.has(request.method) || reply.statusCode >= 300 || !request.actor) return payload;
    const path = request.routeOptions.url ?? '';
    if (!FORECAST_INPUTS.some((prefix) => path.startsWith(prefix))) return payload;
    try {
      const membership = await findMembership(deps.db, request.actor.memberId);
      if (membership) await jobs.enqueue(FORECAST_REFRESH, membership.spaceId);
    } catch (error) {
      request.log.error({ err: error }, 'forecast refresh not enqueued');
    }
    return payload;
  });
}
