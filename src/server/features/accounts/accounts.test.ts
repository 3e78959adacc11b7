import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { sessionCookie, signUp, STRONG_PASSWORD } from '../../../../test/support/factories.js';
import { codeNow, enableTotp } from '../../../../test/account-security/helpers.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('accounts', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ kind });
  });
  afterEach(() => t.close());

  const signIn = (
    email: string,
    password: string,
    extra: Record<string, string> = {},
    remoteAddress = '203.0.113.1',
  ) =>
    t.request({
      method: 'POST',
      url: '/api/v1/sessions',
      body: { email, password },
      headers: extra,
      remoteAddress,
    });

  it('signs up, is signed in, reads itself, signs out', async () => {
    const member = await signUp(t, {
      email: 'Robin@Example.test',
      displayName: 'Robin',
      timeZone: 'europe/berlin',
    });
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({
      member: {
        id: member.id,
        email: 'robin@example.test',
        displayName: 'Robin',
        timeZone: 'Europe/Berlin',
      },
      space: null,
      operator: false,
    });
    expect(me.body).not.toContain('password');
    expect(me.body).not.toContain('role');

    const out = await t.request({
      method: 'DELETE',
      url: '/api/v1/sessions/current',
      cookie: member.cookie,
    });
    expect(out.statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie });
    expect(after.statusCode).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/accounts',
      body: {
        email: 'c@example.test',
        displayName: 'C',
        password: STRONG_PASSWORD,
        timeZone: 'UTC',
      },
    });
    const cookie = response.cookies.find((c) => c.name === 'mend_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('uses a __Host- Secure cookie when served over https', async () => {
    const secure = await createTestApp({ kind, env: { PUBLIC_URL: 'https://mend.example' } });
    try {
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        headers: {
          host: 'mend.example',
          origin: 'https://mend.example',
          'content-type': 'application/json',
        },
        payload: JSON.stringify({
          email: 's@example.test',
          displayName: 'S',
          password: STRONG_PASSWORD,
          timeZone: 'UTC',
        }),
      });
      expect(response.statusCode).toBe(201);
      const cookie = response.cookies.find((c) => c.name === '__Host-mend_session');
      expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });

  it('refuses weak, common and short passwords, naming the field', async () => {
    for (const password of [
      'short',
      'password1234',
      'aaaaaaaaaaaaaaa',
      '123456789012',
      // 14 characters: enough beside a second factor, not alone (and sign-up has none).
      'tidal lanterns',
    ]) {
      const response = await t.request({
        method: 'POST',
        url: '/api/v1/accounts',
        body: { email: 'weak@example.test', displayName: 'W', password, timeZone: 'UTC' },
      });
      expect(response.statusCode, password).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('password');
    }
  });

  it('refuses a bad e-mail, an empty name, an invalid time zone and unknown fields', async () => {
    const base = {
      email: 'ok@example.test',
      displayName: 'Ok',
      password: STRONG_PASSWORD,
      timeZone: 'UTC',
    };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, email: 'not-an-email' }, 'email'],
      [{ ...base, displayName: '   ' }, 'displayName'],
      [{ ...base, timeZone: 'Mars/Base' }, 'timeZone'],
      [{ ...base, timeZone: '+02:00' }, 'timeZone'],
      [{ ...base, role: 'admin' }, 'role'],
    ];
    for (const [body, field] of cases) {
      const response = await t.request({ method: 'POST', url: '/api/v1/accounts', body });
      expect(response.statusCode, field).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(
        field,
      );
    }
  });

  it('refuses a second account with the same e-mail', async () => {
    await signUp(t, { email: 'twice@example.test' });
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/accounts',
      body: {
        email: 'TWICE@example.test',
        displayName: 'T',
        password: STRONG_PASSWORD,
        timeZone: 'UTC',
      },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ code: string }>().code).toBe('email-taken');
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    await signUp(t, { email: 'known@example.test' });
    const wrong = await signIn('known@example.test', 'not the right password');
    const unknown = await signIn('nobody@example.test', 'not the right password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.body).toBe(unknown.body);
  });

  it('signs in with a new session id and ends the one the browser held', async () => {
    const member = await signUp(t, { email: 'rotate@example.test' });
    const response = await signIn('rotate@example.test', STRONG_PASSWORD, {
      cookie: member.cookie,
    });
    expect(response.statusCode).toBe(200);
    const fresh = sessionCookie(response);
    expect(fresh).not.toBe(member.cookie);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie })).statusCode,
    ).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: fresh })).statusCode).toBe(
      200,
    );
  });

  it('lets the owner in with the right password after ten wrong ones from elsewhere (no targeted lockout)', async () => {
    await signUp(t, { email: 'target@example.test' });
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await signIn('target@example.test', 'wrong password here', {}, `198.51.100.${i}`))
          .statusCode,
      ).toBe(401);
    }
    const waitsBefore = t.clock.waits.length;
    const owner = await signIn('target@example.test', STRONG_PASSWORD, {}, '203.0.113.50');
    expect(owner.statusCode).toBe(200);
    // Slowed, not blocked: the try waited before the password was checked.
    expect(t.clock.waits.slice(waitsBefore)).toEqual([250]);
  });

  it('slows an account that fails from many addresses, the same for unknown accounts', async () => {
    await signUp(t, { email: 'target@example.test' });
    const waited: Record<string, number[]> = {};
    for (const email of ['target@example.test', 'ghost@example.test']) {
      const waitsBefore = t.clock.waits.length;
      for (let i = 0; i < 14; i += 1) {
        const response = await signIn(email, 'wrong password here', {}, `198.51.100.${i}`);
        expect(response.statusCode).toBe(401);
        expect(response.json<{ code: string }>().code).toBe('invalid-credentials');
      }
      waited[email] = t.clock.waits.slice(waitsBefore);
    }
    // The eleventh try onward waits a little longer each time; a real account
    // and an unknown one cannot be told apart by it.
    expect(waited['target@example.test']).toEqual([250, 500, 750, 1000]);
    expect(waited['ghost@example.test']).toEqual(waited['target@example.test']);
  });

  it('blocks one address after ten failures on one account, also with the right password', async () => {
    await signUp(t, { email: 'target@example.test' });
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await signIn('target@example.test', 'wrong password here', {}, '198.51.100.7')).statusCode,
      ).toBe(401);
    }
    const blocked = await signIn('target@example.test', STRONG_PASSWORD, {}, '198.51.100.7');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<{ code: string }>().code).toBe('too-many-attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Another address still signs in; the block on this one lifts after the window.
    expect(
      (await signIn('target@example.test', STRONG_PASSWORD, {}, '198.51.100.8')).statusCode,
    ).toBe(200);
    t.clock.advance(16 * 60_000);
    expect(
      (await signIn('target@example.test', STRONG_PASSWORD, {}, '198.51.100.7')).statusCode,
    ).toBe(200);
  });

  it('throttles sign-in after ten failures from one address, whatever the account', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect(
        (await signIn(`someone${i}@example.test`, 'wrong password here', {}, '192.0.2.7'))
          .statusCode,
      ).toBe(401);
    }
    expect(
      (await signIn('another@example.test', 'wrong password here', {}, '192.0.2.7')).statusCode,
    ).toBe(429);
    expect(
      (await signIn('another@example.test', 'wrong password here', {}, '192.0.2.8')).statusCode,
    ).toBe(401);
  });

  it('ends idle sessions and sessions past their absolute lifetime', async () => {
    const member = await signUp(t);
    t.clock.advance(t.config.sessionIdleMs + 1000);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie })).statusCode,
    ).toBe(401);
  });

  it('updates display name and time zone', async () => {
    const member = await signUp(t);
    const response = await t.request({
      method: 'PATCH',
      url: '/api/v1/me',
      cookie: member.cookie,
      body: { displayName: 'Sam', timeZone: 'Asia/Tokyo' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      member: { displayName: 'Sam', timeZone: 'Asia/Tokyo' },
    });
  });

  it('refuses state changes without a same-origin Origin', async () => {
    for (const origin of ['https://evil.example', undefined]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/accounts',
        headers: {
          host: 'localhost:3000',
          'content-type': 'application/json',
          ...(origin ? { origin } : {}),
        },
        payload: JSON.stringify({
          email: 'x@example.test',
          displayName: 'X',
          password: STRONG_PASSWORD,
          timeZone: 'UTC',
        }),
      });
      expect(response.statusCode).toBe(403);
      expect(response.json<{ code: string }>().code).toBe('cross-origin');
    }
  });

  it('keeps logs free of e-mails, names and passwords', async () => {
    await signUp(t, { email: 'quiet-canary@example.test', displayName: 'CanaryName' });
    await signIn('quiet-canary@example.test', 'wrong password canary');
    const log = t.logs.join('');
    expect(log.length).toBeGreaterThan(0);
    for (const secret of ['quiet-canary', 'CanaryName', 'wrong password canary', STRONG_PASSWORD]) {
      expect(log).not.toContain(secret);
    }
  });
  const reauth = (cookie: string, body: Record<string, unknown>) =>
    t.request({ method: 'POST', url: '/api/v1/me/reauthenticate', cookie, body });

  it('tells the 15-character rule in the sign-up message', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/accounts',
      body: {
        email: 'len@example.test',
        displayName: 'L',
        password: 'tidal lanterns',
        timeZone: 'UTC',
      },
    });
    expect(response.json<{ errors: { message: string }[] }>().errors[0]?.message).toContain(
      'at least 15 characters',
    );
  });

  it('re-authenticates with the password: a new session id, the old one ends', async () => {
    const member = await signUp(t);
    const wrong = await reauth(member.cookie, { password: 'not the password at all' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json<{ code: string }>().code).toBe('reauthentication-failed');
    expect(wrong.cookies).toHaveLength(0);

    const ok = await reauth(member.cookie, { password: STRONG_PASSWORD });
    expect(ok.statusCode).toBe(204);
    const fresh = sessionCookie(ok);
    expect(fresh).not.toBe(member.cookie);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: member.cookie })).statusCode,
    ).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: fresh })).statusCode).toBe(
      200,
    );
  });

  it('re-authentication asks for the second factor when one is on', async () => {
    const member = await signUp(t);
    const { secret } = await enableTotp(t, member);
    const missing = await reauth(member.cookie, { password: STRONG_PASSWORD });
    expect(missing.statusCode).toBe(403);
    expect(missing.json<{ code: string }>().code).toBe('second-factor-required');
    const wrong = await reauth(member.cookie, { password: STRONG_PASSWORD, totp: '000000' });
    expect(wrong.json<{ code: string }>().code).toBe('reauthentication-failed');
    const ok = await reauth(member.cookie, { password: STRONG_PASSWORD, totp: codeNow(t, secret) });
    expect(ok.statusCode, ok.body).toBe(204);
  });

  it('throttles re-authentication per member after ten failures', async () => {
    const member = await signUp(t);
    for (let i = 0; i < 10; i += 1) {
      expect((await reauth(member.cookie, { password: 'wrong password here!' })).statusCode).toBe(
        403,
      );
    }
    const blocked = await reauth(member.cookie, { password: STRONG_PASSWORD });
    expect(blocked.statusCode).toBe(429);
  });

  it('changes the e-mail only after a recent re-authentication', async () => {
    const member = await signUp(t);
    const taken = await signUp(t, { email: 'taken@example.test' });
    t.clock.advance(11 * 60_000);
    const stale = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie: member.cookie,
      body: { email: 'new-address@example.test' },
    });
    expect(stale.statusCode).toBe(403);
    expect(stale.json<{ code: string }>().code).toBe('reauthentication-required');

    const cookie = sessionCookie(await reauth(member.cookie, { password: STRONG_PASSWORD }));
    const clash = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie,
      body: { email: taken.email.toUpperCase() },
    });
    expect(clash.statusCode).toBe(409);
    const changed = await t.request({
      method: 'PUT',
      url: '/api/v1/me/email',
      cookie,
      body: { email: 'New-Address@example.test' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<{ member: { email: string } }>().member.email).toBe(
      'new-address@example.test',
    );
    expect((await signIn('new-address@example.test', STRONG_PASSWORD)).statusCode).toBe(200);
    expect((await signIn(member.email, STRONG_PASSWORD)).statusCode).toBe(401);
  });

  it('changes the password: 15 characters alone, others signed out, this session renewed', async () => {
    const member = await signUp(t);
    const phone = sessionCookie(await signIn(member.email, STRONG_PASSWORD));
    const short = await t.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      cookie: member.cookie,
      body: { newPassword: 'tidal lanterns' },
    });
    expect(short.statusCode).toBe(422);
    expect(short.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('newPassword');

    const changed = await t.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      cookie: member.cookie,
      body: { newPassword: 'a long new passphrase for me' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const renewed = sessionCookie(changed);
    for (const old of [member.cookie, phone]) {
      expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: old })).statusCode).toBe(
        401,
      );
    }
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: renewed })).statusCode,
    ).toBe(200);
    expect((await signIn(member.email, STRONG_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(member.email, 'a long new passphrase for me')).statusCode).toBe(200);

    const notices = await t.request({ method: 'GET', url: '/api/v1/notices', cookie: renewed });
    expect(notices.json<{ items: { kind: string }[] }>().items.map((n) => n.kind)).toContain(
      'password-changed',
    );
  });

  it('allows a 12-character password once a second factor is on', async () => {
    const member = await signUp(t);
    await enableTotp(t, member);
    const changed = await t.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      cookie: member.cookie,
      body: { newPassword: 'tidal lamps!' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
  });

  it('needs a recent re-authentication to change the password', async () => {
    const member = await signUp(t);
    t.clock.advance(11 * 60_000);
    const response = await t.request({
      method: 'PUT',
      url: '/api/v1/me/password',
      cookie: member.cookie,
      body: { newPassword: 'a long new passphrase for me' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ code: string }>().code).toBe('reauthentication-required');
  });
});
