/**
 * The access matrix: every route the app registers, tried as every role against
 * every object it can name. Any allow or deny the table does not expect fails,
 * and so does a route the table does not know.
 *
 * One test per route, so a failure names it. The list of routes is read from
 * an app built while the tests are collected (Fastify's onRoute, as the app
 * records it), and checked again against the app the tests run on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXPECTATIONS, type RouteExpectation } from './access/expectations.js';
import { buildWorld, ROLES, type Role, type World } from './access/world.js';
import { describeEachDatabase } from './support/databases.js';
import { fieldsOutside, outputJsonSchema } from './support/allow-list.js';
import { recordProof } from './support/proof.js';
import { createTestApp, TEST_HOST, type TestApp } from './support/test-app.js';

interface Try {
  route: string;
  role: Role;
  object: string | null;
  status: number;
  code: string | undefined;
  expected: 'allow' | 'deny';
  /** Fields of a 2xx JSON answer that its response schema does not list. */
  outside?: string[];
}

/** A stand-in web build, so the app registers its page routes too. */
function standInWebBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Mend</title>');
  return dir;
}

/** "METHOD /url" for every route an app registers (HEAD goes with its GET). */
function routeKeys(app: TestApp['app']): string[] {
  const registered = app.registeredRoutes.filter((r) => r.method !== 'HEAD');
  return [...new Set(registered.map((r) => `${r.method} ${r.url}`))];
}

/** The routes of an app built the same way as the tests' own, read once at collection. */
async function collectRouteKeys(): Promise<string[]> {
  const webDir = standInWebBuild();
  const t = await createTestApp({ webDir, env: { MEND_DEV_OUTBOX: '1' } });
  try {
    return routeKeys(t.app);
  } finally {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  }
}

const ROUTES = await collectRouteKeys();

function concreteUrl(
  url: string,
  expectation: RouteExpectation,
  world: World,
  object: string | null,
): string {
  let result = url.replace('/*', '/some/page');
  if (expectation.param && object)
    result = result.replace(`:${expectation.param}`, world.objects[object]!);
  for (const [name, value] of Object.entries(expectation.params ?? {}))
    result = result.replace(`:${name}`, value(world));
  return result + (expectation.query ?? '');
}

/** Older than any event: catch-up from here replays everything the stream would send. */
const FROM_THE_START = '00000000-0000-7000-8000-000000000000';

/**
 * Opens an event stream through `inject` (which resolves once the headers are
 * out), reads what arrives within a moment — the catch-up — and lets it go.
 * Answers the status, the problem body when refused, and the event ids sent.
 */
async function tryStream(world: World, url: string, role: Role) {
  const cookie = world.cookieOf(role);
  const response = await world.t.app.inject({
    method: 'GET',
    url,
    headers: { host: TEST_HOST, 'last-event-id': FROM_THE_START, ...(cookie ? { cookie } : {}) },
    payloadAsStream: true,
  });
  const stream = response.stream();
  let text = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => (text += chunk));
  await new Promise<void>((resolve) => {
    stream.once('end', resolve);
    setTimeout(resolve, response.statusCode === 200 ? 150 : 2_000);
  });
  stream.destroy();
  const eventIds = [...text.matchAll(/^id: (.+)$/gm)].map((match) => match[1]!);
  return { statusCode: response.statusCode, headers: response.headers, text, eventIds };
}

/** Event ids sent to `role` that are not addressed to them in their own current space. */
async function foreignEvents(world: World, role: Role, eventIds: string[]): Promise<string[]> {
  if (eventIds.length === 0 || role === 'anonymous') return eventIds;
  const db = world.t.db.database.db;
  const memberId = world.members[role].id;
  const space = await db
    .selectFrom('spaceMembers')
    .select('spaceId')
    .where('memberId', '=', memberId)
    .where('leftAt', 'is', null)
    .executeTakeFirst();
  const own = await db
    .selectFrom('spaceEvents')
    .select('id')
    .where('id', 'in', eventIds)
    .where('recipientId', '=', memberId)
    .where('spaceId', '=', space?.spaceId ?? '')
    .execute();
  const ownIds = new Set(own.map((row) => row.id));
  return eventIds.filter((id) => !ownIds.has(id));
}

/** The JSON Schema of an API route's answer (none for pages, streams and routes without a body). */
const responseSchemas = new Map<string, ReturnType<typeof outputJsonSchema> | null>();
function responseSchemaOf(world: World, method: string, url: string) {
  const key = `${method} ${url}`;
  if (!responseSchemas.has(key)) {
    const route = world.t.app.apiRoutes.find((r) => r.method === method && r.url === url);
    responseSchemas.set(
      key,
      route?.response && !route.stream ? outputJsonSchema(route.response) : null,
    );
  }
  return responseSchemas.get(key) ?? undefined;
}

/** 401 `unauthenticated` or 404 `not-found`: the two answers that mean "no access". */
const denied = (x: Try) =>
  (x.status === 401 && x.code === 'unauthenticated') ||
  (x.status === 404 && x.code === 'not-found');

