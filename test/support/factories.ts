/**
 * Factories: members, couples, strangers. Every access test gets a second couple.
 */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { addressLookup, outboxBinding } from '../../src/server/platform/mail/outbox.js';
import type { TestApp } from './test-app.js';

export interface TestMember {
  id: string;
  email: string;
  displayName: string;
  password: string;
  cookie: string;
}

let counter = 0;

export const STRONG_PASSWORD = 'quiet harbour lantern 42';

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name.endsWith('mend_session'));
  if (!cookie)
    throw new Error(`No session cookie in answer ${response.statusCode}: ${response.body}`);
  return `${cookie.name}=${cookie.value}`;
}

export const SAFE_ANSWERS = {
  afraid: 'no',
  hurtOrThreatened: 'no',
  controlled: 'no',
  freeToSayNo: 'yes',
};

/**
 * A new member, signed in. Unless told otherwise they also answer the safety
 * check with no concern, as most people will, so joint features are open.
 */
export async function signUp(
  t: TestApp,
  overrides: Partial<{
    email: string;
    displayName: string;
    timeZone: string;
    safetyCheck: boolean;
  }> = {},
): Promise<TestMember> {
  counter += 1;
  const email = overrides.email ?? `member${counter}-${Date.now()}@example.test`;
  const displayName = overrides.displayName ?? `Member ${counter}`;
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/accounts',
    body: { email, displayName, password: STRONG_PASSWORD, timeZone: overrides.timeZone ?? 'UTC' },
  });
  // With SMTP_URL the account opens from the mailed link: follow it.
  const opened = response.statusCode === 202 ? await followSignUpLink(t, email) : response;
  expect(opened.statusCode, opened.body).toBe(opened === response ? 201 : 200);
  const member = opened.json<{ member: { id: string } }>().member;
  const cookie = sessionCookie(opened);
  if (overrides.safetyCheck !== false) {
    const safety = await t.request({
      method: 'PUT',
      url: '/api/v1/safety-check',
      cookie,
      body: { answers: SAFE_ANSWERS },
    });
    expect(safety.statusCode, safety.body).toBe(200);
  }
  return { id: member.id, email, displayName, password: STRONG_PASSWORD, cookie };
}

/** The token of the newest link of `template` queued for `email` (from the encrypted outbox row). */
export async function mailedToken(t: TestApp, email: string, template: string): Promise<string> {
  const row = await t.db.database.db
    .selectFrom('outbox')
    .select(['id', 'link'])
    .where('toLookup', '=', addressLookup(t.cipher, email))
    .where('template', '=', template)
    .orderBy('createdAt', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  const link = t.cipher.decrypt(row.link!, outboxBinding(row.id));
  return new URLSearchParams(new URL(link).hash.slice(1)).get('token')!;
}

/** Follows the sign-up confirmation link queued for `email`; the answer carries the session. */
export async function followSignUpLink(t: TestApp, email: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/email-confirmations',
    body: { token: await mailedToken(t, email, 'confirm-sign-up') },
  });
}

export async function createSpace(t: TestApp, member: TestMember): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/spaces',
    cookie: member.cookie,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ space: { id: string } }>().space.id;
}

export async function invite(t: TestApp, member: TestMember): Promise<string> {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/space/invites',
    cookie: member.cookie,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ token: string }>().token;
}

export async function accept(t: TestApp, member: TestMember, token: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/invites/accept',
    cookie: member.cookie,
    body: { token },
  });
}

export interface Couple {
  spaceId: string;
  a: TestMember;
  b: TestMember;
}

/** Two partners in one space. */
export async function createCouple(
  t: TestApp,
  zones: { a?: string; b?: string } = {},
): Promise<Couple> {
  const a = await signUp(t, { timeZone: zones.a ?? 'UTC' });
  const b = await signUp(t, { timeZone: zones.b ?? 'UTC' });
  const spaceId = await createSpace(t, a);
  const joined = await accept(t, b, await invite(t, a));
  expect(joined.statusCode, joined.body).toBe(200);
  return { spaceId, a, b };
}

export async function putCheckIn(t: TestApp, member: TestMember, body: Record<string, unknown>) {
  return t.request({ method: 'PUT', url: '/api/v1/check-ins', cookie: member.cookie, body });
}
