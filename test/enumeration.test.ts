/**
 * Brute force and enumeration (SECURITY.md, requirement 2): nothing Mend
 * answers may tell whether an account exists. With delivery on (SMTP_URL, so
 * sign-up and reset work through mailed links, decision 046), the answers to a
 * real and to an unknown address are compared on sign-in, sign-up, password
 * reset and e-mail change: status, body and header names. Then the time of a
 * failed sign-in on each, interleaved, its medians and the p-value of a
 * Mann–Whitney rank test printed — a figure, not an assertion: a timing bar
 * would fail on a busy machine for reasons that are not Mend's. Also: how many
 * failures one address gets before it is throttled, and whether a used reset
 * link works again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { signInRequest } from './account-security/helpers.js';
import {
  mailedToken,
  sessionCookie,
  signUp,
  STRONG_PASSWORD,
  type TestMember,
} from './support/factories.js';
import { atScale, recordProof } from './support/proof.js';
import { startSmtpSink, type SmtpSink } from './support/smtp-sink.js';
import { mannWhitney, median } from './support/stats/mann-whitney.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const TIMING_SAMPLES = atScale(30, 200);
const WRONG_PASSWORD = 'not the right password at all';

/** Headers that differ between any two answers (the clock, the request's own id). */
const VARYING_HEADERS = new Set(['date', 'x-request-id']);

/** What an observer can compare: status, body, and which headers came. */
function observable(response: LightMyRequestResponse) {
  return {
    status: response.statusCode,
    body: response.body,
    headers: Object.keys(response.headers)
      .filter((name) => !VARYING_HEADERS.has(name))
      .sort(),
    cookies: response.cookies.map((c) => c.name),
  };
}

