/** Test steps for second factors, driven through the API like a client would. Tests only. */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { base32Decode, totp } from '../../src/server/features/second-factor/totp.js';
import { SoftwareAuthenticator } from './software-authenticator.js';

/** The code an authenticator app shows now (plus `steps` × 30 s). */
export function codeNow(t: TestApp, secret: string, steps = 0): string {
  return totp(base32Decode(secret), t.clock.now().getTime() + steps * 30_000);
}

export async function enableTotp(
  t: TestApp,
  member: TestMember,
): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await t.request({
    method: 'POST',
    url: '/api/v1/me/second-factor/totp/setup',
    cookie: member.cookie,
  });
  expect(setup.statusCode, setup.body).toBe(201);
  const { secret } = setup.json<{ secret: string }>();
  const confirm = await t.request({
    method: 'POST',
    url: '/api/v1/me/second-factor/totp',
    cookie: member.cookie,
    body: { code: codeNow(t, secret) },
  });
  expect(confirm.statusCode, confirm.body).toBe(200);
  const { recoveryCodes } = confirm.json<{ recoveryCodes: string[] | null }>();
  // The confirming code's step is now used: move past it.
  t.clock.advance(30_000);
  return { secret, recoveryCodes: recoveryCodes ?? [] };
}

export function authenticatorFor(t: TestApp, options: { useCounter?: boolean } = {}) {
  const url = new URL(t.config.publicUrl);
  return new SoftwareAuthenticator({ origin: url.origin, rpId: url.hostname, ...options });
}

export async function registerPasskey(
  t: TestApp,
  member: TestMember,
  authenticator: SoftwareAuthenticator,
): Promise<LightMyRequestResponse> {
  const options = await t.request({
    method: 'POST',
    url: '/api/v1/me/second-factor/passkeys/options',
    cookie: member.cookie,
  });
  expect(options.statusCode, options.body).toBe(200);
  const { challenge } = options.json<{ options: { challenge: string } }>().options;
  return t.request({
    method: 'POST',
    url: '/api/v1/me/second-factor/passkeys',
    cookie: member.cookie,
    body: { credential: authenticator.createCredential(challenge) },
  });
}

export function signInRequest(
  t: TestApp,
  email: string,
  password: string,
  options: { cookie?: string; remoteAddress?: string; userAgent?: string } = {},
) {
  return t.request({
    method: 'POST',
    url: '/api/v1/sessions',
    body: { email, password },
    ...(options.cookie ? { cookie: options.cookie } : {}),
    remoteAddress: options.remoteAddress ?? '203.0.113.9',
    ...(options.userAgent ? { headers: { 'user-agent': options.userAgent } } : {}),
  });
}

export function completeSignIn(
  t: TestApp,
  body: Record<string, unknown>,
  remoteAddress = '203.0.113.9',
) {
  return t.request({
    method: 'POST',
    url: '/api/v1/sessions/second-factor',
    body,
    remoteAddress,
  });
}

export async function ticketFor(t: TestApp, member: TestMember): Promise<string> {
  const response = await signInRequest(t, member.email, member.password);
  expect(response.statusCode, response.body).toBe(200);
  const answer = response.json<{ secondFactorRequired?: boolean; ticket: string }>();
  expect(answer.secondFactorRequired).toBe(true);
  expect(response.cookies.find((c) => c.name.endsWith('mend_session'))).toBeUndefined();
  return answer.ticket;
}

export const isLive = async (t: TestApp, cookie: string) =>
  (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode === 200;
