/** Liveness and readiness for load balancers; no content, no auth. */
import type { FastifyInstance } from 'fastify';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../platform/db/schema.js';

export function registerHealthRoutes(app: FastifyInstance, db: Kysely<DB>): void {
  app.get('/healthz', { config: { auth: 'public' } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'public' } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(db);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'database unreachable' });
    }
  });
}
