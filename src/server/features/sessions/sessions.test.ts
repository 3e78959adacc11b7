import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { sessionCookie, signUp, type TestMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { recordProof } from '../../../../test/support/proof.js';
import { isLive, signInRequest } from '../../../../test/account-security/helpers.js';

const PHONE =
  'Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36';
const LAPTOP = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) Gecko/20100101 Firefox/127.0';

describeEachDatabase('sessions and notices', (kind) => {
  let t: TestApp;
  let member: TestMember;
  beforeEach(async () => {
    t = await createTestApp({ kind });
    member = await signUp(t, { safetyCheck: false });
  });
  afterEach(() => t.close());

  const list = async (cookie: string) => {
    const response = await t.request({ method: 'GET', url: '/api/v1/sessions', cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      items: {
        id: string;
        device: string;
        createdAt: string;
        lastSeenAt: string;
        current: boolean;
      }[];
    }>().items;
  };

  const signInFrom = async (userAgent: string) => {
    const response = await signInRequest(t, member.email, member.password, { userAgent });
    expect(response.statusCode, response.body).toBe(200);
    return sessionCookie(response);
  };

  it('lists this member’s sessions with a device label and marks the current one', async () => {
    t.clock.advance(60_000);
    const phone = await signInFrom(PHONE);
    const items = await list(phone);
    expect(items).toHaveLength(2);
    expect(items.filter((s) => s.current)).toHaveLength(1);
    expect(items.find((s) => s.current)!.device).toBe('Chrome on Android');
    // Only these fields leave: no token, no address, no user agent, no place.
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'createdAt',
        'current',
        'device',
        'id',
        'lastSeenAt',
      ]);
    }
    const other = await signUp(t, { safetyCheck: false });
    const theirs = await list(other.cookie);
    expect(theirs).toHaveLength(1);
    expect(items.map((s) => s.id)).not.toContain(theirs[0]!.id);
  });

  it('revokes one of your sessions; another member’s session id is not found', async () => {
    const phone = await signInFrom(PHONE);
    const phoneId = (await list(phone)).find((s) => s.current)!.id;
    const other = await signUp(t, { safetyCheck: false });
    const otherId = (await list(other.cookie))[0]!.id;

    const foreign = await t.request({
      method: 'DELETE',
      url: `/api/v1/sessions/${otherId}`,
      cookie: member.cookie,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json<{ code: string }>().code).toBe('not-found');
    expect(await isLive(t, other.cookie)).toBe(true);

    const revoked = await t.request({
      method: 'DELETE',
      url: `/api/v1/sessions/${phoneId}`,
      cookie: member.cookie,
    });
    expect(revoked.statusCode).toBe(204);
    expect(await isLive(t, phone)).toBe(false);
    expect(await isLive(t, member.cookie)).toBe(true);
    const again = await t.request({
      method: 'DELETE',
      url: `/api/v1/sessions/${phoneId}`,
      cookie: member.cookie,
    });
    expect(again.statusCode).toBe(404);
    const malformed = await t.request({
      method: 'DELETE',
      url: '/api/v1/sessions/not-an-id',
      cookie: member.cookie,
    });
    expect(malformed.statusCode).toBe(404);
  });

  it('revoking the current session signs out and clears the cookie', async () => {
    const currentId = (await list(member.cookie))[0]!.id;
    const response = await t.request({
      method: 'DELETE',
      url: `/api/v1/sessions/${currentId}`,
      cookie: member.cookie,
    });
    expect(response.statusCode).toBe(204);
    const cleared = response.cookies.find((c) => c.name.endsWith('mend_session'));
    expect(cleared?.value).toBe('');
    expect(await isLive(t, member.cookie)).toBe(false);
  });

  it('signs out everywhere else', async () => {
    const phone = await signInFrom(PHONE);
    const laptop = await signInFrom(LAPTOP);
    const response = await t.request({
      method: 'DELETE',
      url: '/api/v1/sessions/others',
      cookie: laptop,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ revoked: 2 });
    expect(await isLive(t, phone)).toBe(false);
    expect(await isLive(t, member.cookie)).toBe(false);
    expect(await isLive(t, laptop)).toBe(true);
    expect(await list(laptop)).toHaveLength(1);
  });

  it('leaves out sessions that ran idle', async () => {
    t.clock.advance(t.config.sessionIdleMs - 60_000);
    const fresh = await signInFrom(LAPTOP);
    t.clock.advance(120_000);
    const items = await list(fresh);
    expect(items).toHaveLength(1);
    expect(items[0]!.current).toBe(true);
  });

  it('a new sign-in leaves a notice with the device only; dismissing is per member', async () => {
    await signInFrom(PHONE);
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/notices',
      cookie: member.cookie,
    });
    expect(response.statusCode).toBe(200);
    const items = response.json<{ items: Record<string, unknown>[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'new-sign-in', detail: 'Chrome on Android' });
    expect(Object.keys(items[0]!).sort()).toEqual(['createdAt', 'detail', 'id', 'kind']);
    const noticeId = items[0]!.id as string;

    const other = await signUp(t, { safetyCheck: false });
    const foreign = await t.request({
      method: 'POST',
      url: `/api/v1/notices/${noticeId}/dismiss`,
      cookie: other.cookie,
    });
    expect(foreign.statusCode).toBe(404);

    const dismissed = await t.request({
      method: 'POST',
      url: `/api/v1/notices/${noticeId}/dismiss`,
      cookie: member.cookie,
    });
    expect(dismissed.statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/api/v1/notices', cookie: member.cookie });
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(0);
  });

  it('a sign-up leaves no notice', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/notices',
      cookie: member.cookie,
    });
    expect(response.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('answers 401 without a session', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/sessions'],
      ['DELETE', '/api/v1/sessions/others'],
      ['GET', '/api/v1/notices'],
    ] as const) {
      expect((await t.request({ method, url })).statusCode, url).toBe(401);
    }
  });
});

