import type { FastifyRequest } from 'fastify';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { isSameOrigin } from './origin-check.js';
import { publicAddresses } from './public-address.js';

const STRONG_PASSWORD = 'quiet harbour lantern 42';

/** A request exactly as a rebinding page sends it: its own name as Host and as Origin. */
const signUpVia = (t: TestApp, host: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/accounts',
    headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
    payload: JSON.stringify({
      email: `${host.replace(/[^a-z0-9]/g, '')}@example.test`,
      displayName: 'R',
      password: STRONG_PASSWORD,
      timeZone: 'UTC',
    }),
  });

describeEachDatabase('requests pinned to the public host', (kind) => {
  it('refuses any other Host before routing, and changes nothing', async () => {
    const t = await createTestApp({ kind });
    try {
      const members = async () =>
        (await t.db.database.db.selectFrom('members').select('id').execute()).length;
      for (const host of ['evil.example:3000', 'localhost:3001', 'localhost', '10.0.0.5:3000']) {
        const rebound = await signUpVia(t, host);
        expect(rebound.statusCode, host).toBe(421);
        expect(rebound.headers['content-type']).toContain('application/problem+json');
        expect(rebound.json<{ code: string }>().code).toBe('unknown-host');
      }
      expect(await members()).toBe(0);
      // Reads, unknown paths and a missing Host too (inject's default Host is localhost:80).
      for (const url of ['/api/v1/me', '/api/v1/no-such-route', '/api/v1/openapi.json']) {
        const read = await t.app.inject({ method: 'GET', url, headers: { host: 'evil.example' } });
        expect([url, read.statusCode]).toEqual([url, 421]);
      }
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(421);
      // The probes answer whatever the Host: orchestrators call them by address.
      const probe = await t.app.inject({
        method: 'GET',
        url: '/healthz',
        headers: { host: '10.0.0.5' },
      });
      expect(probe.statusCode).toBe(200);

      // PUBLIC_URL's host, and loopback names on our port, in any case.
      for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LocalHost:3000']) {
        const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { host } });
        expect([host, me.statusCode]).toEqual([host, 401]);
      }
      expect((await signUpVia(t, '127.0.0.1:3000')).statusCode).toBe(201);
    } finally {
      await t.close();
    }
  });

  it('in production, answers for PUBLIC_URL only, as the trusted proxy names it', async () => {
    const t = await createTestApp({
      kind,
      env: { NODE_ENV: 'production', PUBLIC_URL: 'https://mend.example' },
    });
    try {
      const status = async (headers: Record<string, string>) =>
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers })).statusCode;
      expect(await status({ host: 'mend.example' })).toBe(401);
      expect(await status({ host: 'mend.example:443' })).toBe(401);
      expect(await status({ host: 'localhost:3000' })).toBe(421);
      expect(await status({ host: 'mend.example:8443' })).toBe(421);
      // Behind the proxy (trusted in production), X-Forwarded-Host is the host asked for.
      expect(await status({ host: '10.0.0.7:3000', 'x-forwarded-host': 'mend.example' })).toBe(401);
      expect(await status({ host: 'mend.example', 'x-forwarded-host': 'evil.example' })).toBe(421);
    } finally {
      await t.close();
    }
  });
});

it('the Origin check compares with the configured origins, never with the Host', () => {
  const addresses = publicAddresses({
    env: 'test',
    port: 3000,
    publicUrl: 'http://localhost:3000',
  });
  const request = (headers: Record<string, string>) => ({ headers }) as unknown as FastifyRequest;
  // What a rebinding page sends: its own name as Host and Origin alike.
  expect(
    isSameOrigin(
      request({ host: 'evil.example:3000', origin: 'http://evil.example:3000' }),
      addresses.origins,
    ),
  ).toBe(false);
  expect(
    isSameOrigin(
      request({ host: 'evil.example:3000', origin: 'http://localhost:3000' }),
      addresses.origins,
    ),
  ).toBe(true);
  expect(
    isSameOrigin(
      request({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }),
      addresses.origins,
    ),
  ).toBe(true);
  // In production the loopback names are not ours.
  const production = publicAddresses({
    env: 'production',
    port: 3000,
    publicUrl: 'http://mend.lan',
  });
  expect([...production.origins]).toEqual(['http://mend.lan']);
  expect([...production.hosts]).toEqual(['mend.lan']);
});