describeEachDatabase('access matrix', (kind) => {
  let webDir: string;
  let shared: World;
  const apps: TestApp[] = [];
  const tries: Try[] = [];
  let missing: string[] = [];
  /** Events the stream tries received, all of them the caller's own. */
  let streamedEvents = 0;

  const newWorld = async () => {
    // With the development outbox page on, so the matrix tries that route too.
    const t = await createTestApp({ kind, webDir, env: { MEND_DEV_OUTBOX: '1' } });
    apps.push(t);
    return buildWorld(t);
  };

  beforeAll(async () => {
    webDir = standInWebBuild();
    shared = await newWorld();
  });
  afterAll(async () => {
    const unexpectedAllows = tries.filter((x) => x.expected === 'deny' && !denied(x));
    const unexpectedDenies = tries.filter((x) => x.expected === 'allow' && denied(x));
    console.log(
      `[${kind}] routes × roles tried: ${tries.length}, unexpected allows: ${unexpectedAllows.length}, ` +
        `unexpected denies: ${unexpectedDenies.length}, routes missing from the table: ${missing.length}, ` +
        `events streamed: ${streamedEvents}, of another member or space: 0`,
    );
    // The cross-space probe, from the same tries: every id-bearing request by a
    // member of another space (the outsider, in space T) for an object that is
    // not theirs, with the well-formed body the table gives; and every 2xx
    // answer checked against its output allow-list.
    const probes = tries.filter(
      (x) => x.role === 'outsider' && x.object !== null && x.expected === 'deny',
    );
    const probeAllowed = probes.filter((x) => x.status >= 200 && x.status < 300);
    const outside = tries.flatMap((x) =>
      (x.outside ?? []).map((f) => `${x.route} as ${x.role}: ${f}`),
    );
    const answersChecked = tries.filter((x) => x.outside !== undefined).length;
    console.log(
      `[${kind}] cross-space probe: requests with other spaces' ids: ${probes.length}, 2xx: ${probeAllowed.length}; ` +
        `2xx answers checked against their allow-list: ${answersChecked}, fields outside it: ${outside.length}`,
    );
    recordProof({
      row: `cross-space probe [${kind}]`,
      figure: `requests with other spaces' ids ${probes.length}, 2xx ${probeAllowed.length}; answers checked ${answersChecked}, fields outside the allow-list ${outside.length}`,
      bar: '2xx 0, fields outside the allow-list 0',
      met:
        probes.length > 0 &&
        answersChecked > 0 &&
        probeAllowed.length === 0 &&
        outside.length === 0,
    });
    recordProof({
      row: `access matrix [${kind}]`,
      figure: `routes × roles × objects tried ${tries.length}; unexpected allows ${unexpectedAllows.length}; unexpected denies ${unexpectedDenies.length}; routes missing from the table ${missing.length}`,
      bar: 'unexpected 0, missing 0',
      met:
        tries.length > 0 &&
        unexpectedAllows.length + unexpectedDenies.length + missing.length === 0,
    });
    // One at a time: dropping many PostgreSQL schemas at once exhausts the lock table.
    for (const t of apps) await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('has an entry for every registered route, and none for a route that is gone', () => {
    const keys = routeKeys(shared.t.app);
    // The per-route tests below were named from the routes read at collection.
    expect(keys, 'routes of the app under test').toEqual(ROUTES);
    missing = keys.filter((key) => !EXPECTATIONS[key]);
    const stale = Object.keys(EXPECTATIONS).filter((key) => !keys.includes(key));
    expect(missing, 'routes missing from the expectation table').toEqual([]);
    expect(stale, 'table entries for routes that no longer exist').toEqual([]);
  });

  // A fresh world for each try that changes sessions or memberships: some routes take a while.
  it.each(ROUTES)(
    '%s: allows and denies exactly what the table says',
    { timeout: 120_000 },
    async (key) => {
      const expectation = EXPECTATIONS[key];
      expect(expectation, `${key} is missing from the expectation table`).toBeDefined();
      if (!expectation) return;
      const [method, url] = key.split(' ') as [string, string];
      const objects = expectation.objects ?? [null];
      const mine: Try[] = [];
      for (const role of ROLES) {
        for (const object of objects) {
          const world = expectation.fresh ? await newWorld() : shared;
          if (expectation.stream) {
            const url = concreteUrl(key.split(' ')[1]!, expectation, world, object);
            const streamed = await tryStream(world, url, role);
            expect(streamed.statusCode, `${key} as ${role}: ${streamed.text}`).toBeLessThan(500);
            // Never an event of another member or another space, whoever asks.
            expect(
              await foreignEvents(world, role, streamed.eventIds),
              `${key} as ${role}`,
            ).toEqual([]);
            streamedEvents += streamed.eventIds.length;
            const refused = streamed.statusCode !== 200;
            mine.push({
              route: key,
              role,
              object,
              status: streamed.statusCode,
              code: refused ? (JSON.parse(streamed.text) as { code: string }).code : undefined,
              expected: expectation.allow[role] === true ? 'allow' : 'deny',
            });
            continue;
          }
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
            object === null ? allowed === true : Array.isArray(allowed) && allowed.includes(object)
          )
            ? 'allow'
            : 'deny';
          const code = String(response.headers['content-type']).includes('problem+json')
            ? response.json<{ code: string }>().code
            : undefined;
          const schema = responseSchemaOf(world, method, url);
          const outside =
            schema &&
            response.statusCode >= 200 &&
            response.statusCode < 300 &&
            String(response.headers['content-type']).includes('application/json')
              ? fieldsOutside(schema, response.json())
              : undefined;
          mine.push({
            route: key,
            role,
            object,
            status: response.statusCode,
            code,
            expected,
            outside,
          });
          if (expectation.fresh) {
            // Done with this world: close it now rather than holding hundreds open.
            apps.splice(apps.indexOf(world.t), 1);
            await world.t.close();
          }
        }
      }
      tries.push(...mine);
      expect(
        mine.filter((x) => x.expected === 'deny' && !denied(x)),
        'unexpected allows',
      ).toEqual([]);
      expect(
        mine.filter((x) => x.expected === 'allow' && denied(x)),
        'unexpected denies',
      ).toEqual([]);
      expect(
        mine.flatMap((x) => (x.outside ?? []).map((f) => `${x.role}: ${f}`)),
        'fields outside the response allow-list',
      ).toEqual([]);
      expect(mine.length).toBeGreaterThanOrEqual(ROLES.length);
    },
  );
});
