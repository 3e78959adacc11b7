/**
 * API fuzz: fast-check throws random and half-valid input at every API route,
 * built from each route's own schemas (the same ones OpenAPI is generated
 * from). No answer may be a 5xx, break its schema, or carry a stack trace.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { z } from 'zod';
import { Problem } from '../src/contract/common.js';
import type { RegisteredRoute } from '../src/server/platform/http/route.js';
import { describeEachDatabase } from './support/databases.js';
import { createCouple, type Couple } from './support/factories.js';
import { atScale, recordProof } from './support/proof.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// 25 tries per route in `npm test`; 75 under verify, over 10,000 requests per database.
const RUNS_PER_ROUTE = atScale(25, 75);
/** The bar for a full run (npm run verify). */
const FULL_RUN_REQUESTS = 10_000;

/** Property names a schema knows, so generated objects hit real fields too. */
function fieldNames(schema: z.ZodType | undefined): string[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: object;
  };
  return Object.keys(json.properties ?? {});
}

const scalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.integer({ min: -10, max: 10 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '',
    ' ',
    '2026-03-10',
    '2026-02-30',
    'UTC',
    'Not/AZone',
    'x'.repeat(5000),
    '__proto__',
    'shared',
    'private',
  ),
);

function bodyArbitrary(route: RegisteredRoute) {
  const names = fieldNames(route.body);
  const known = names.length
    ? fc.dictionary(fc.constantFrom(...names), fc.oneof(scalar, fc.jsonValue({ maxDepth: 2 })), {
        maxKeys: names.length,
      })
    : fc.constant({});
  return fc.oneof(fc.jsonValue({ maxDepth: 3 }), known, fc.record({ extra: scalar }));
}

const paramValue = fc.oneof(
  fc.uuid({ version: 7 }),
  fc.uuid(),
  fc.string({ maxLength: 60 }).map((s) => encodeURIComponent(s) || 'x'),
  fc.constantFrom('..', '%00', 'null', '0'),
);

function queryArbitrary(route: RegisteredRoute) {
  const names = fieldNames(route.query);
  if (!names.length) return fc.constant('');
  return fc
    .dictionary(fc.constantFrom(...names, 'unknown'), fc.string({ maxLength: 20 }), { maxKeys: 3 })
    .map((q) => (Object.keys(q).length ? `?${new URLSearchParams(q).toString()}` : ''));
}

describeEachDatabase('API fuzz', (kind) => {
  it('never answers 5xx, off-schema or with internals', { timeout: 1_200_000 }, async () => {
    const t: TestApp = await createTestApp({ kind });
    const stats = { requests: 0, serverErrors: 0, offSchema: 0, stackTraces: 0 };
    const failures: string[] = [];
    try {
      let couple: Couple = await createCouple(t);
      // Routes that end the session or the account go last, each on a fresh couple.
      const routes = [...t.app.apiRoutes].sort(
        (a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'),
      );
      for (const route of routes) {
        if (route.method === 'DELETE') couple = await createCouple(t);
        await fc.assert(
          fc.asyncProperty(
            bodyArbitrary(route),
            paramValue,
            queryArbitrary(route),
            fc.boolean(),
            async (body, param, query, signedIn) => {
              const url = route.url.replace(/:(\w+)/g, param) + query;
              const response = await t.request({
                method: route.method,
                url,
                // A member's event stream stays open by design (its answer never
                // ends), so streams are fuzzed signed out; events.test.ts covers them signed in.
                cookie: signedIn && !route.stream ? couple.a.cookie : undefined,
                ...(['GET', 'DELETE'].includes(route.method) ? {} : { body }),
              });
              stats.requests += 1;
              const where = `${route.method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${response.statusCode} ${response.body.slice(0, 300)}`;
              if (response.statusCode >= 500) {
                stats.serverErrors += 1;
                failures.push(where);
              }
              if (/\n\s+at |node_modules|SqliteError|error: relation/.test(response.body)) {
                stats.stackTraces += 1;
                failures.push(where);
              }
              const contentType = String(response.headers['content-type'] ?? '');
              if (response.statusCode >= 400) {
                if (
                  !contentType.includes('application/problem+json') ||
                  !Problem.safeParse(response.json()).success
                ) {
                  stats.offSchema += 1;
                  failures.push(where);
                }
              } else if (route.response && response.statusCode !== 204) {
                if (!route.response.safeParse(response.json()).success) {
                  stats.offSchema += 1;
                  failures.push(where);
                }
              }
              return true;
            },
          ),
          { numRuns: RUNS_PER_ROUTE, seed: 20261125 },
        );
      }
      console.log(
        `[${kind}] API fuzz: requests: ${stats.requests}, 5xx: ${stats.serverErrors}, answers breaking their schema: ${stats.offSchema}, stack traces: ${stats.stackTraces}`,
      );
      recordProof({
        row: `API fuzz [${kind}]`,
        figure: `requests ${stats.requests}; 5xx ${stats.serverErrors}; breaking their schema ${stats.offSchema}; stack traces ${stats.stackTraces}`,
        bar: `requests ≥ ${FULL_RUN_REQUESTS.toLocaleString('en')}; 0, 0, 0`,
        met:
          stats.requests >= FULL_RUN_REQUESTS &&
          stats.serverErrors + stats.offSchema + stats.stackTraces === 0,
      });
      expect(failures.slice(0, 10)).toEqual([]);
      expect(stats.requests).toBe(routes.length * RUNS_PER_ROUTE);
    } finally {
      await t.close();
    }
  });
});