describe('enumeration and brute force [sqlite]', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let real: TestMember;
  const differing: string[] = [];
  let compared = 0;

  beforeAll(async () => {
    sink = await startSmtpSink();
    t = await createTestApp({ env: { SMTP_URL: sink.url } });
    real = await signUp(t, { email: 'real@example.test' });
  });
  afterAll(async () => {
    recordProof({
      row: 'enumeration: answers real vs unknown [sqlite]',
      figure: `operations compared ${compared} (sign-in, sign-up, reset, e-mail change); differing ${differing.length}${differing.length ? ` (${differing.join(', ')})` : ''}`,
      bar: 'differing 0',
      met: compared >= 4 && differing.length === 0,
    });
    await t.close();
    await sink.close();
  });

  /** Compares the answers for the real and the unknown address; a difference is counted, then asserted. */
  function compare(
    operation: string,
    forReal: LightMyRequestResponse,
    forUnknown: LightMyRequestResponse,
  ) {
    compared += 1;
    const a = observable(forReal);
    const b = observable(forUnknown);
    if (JSON.stringify(a) !== JSON.stringify(b)) differing.push(operation);
    expect(a, operation).toEqual(b);
  }

  it('answers sign-in with a wrong password alike', async () => {
    const forReal = await signInRequest(t, real.email, WRONG_PASSWORD, {
      remoteAddress: '198.51.100.1',
    });
    const forUnknown = await signInRequest(t, 'nobody@example.test', WRONG_PASSWORD, {
      remoteAddress: '198.51.100.2',
    });
    expect(forReal.statusCode).toBe(401);
    compare('sign-in', forReal, forUnknown);
  });

  it('answers sign-up alike for a taken and a new address', async () => {
    const signUpAs = (email: string) =>
      t.request({
        method: 'POST',
        url: '/api/v1/accounts',
        body: { email, displayName: 'Robin', password: STRONG_PASSWORD, timeZone: 'UTC' },
      });
    const forReal = await signUpAs(real.email);
    const forUnknown = await signUpAs('newcomer@example.test');
    expect(forReal.statusCode).toBe(202);
    compare('sign-up', forReal, forUnknown);
  });

  it('answers a password reset request alike', async () => {
    const resetFor = (email: string) =>
      t.request({ method: 'POST', url: '/api/v1/password-resets', body: { email } });
    const forReal = await resetFor(real.email);
    const forUnknown = await resetFor('stranger@example.test');
    expect(forReal.statusCode).toBe(202);
    compare('reset', forReal, forUnknown);
  });

  it('answers an e-mail change alike, to an address in use and to a free one', async () => {
    const other = await signUp(t, { email: 'other@example.test' });
    const changeTo = async (email: string) => {
      // Each change on a fresh re-authentication, as the route asks.
      const reauth = await t.request({
        method: 'POST',
        url: '/api/v1/me/reauthenticate',
        cookie: real.cookie,
        body: { password: real.password },
      });
      expect(reauth.statusCode, reauth.body).toBe(204);
      real = { ...real, cookie: sessionCookie(reauth) };
      return t.request({
        method: 'PUT',
        url: '/api/v1/me/email',
        cookie: real.cookie,
        body: { email },
      });
    };
    const forReal = await changeTo(other.email);
    const forUnknown = await changeTo('free-address@example.test');
    compare('e-mail change', forReal, forUnknown);
  });

  it(
    `times ${TIMING_SAMPLES} failed sign-ins on a real and on an unknown account`,
    { timeout: 300_000 },
    async () => {
      const timings = { real: [] as number[], unknown: [] as number[] };
      const once = async (which: 'real' | 'unknown', i: number) => {
        const email = which === 'real' ? real.email : `ghost-${i}@example.test`;
        // A new client address each time, so the per-address block never answers instead.
        const remoteAddress = `10.${(i >> 8) & 255}.${i & 255}.${which === 'real' ? 1 : 2}`;
        const started = process.hrtime.bigint();
        const response = await signInRequest(t, email, WRONG_PASSWORD, { remoteAddress });
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        expect(response.statusCode).toBe(401);
        timings[which].push(ms);
      };
      for (let i = 0; i < TIMING_SAMPLES; i += 1) {
        // Interleaved, alternating which goes first, so a drift in the machine's load hits both alike.
        const order = i % 2 ? (['real', 'unknown'] as const) : (['unknown', 'real'] as const);
        for (const which of order) await once(which, i);
      }
      const test = mannWhitney(timings.real, timings.unknown);
      const figure =
        `samples ${timings.real.length} + ${timings.unknown.length}; median real ${median(timings.real).toFixed(2)} ms, ` +
        `unknown ${median(timings.unknown).toFixed(2)} ms; Mann–Whitney p = ${test.p.toFixed(3)}`;
      console.log(`sign-in timing: ${figure}`);
      recordProof({
        row: 'enumeration: sign-in timing [sqlite]',
        figure,
        bar: '≥ 200 samples each; printed',
        met: timings.real.length >= 200 && timings.unknown.length >= 200,
      });
      expect(timings.real).toHaveLength(TIMING_SAMPLES);
      expect(timings.unknown).toHaveLength(TIMING_SAMPLES);
    },
  );

  it('throttles one address after at most ten failures; used links fail; old sessions end', async () => {
    const victim = await signUp(t, { email: 'victim@example.test' });
    let failuresBeforeThrottle = 0;
    for (let i = 0; i < 30; i += 1) {
      const response = await signInRequest(t, victim.email, WRONG_PASSWORD, {
        remoteAddress: '192.0.2.77',
      });
      if (response.statusCode === 429) break;
      expect(response.statusCode).toBe(401);
      failuresBeforeThrottle += 1;
    }

    await t.request({
      method: 'POST',
      url: '/api/v1/password-resets',
      body: { email: victim.email },
    });
    const token = await mailedToken(t, victim.email, 'reset-password');
    const complete = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/password-resets/complete',
        body: { token, newPassword: 'copper kettle morning 77' },
      });
    const first = await complete();
    expect(first.statusCode, first.body).toBe(200);
    const again = await complete();
    let reused = again.statusCode < 400 ? 1 : 0;

    // A sign-up confirmation link works once too.
    const newcomer = 'confirm-once@example.test';
    await t.request({
      method: 'POST',
      url: '/api/v1/accounts',
      body: { email: newcomer, displayName: 'Robin', password: STRONG_PASSWORD, timeZone: 'UTC' },
    });
    const confirmToken = await mailedToken(t, newcomer, 'confirm-sign-up');
    const confirm = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/email-confirmations',
        body: { token: confirmToken },
      });
    expect((await confirm()).statusCode).toBe(200);
    const confirmedAgain = await confirm();
    if (confirmedAgain.statusCode < 400) reused += 1;

    // Old session ids after a reset and after deleting the account.
    const live = async (cookie: string) =>
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode === 200;
    let oldStillValid = (await live(victim.cookie)) ? 1 : 0;
    const leaving = await signUp(t);
    const reauth = await t.request({
      method: 'POST',
      url: '/api/v1/me/reauthenticate',
      cookie: leaving.cookie,
      body: { password: leaving.password },
    });
    const fresh = sessionCookie(reauth);
    expect(
      (await t.request({ method: 'DELETE', url: '/api/v1/me', cookie: fresh })).statusCode,
    ).toBe(204);
    for (const cookie of [leaving.cookie, fresh]) if (await live(cookie)) oldStillValid += 1;
    recordProof({
      row: 'session lifecycle: reset and deletion [sqlite]',
      figure: `old session ids checked 3 (after a reset, after deleting the account); still valid ${oldStillValid}`,
      bar: 'still valid 0',
      met: oldStillValid === 0,
    });
    expect(oldStillValid).toBe(0);

    recordProof({
      row: 'brute force: failures before throttling [sqlite]',
      figure: `failures before 429 ${failuresBeforeThrottle}; reset and confirmation links reused ${reused}`,
      bar: 'failures ≤ 10; reuse 0',
      met: failuresBeforeThrottle <= 10 && reused === 0,
    });
    expect(failuresBeforeThrottle).toBeLessThanOrEqual(10);
    expect(failuresBeforeThrottle).toBeGreaterThan(0);
    expect(again.statusCode).toBe(410);
    expect(confirmedAgain.statusCode).toBe(410);
  });
});