/**
 * The session-lifecycle figure of SECURITY.md: every way a session id is
 * replaced or ended, and whether the old id still opens anything afterwards;
 * and the flags of every session cookie set on the way.
 */
describeEachDatabase('session lifecycle', (kind) => {
  const figures = { oldStillValid: 0, cookieViolations: 0, checked: 0, cookies: 0 };
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ kind, env: { PUBLIC_URL: 'https://mend.example' } });
  });
  afterEach(() => t.close());

  const ORIGIN = 'https://mend.example';
  const send = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    cookie?: string,
    body?: unknown,
  ) =>
    t.app.inject({
      method,
      url,
      headers: {
        host: 'mend.example',
        origin: ORIGIN,
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });

  const checkCookie = (response: LightMyRequestResponse) => {
    const cookie = response.cookies.find((c) => c.name.endsWith('mend_session'));
    expect(cookie, response.body).toBeDefined();
    figures.cookies += 1;
    const ok =
      cookie!.name === '__Host-mend_session' &&
      cookie!.secure === true &&
      cookie!.httpOnly === true &&
      cookie!.sameSite === 'Lax' &&
      cookie!.path === '/' &&
      cookie!.domain === undefined;
    if (!ok) figures.cookieViolations += 1;
    return `${cookie!.name}=${cookie!.value}`;
  };

  const stillValid = async (cookie: string) => {
    figures.checked += 1;
    const live = (await send('GET', '/api/v1/me', cookie)).statusCode === 200;
    if (live) figures.oldStillValid += 1;
    return live;
  };

  it('ends or replaces the old session id at every step', async () => {
    const email = `lifecycle-${Math.random()}@example.test`;
    const password = 'quiet harbour lantern 42';
    const signUpAnswer = await send('POST', '/api/v1/accounts', undefined, {
      email,
      displayName: 'L',
      password,
      timeZone: 'UTC',
    });
    const first = checkCookie(signUpAnswer);

    // Sign-in while the browser holds a session: a new id, the old one ends.
    const signedIn = checkCookie(
      await send('POST', '/api/v1/sessions', first, { email, password }),
    );
    expect(await stillValid(first)).toBe(false);

    // Re-authentication: a new id for the same session.
    const reauth = await send('POST', '/api/v1/me/reauthenticate', signedIn, { password });
    expect(reauth.statusCode, reauth.body).toBe(204);
    const afterReauth = checkCookie(reauth);
    expect(await stillValid(signedIn)).toBe(false);

    // Password change: this session renewed, every other one ended.
    const elsewhere = checkCookie(
      await send('POST', '/api/v1/sessions', undefined, { email, password }),
    );
    const changed = await send('PUT', '/api/v1/me/password', afterReauth, {
      newPassword: 'a brand new and long passphrase',
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const afterChange = checkCookie(changed);
    expect(await stillValid(afterReauth)).toBe(false);
    expect(await stillValid(elsewhere)).toBe(false);
    expect((await send('GET', '/api/v1/me', afterChange)).statusCode).toBe(200);

    // Revoking another session, then signing out.
    const another = checkCookie(
      await send('POST', '/api/v1/sessions', undefined, {
        email,
        password: 'a brand new and long passphrase',
      }),
    );
    const sessions = (await send('GET', '/api/v1/sessions', afterChange)).json<{
      items: { id: string; current: boolean }[];
    }>().items;
    const anotherId = sessions.find((s) => !s.current)!.id;
    expect((await send('DELETE', `/api/v1/sessions/${anotherId}`, afterChange)).statusCode).toBe(
      204,
    );
    expect(await stillValid(another)).toBe(false);

    expect((await send('DELETE', '/api/v1/sessions/current', afterChange)).statusCode).toBe(204);
    expect(await stillValid(afterChange)).toBe(false);
  });

  afterAll(() => {
    // eslint-disable-next-line no-console -- the suite's figure, as SECURITY.md asks
    console.log(
      `[${kind}] session lifecycle: old session ids still valid: ${figures.oldStillValid}, ` +
        `cookie flag violations: ${figures.cookieViolations} ` +
        `(old ids checked: ${figures.checked}, session cookies checked: ${figures.cookies})`,
    );
    recordProof({
      row: `session lifecycle [${kind}]`,
      figure: `old session ids checked ${figures.checked}, still valid ${figures.oldStillValid}; session cookies checked ${figures.cookies}, flag violations ${figures.cookieViolations}`,
      bar: '0, 0',
      met: figures.checked > 0 && figures.oldStillValid === 0 && figures.cookieViolations === 0,
    });
    expect(figures.oldStillValid).toBe(0);
    expect(figures.cookieViolations).toBe(0);
  });
});
