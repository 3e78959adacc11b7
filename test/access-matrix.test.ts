/**
 * The access matrix: every route the app registers, tried as every role against
 * every object it can name. Any allow or deny the table does not expect fails,
 * and so does a route the table does not know.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXPECTATIONS, type RouteExpectation } from './access/expectations.js';
import { buildWorld, ROLES, type Role, type World } from './access/world.js';
import { describeEachDatabase } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Try {
  route: string;
  role: Role;
  object: string | null;
  status: number;
  code: string | undefined;
  expected: 'allow' | 'deny';
}

function concreteUrl(
  url: string,
  expectation: RouteExpectation,
  world: World,
  object: string | null,
): string {
  let result = url.replace('/*', '/some/page');
  if (expectation.param && object)
    result = result.replace(`:${expectation.param}`, world.objects[object]!);
  return result + (expectation.query ?? '');
}

describeEachDatabase('access matrix', (kind) => {
  let webDir: string;
  const apps: TestApp[] = [];

  beforeAll(() => {
    // A stand-in web build, so the app registers its page routes too.
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Mend</title>');
  });
  afterAll(async () => {
    // One at a time: dropping many PostgreSQL schemas at once exhausts the lock table.
    for (const t of apps) await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const newWorld = async () => {
    // With the development outbox page on, so the matrix tries that route too.
    const t = await createTestApp({ kind, webDir, env: { MEND_DEV_OUTBOX: '1' } });
    apps.push(t);
    return buildWorld(t);
  };

  // Hundreds of requests and a fresh world for each try that changes sessions or memberships.
  it(
    'allows and denies exactly what the table says, for every route',
    { timeout: 300_000 },
    async () => {
      const shared = await newWorld();
      const registered = shared.t.app.registeredRoutes.filter((r) => r.method !== 'HEAD');
      const keys = [...new Set(registered.map((r) => `${r.method} ${r.url}`))];
      const missing = keys.filter((key) => !EXPECTATIONS[key]);
      const stale = Object.keys(EXPECTATIONS).filter((key) => !keys.includes(key));

      const tries: Try[] = [];
      for (const key of keys) {
        const expectation = EXPECTATIONS[key];
        if (!expectation) continue;
        const [method, url] = key.split(' ') as [string, string];
        const objects = expectation.objects ?? [null];
        for (const role of ROLES) {
          for (const object of objects) {
            const world = expectation.fresh ? await newWorld() : shared;
            const body = expectation.body ? await expectation.body(world, role) : undefined;
            const response = await world.t.request({
              method,
              url: concreteUrl(url, expectation, world, object),
              cookie: world.cookieOf(role),
              body,
            });
            expect(response.statusCode, `${key} as ${role}: ${response.body}`).toBeLessThan(500);
            const allowed = expectation.allow[role];
            const expected = (
              object === null
                ? allowed === true
                : Array.isArray(allowed) && allowed.includes(object)
            )
              ? 'allow'
              : 'deny';
            const code = String(response.headers['content-type']).includes('problem+json')
              ? response.json<{ code: string }>().code
              : undefined;
            tries.push({ route: key, role, object, status: response.statusCode, code, expected });
            if (expectation.fresh) {
              // Done with this world: close it now rather than holding hundreds open.
              apps.splice(apps.indexOf(world.t), 1);
              await world.t.close();
            }
          }
        }
      }

      const denied = (x: Try) =>
        (x.status === 401 && x.code === 'unauthenticated') ||
        (x.status === 404 && x.code === 'not-found');
      const unexpectedAllows = tries.filter((x) => x.expected === 'deny' && !denied(x));
      const unexpectedDenies = tries.filter((x) => x.expected === 'allow' && denied(x));
      console.log(
        `[${kind}] routes × roles tried: ${tries.length}, unexpected allows: ${unexpectedAllows.length}, ` +
          `unexpected denies: ${unexpectedDenies.length}, routes missing from the table: ${missing.length}`,
      );
      expect(missing, 'routes missing from the expectation table').toEqual([]);
      expect(stale, 'table entries for routes that no longer exist').toEqual([]);
      expect(unexpectedAllows, 'unexpected allows').toEqual([]);
      expect(unexpectedDenies, 'unexpected denies').toEqual([]);
      expect(tries.length).toBeGreaterThan(keys.length * ROLES.length - 1);
    },
  );
});
