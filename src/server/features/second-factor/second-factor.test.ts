import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { sessionCookie, signUp, type TestMember } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  authenticatorFor,
  codeNow,
  completeSignIn,
  enableTotp,
  isLive,
  registerPasskey,
  signInRequest,
  ticketFor,
} from '../../../../test/account-security/helpers.js';

describeEachDatabase('second factor', (kind) => {
  let t: TestApp;
  let member: TestMember;
  beforeEach(async () => {
    t = await createTestApp({ kind });
    member = await signUp(t, { safetyCheck: false });
  });
  afterEach(() => t.close());

  const status = async (cookie = member.cookie) => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/me/second-factor',
      cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{
      methods: string[];
      totp: { enabled: boolean };
      passkeys: { id: string; label: string }[];
      recoveryCodesLeft: number;
    }>();
  };

  describe('TOTP', () => {
    it('enable → sign-in asks for it → wrong code refused → right code signs in', async () => {
      expect((await status()).methods).toEqual([]);
      const { secret, recoveryCodes } = await enableTotp(t, member);
      expect(recoveryCodes).toHaveLength(10);
      expect(new Set(recoveryCodes).size).toBe(10);
      for (const code of recoveryCodes) expect(code).toMatch(/^[0-9a-z]{4}(-[0-9a-z]{4}){3}$/);
      const after = await status();
      expect(after).toMatchObject({
        methods: ['totp', 'recovery-code'],
        totp: { enabled: true },
        recoveryCodesLeft: 10,
      });
      // The status never carries the secret.
      expect(JSON.stringify(after)).not.toContain(secret);

      const answer = await signInRequest(t, member.email, member.password);
      expect(answer.statusCode).toBe(200);
      const body = answer.json<Record<string, unknown>>();
      expect(Object.keys(body).sort()).toEqual([
        'expiresAt',
        'methods',
        'secondFactorRequired',
        'ticket',
      ]);
      expect(body.methods).toEqual(['totp', 'recovery-code']);
      expect(answer.cookies).toHaveLength(0);
      const ticket = body.ticket as string;
      expect(Buffer.from(ticket, 'base64url').length).toBeGreaterThanOrEqual(16);

      const wrong = await completeSignIn(t, { ticket, totp: '000000' });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json<{ code: string }>().code).toBe('invalid-second-factor');
      expect(wrong.cookies).toHaveLength(0);

      const right = await completeSignIn(t, { ticket, totp: codeNow(t, secret) });
      expect(right.statusCode, right.body).toBe(200);
      expect(right.json<{ member: { id: string } }>().member.id).toBe(member.id);
      expect(await isLive(t, sessionCookie(right))).toBe(true);

      // The ticket worked once.
      t.clock.advance(30_000);
      const again = await completeSignIn(t, { ticket, totp: codeNow(t, secret) });
      expect(again.statusCode).toBe(401);
      expect(again.json<{ code: string }>().code).toBe('sign-in-expired');
    });

    it('accepts the neighbouring step but refuses a code used before, and older ones', async () => {
      const { secret } = await enableTotp(t, member);
      // The step before the current one was not used yet (the confirming code was two steps ago).
      t.clock.advance(30_000);
      const previous = codeNow(t, secret, -1);
      const first = await completeSignIn(t, { ticket: await ticketFor(t, member), totp: previous });
      expect(first.statusCode, first.body).toBe(200);
      // The same code (same step) again, within its window: refused.
      const reuse = await completeSignIn(t, { ticket: await ticketFor(t, member), totp: previous });
      expect(reuse.statusCode).toBe(401);
      // The confirming code's step is older than one already used, and outside the window.
      const stale = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        totp: codeNow(t, secret, -2),
      });
      expect(stale.statusCode).toBe(401);
      const current = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        totp: codeNow(t, secret),
      });
      expect(current.statusCode).toBe(200);
    });

    it('lets a recovery code in once, and says so in a notice', async () => {
      const { recoveryCodes } = await enableTotp(t, member);
      const code = recoveryCodes[0]!;
      const first = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        recoveryCode: code.toUpperCase().replace(/-/g, ' '),
      });
      expect(first.statusCode, first.body).toBe(200);
      const second = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        recoveryCode: code,
      });
      expect(second.statusCode).toBe(401);
      expect((await status()).recoveryCodesLeft).toBe(9);

      const notices = await t.request({
        method: 'GET',
        url: '/api/v1/notices',
        cookie: member.cookie,
      });
      expect(notices.json<{ items: { kind: string }[] }>().items.map((n) => n.kind)).toContain(
        'recovery-code-used',
      );
    });

    it('takes exactly one proof and refuses unknown fields', async () => {
      await enableTotp(t, member);
      const ticket = await ticketFor(t, member);
      for (const body of [
        { ticket },
        { ticket, totp: '123456', recoveryCode: 'aaaa-bbbb-cccc-dddd' },
        { ticket, totp: '12345' },
        { ticket, totp: '123456', extra: 1 },
      ]) {
        const response = await completeSignIn(t, body);
        expect(response.statusCode, JSON.stringify(body)).toBe(422);
      }
    });

    it('ends a ticket after five wrong codes, and after five minutes', async () => {
      const { secret } = await enableTotp(t, member);
      const ticket = await ticketFor(t, member);
      for (let i = 0; i < 5; i += 1) {
        const response = await completeSignIn(t, { ticket, totp: '000000' }, `198.51.100.${i}`);
        expect(response.json<{ code: string }>().code).toBe('invalid-second-factor');
      }
      const sixth = await completeSignIn(t, { ticket, totp: codeNow(t, secret) }, '198.51.100.50');
      expect(sixth.json<{ code: string }>().code).toBe('sign-in-expired');

      const late = await ticketFor(t, member);
      t.clock.advance(5 * 60_000 + 1);
      const expired = await completeSignIn(t, { ticket: late, totp: codeNow(t, secret) });
      expect(expired.json<{ code: string }>().code).toBe('sign-in-expired');
    });

    it('counts wrong codes against the per-account throttle, which a right password does not clear', async () => {
      const { secret } = await enableTotp(t, member);
      // Ten wrong codes over several tickets, from several addresses.
      for (let i = 0; i < 10; i += 1) {
        const ticket = await ticketFor(t, member);
        const response = await completeSignIn(t, { ticket, totp: '000000' }, `192.0.2.${i}`);
        expect(response.statusCode).toBe(401);
      }
      const blocked = await signInRequest(t, member.email, member.password, {
        remoteAddress: '192.0.2.99',
      });
      expect(blocked.statusCode).toBe(429);
      t.clock.advance(16 * 60_000);
      const ticket = await ticketFor(t, member);
      const ok = await completeSignIn(t, { ticket, totp: codeNow(t, secret) });
      expect(ok.statusCode).toBe(200);
    });

    it('keeps the wrong-password and unknown-account answers identical with a factor on', async () => {
      await enableTotp(t, member);
      const wrong = await signInRequest(t, member.email, 'not the right password at all');
      const unknown = await signInRequest(
        t,
        'nobody-here@example.test',
        'not the right password at all',
      );
      expect(wrong.statusCode).toBe(401);
      expect(wrong.body).toBe(unknown.body);
    });

    it('needs a recent re-authentication to start, confirm or turn off', async () => {
      t.clock.advance(11 * 60_000);
      for (const [method, url, body] of [
        ['POST', '/api/v1/me/second-factor/totp/setup', undefined],
        ['POST', '/api/v1/me/second-factor/totp', { code: '123456' }],
        ['DELETE', '/api/v1/me/second-factor/totp', undefined],
        ['POST', '/api/v1/me/second-factor/passkeys/options', undefined],
        ['POST', '/api/v1/me/second-factor/recovery-codes', undefined],
      ] as const) {
        const response = await t.request({ method, url, cookie: member.cookie, body });
        expect(response.statusCode, url).toBe(403);
        expect(response.json<{ code: string }>().code).toBe('reauthentication-required');
      }
    });

    it('stores the secret encrypted and only hashes of recovery codes', async () => {
      const { secret, recoveryCodes } = await enableTotp(t, member);
      const db = t.db.database.db;
      const factor = await db.selectFrom('totpFactors').selectAll().executeTakeFirstOrThrow();
      expect(factor.secret).not.toContain(secret);
      expect(factor.secret.startsWith('m1.')).toBe(true);
      const codes = await db.selectFrom('recoveryCodes').select('codeHash').execute();
      const stored = JSON.stringify(codes);
      for (const code of recoveryCodes) {
        expect(stored).not.toContain(code);
        expect(stored).not.toContain(code.replace(/-/g, ''));
      }
    });

    it('refuses a wrong first code, and a setup that waited too long', async () => {
      const setup = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/totp/setup',
        cookie: member.cookie,
      });
      const { secret, uri } = setup.json<{ secret: string; uri: string }>();
      expect(uri).toContain(`secret=${secret}`);
      const wrong = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/totp',
        cookie: member.cookie,
        body: { code: '000000' },
      });
      expect(wrong.statusCode).toBe(422);
      expect((await status()).totp.enabled).toBe(false);
      t.clock.advance(9 * 60_000);
      // Keep the step-up fresh but let the setup age past 15 minutes.
      await t.db.database.db
        .updateTable('sessions')
        .set({ reauthenticatedAt: new Date(t.clock.now().getTime() + 7 * 60_000).toISOString() })
        .execute();
      t.clock.advance(7 * 60_000);
      const late = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/totp',
        cookie: member.cookie,
        body: { code: codeNow(t, secret) },
      });
      expect(late.statusCode).toBe(409);
      expect(late.json<{ code: string }>().code).toBe('no-totp-setup');
    });

    it('turns off, which ends recovery codes and the second step', async () => {
      await enableTotp(t, member);
      const off = await t.request({
        method: 'DELETE',
        url: '/api/v1/me/second-factor/totp',
        cookie: member.cookie,
      });
      expect(off.statusCode).toBe(204);
      expect(await status()).toMatchObject({ methods: [], recoveryCodesLeft: 0 });
      const answer = await signInRequest(t, member.email, member.password);
      expect(answer.json<{ member?: unknown }>().member).toBeDefined();
    });

    it('renews recovery codes: the old ones stop working', async () => {
      const { recoveryCodes } = await enableTotp(t, member);
      const renewed = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/recovery-codes',
        cookie: member.cookie,
      });
      expect(renewed.statusCode).toBe(200);
      const fresh = renewed.json<{ recoveryCodes: string[] }>().recoveryCodes;
      expect(fresh).toHaveLength(10);
      const old = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        recoveryCode: recoveryCodes[0],
      });
      expect(old.statusCode).toBe(401);
      const ok = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        recoveryCode: fresh[0],
      });
      expect(ok.statusCode).toBe(200);
    });

    it('keeps codes, secrets and tickets out of the logs', async () => {
      const { secret, recoveryCodes } = await enableTotp(t, member);
      const ticket = await ticketFor(t, member);
      const code = codeNow(t, secret);
      await completeSignIn(t, { ticket, totp: code });
      const log = t.logs.join('');
      for (const value of [secret, ticket, recoveryCodes[0]!, code]) {
        expect(log).not.toContain(value);
      }
    });
  });

  describe('passkeys', () => {
    it('registers with attestation "none" and signs in with an assertion', async () => {
      const key = authenticatorFor(t, { useCounter: true });
      const options = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys/options',
        cookie: member.cookie,
      });
      expect(options.statusCode).toBe(200);
      const creation = options.json<{
        options: { rp: { id: string }; attestation: string; user: { name: string } };
      }>().options;
      expect(creation.rp.id).toBe('localhost');
      expect(creation.attestation).toBe('none');
      expect(creation.user.name).toBe(member.email);

      const registered = await registerPasskey(t, member, key);
      expect(registered.statusCode, registered.body).toBe(201);
      const answer = registered.json<{
        passkey: { id: string; label: string };
        recoveryCodes: string[] | null;
      }>();
      expect(answer.recoveryCodes).toHaveLength(10);
      expect(registered.body).not.toContain('publicKey');
      expect((await status()).methods).toEqual(['passkey', 'recovery-code']);

      const ticket = await ticketFor(t, member);
      const request = await t.request({
        method: 'POST',
        url: '/api/v1/sessions/second-factor/passkey-options',
        body: { ticket },
      });
      expect(request.statusCode, request.body).toBe(200);
      const { challenge, allowCredentials, rpId } = request.json<{
        options: { challenge: string; allowCredentials: { id: string }[]; rpId: string };
      }>().options;
      expect(rpId).toBe('localhost');
      expect(allowCredentials.map((c) => c.id)).toEqual([key.id]);

      const assertion = key.getAssertion(challenge);
      const signedIn = await completeSignIn(t, { ticket, passkey: assertion });
      expect(signedIn.statusCode, signedIn.body).toBe(200);
      expect(await isLive(t, sessionCookie(signedIn))).toBe(true);

      // The same assertion again (a replay) on a new ticket: the challenge is gone.
      const replay = await completeSignIn(t, {
        ticket: await ticketFor(t, member),
        passkey: assertion,
      });
      expect(replay.statusCode).toBe(401);
    });

    it('refuses an assertion for another origin, another RP, or another ticket’s challenge', async () => {
      const key = authenticatorFor(t);
      expect((await registerPasskey(t, member, key)).statusCode).toBe(201);
      const optionsFor = async (ticket: string) =>
        (
          await t.request({
            method: 'POST',
            url: '/api/v1/sessions/second-factor/passkey-options',
            body: { ticket },
          })
        ).json<{ options: { challenge: string } }>().options.challenge;

      const ticket = await ticketFor(t, member);
      const challenge = await optionsFor(ticket);
      const foreignOrigin = await completeSignIn(t, {
        ticket,
        passkey: key.getAssertion(challenge, { origin: 'https://evil.example' }),
      });
      expect(foreignOrigin.statusCode).toBe(401);

      const ticket2 = await ticketFor(t, member);
      const challenge2 = await optionsFor(ticket2);
      const foreignRp = await completeSignIn(t, {
        ticket: ticket2,
        passkey: key.getAssertion(challenge2, { rpId: 'evil.example' }),
      });
      expect(foreignRp.statusCode).toBe(401);

      // A challenge issued for ticket A does not work with ticket B.
      const ticketA = await ticketFor(t, member);
      const ticketB = await ticketFor(t, member);
      const crossed = await completeSignIn(t, {
        ticket: ticketB,
        passkey: key.getAssertion(await optionsFor(ticketA)),
      });
      expect(crossed.statusCode).toBe(401);
    });

    it('refuses a registration whose challenge was not issued, or was used', async () => {
      const key = authenticatorFor(t);
      const made = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys',
        cookie: member.cookie,
        body: { credential: key.createCredential('bm90LWlzc3VlZA') },
      });
      expect(made.statusCode).toBe(422);
      expect(made.json<{ code: string }>().code).toBe('passkey-not-verified');

      const options = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys/options',
        cookie: member.cookie,
      });
      const { challenge } = options.json<{ options: { challenge: string } }>().options;
      const credential = key.createCredential(challenge);
      const first = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys',
        cookie: member.cookie,
        body: { credential },
      });
      expect(first.statusCode).toBe(201);
      const second = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys',
        cookie: member.cookie,
        body: { credential },
      });
      expect(second.statusCode).toBe(422);
    });

    it('re-authenticates with password and passkey', async () => {
      const key = authenticatorFor(t);
      expect((await registerPasskey(t, member, key)).statusCode).toBe(201);
      const options = await t.request({
        method: 'POST',
        url: '/api/v1/me/reauthenticate/passkey-options',
        cookie: member.cookie,
      });
      expect(options.statusCode).toBe(200);
      const { challenge } = options.json<{ options: { challenge: string } }>().options;
      const response = await t.request({
        method: 'POST',
        url: '/api/v1/me/reauthenticate',
        cookie: member.cookie,
        body: { password: member.password, passkey: key.getAssertion(challenge) },
      });
      expect(response.statusCode, response.body).toBe(204);
      expect(await isLive(t, sessionCookie(response))).toBe(true);
      expect(await isLive(t, member.cookie)).toBe(false);
    });

    it('removes your own passkey; another member’s id is not found', async () => {
      const key = authenticatorFor(t);
      const mine = (await registerPasskey(t, member, key)).json<{ passkey: { id: string } }>()
        .passkey.id;
      const other = await signUp(t, { safetyCheck: false });
      const theirs = (await registerPasskey(t, other, authenticatorFor(t))).json<{
        passkey: { id: string };
      }>().passkey.id;

      const foreign = await t.request({
        method: 'DELETE',
        url: `/api/v1/me/second-factor/passkeys/${theirs}`,
        cookie: member.cookie,
      });
      expect(foreign.statusCode).toBe(404);
      // Even without a recent re-authentication, a foreign id answers 404, not 403.
      t.clock.advance(11 * 60_000);
      const stale = await t.request({
        method: 'DELETE',
        url: `/api/v1/me/second-factor/passkeys/${theirs}`,
        cookie: member.cookie,
      });
      expect(stale.statusCode).toBe(404);
      expect((await status(other.cookie)).passkeys).toHaveLength(1);

      const ownStale = await t.request({
        method: 'DELETE',
        url: `/api/v1/me/second-factor/passkeys/${mine}`,
        cookie: member.cookie,
      });
      expect(ownStale.statusCode).toBe(403);
    });

    it('keeps the last factor while the password is too short to stand alone', async () => {
      // A 13-character password is allowed beside a factor…
      await registerPasskey(t, member, authenticatorFor(t));
      const short = 'tidal lantern';
      const changed = await t.request({
        method: 'PUT',
        url: '/api/v1/me/password',
        cookie: member.cookie,
        body: { newPassword: short },
      });
      expect(changed.statusCode, changed.body).toBe(204);
      const cookie = sessionCookie(changed);
      // …but then the last factor cannot be removed until the password is longer.
      const { passkeys } = await status(cookie);
      const refused = await t.request({
        method: 'DELETE',
        url: `/api/v1/me/second-factor/passkeys/${passkeys[0]!.id}`,
        cookie,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.json<{ code: string }>().code).toBe('password-too-short-without-factor');
    });
  });
});
