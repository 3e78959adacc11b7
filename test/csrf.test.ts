/**
 * CSRF: every state-changing route, tried with the request kinds a hostile page
 * could make a browser send. None may be accepted, and nothing may change.
 */
import { expect, it } from 'vitest';
import { describeEachDatabase } from './support/databases.js';
import { createCouple } from './support/factories.js';
import { recordProof } from './support/proof.js';
import { createTestApp, TEST_HOST } from './support/test-app.js';

const FORGED: Record<string, Record<string, string>> = {
  'no Origin': {},
  'foreign Origin': { origin: 'https://evil.example' },
  'null Origin': { origin: 'null' },
  'look-alike Origin': { origin: 'http://localhost:3000.evil.example' },
  'cross-site fetch metadata, no Origin': { 'sec-fetch-site': 'cross-site' },
  'https twin of the http origin': { origin: 'https://localhost:3000' },
};

/**
 * Called by mail providers from their own servers (RFC 8058 one-click
 * unsubscribe), so no Origin can be asked for. They read no session: only the
 * keyed token in the address counts, and a forged request without one is
 * refused before anything changes.
 */
const NO_ORIGIN_BY_DESIGN = new Set(['POST /api/v1/mail/unsubscribe']);

describeEachDatabase('CSRF', (kind) => {
  it('refuses every state-changing route from any other origin', async () => {
    const t = await createTestApp({ kind });
    try {
      const couple = await createCouple(t);
      const routes = t.app.registeredRoutes.filter(
        (r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method),
      );
      const countRows = async () =>
        Promise.all(
          (
            [
              'members',
              'sessions',
              'spaces',
              'spaceMembers',
              'invites',
              'checkIns',
              'safetyChecks',
              'therapistGrants',
            ] as const
          ).map(
            async (table) =>
              (await t.db.database.db.selectFrom(table).select('id').execute()).length,
          ),
        );
      const before = await countRows();
      let tried = 0;
      const accepted: string[] = [];
      for (const route of routes) {
        for (const [name, headers] of Object.entries(FORGED)) {
          const response = await t.app.inject({
            method: route.method as 'POST',
            url: route.url.replace(/:(\w+)/g, '0190a000-0000-7000-8000-000000000001'),
            headers: {
              host: TEST_HOST,
              cookie: couple.a.cookie,
              'content-type': 'application/json',
              ...headers,
            },
            payload: '{}',
          });
          tried += 1;
          if (NO_ORIGIN_BY_DESIGN.has(`${route.method} ${route.url}`)) {
            if (response.statusCode < 400) {
              accepted.push(`${route.method} ${route.url} with ${name}: ${response.statusCode}`);
            }
            continue;
          }
          if (
            response.statusCode !== 403 ||
            response.json<{ code: string }>().code !== 'cross-origin'
          ) {
            accepted.push(`${route.method} ${route.url} with ${name}: ${response.statusCode}`);
          }
        }
      }
      console.log(
        `[${kind}] CSRF: state-changing routes × forged request kinds: ${tried}, accepted: ${accepted.length}`,
      );
      recordProof({
        row: `CSRF [${kind}]`,
        figure: `state-changing routes × forged request kinds ${tried}; accepted ${accepted.length}`,
        bar: 'accepted 0',
        met: tried > 0 && accepted.length === 0,
      });
      expect(accepted).toEqual([]);
      expect(tried).toBeGreaterThanOrEqual(routes.length * Object.keys(FORGED).length);
      expect(await countRows()).toEqual(before);
    } finally {
      await t.close();
    }
  });
});
