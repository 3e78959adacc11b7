/**
 * Guide comments in tests: a reader who opens an article, takes a few seconds
 * and sends the form (as a browser would, form-encoded); an operator account.
 */
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createOperator } from '../../src/server/features/moderation/operators.js';
import { sessionCookie, STRONG_PASSWORD, type TestMember } from './factories.js';
import { TEST_ORIGIN, type TestApp } from './test-app.js';

export const SLUG = 'what-trust-rests-on';

let readers = 0;

export interface CommentFields {
  name?: string;
  email?: string;
  website?: string;
  body?: string;
  parent?: string;
  homepage?: string;
  token?: string;
  /** 'on' asks for reply notices. */
  notify?: string;
}

/** The form token of an article page, as a reader's browser would get it. */
export async function formToken(t: TestApp, slug = SLUG, query = ''): Promise<string> {
  const page = await t.request({ method: 'GET', url: `/guide/${slug}${query}` });
  expect(page.statusCode, page.body.slice(0, 200)).toBe(200);
  return /name="token" value="([^"]+)"/.exec(page.body)![1]!;
}

export function sendForm(
  t: TestApp,
  url: string,
  fields: Record<string, string>,
  remoteAddress?: string,
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url,
    ...(remoteAddress ? { remoteAddress } : {}),
    headers: {
      host: new URL(TEST_ORIGIN).host,
      origin: TEST_ORIGIN,
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

/**
 * Opens the article, waits `waitMs` (five seconds unless told), and posts a
 * comment. Each reader comes from an address of their own unless told.
 */
export async function postComment(
  t: TestApp,
  fields: CommentFields = {},
  options: { slug?: string; waitMs?: number; remoteAddress?: string } = {},
): Promise<LightMyRequestResponse> {
  readers += 1;
  const slug = options.slug ?? SLUG;
  const token = fields.token ?? (await formToken(t, slug));
  t.clock.advance(options.waitMs ?? 5_000);
  return sendForm(
    t,
    `/guide/${slug}/comments`,
    {
      name: 'A reader',
      email: `reader${readers}@example.test`,
      website: '',
      body: 'Thank you for writing this.',
      homepage: '',
      ...fields,
      token,
    },
    options.remoteAddress ?? `10.1.${Math.floor(readers / 250)}.${readers % 250}`,
  );
}

/** The id of the newest comment of that name. */
export async function commentId(t: TestApp, name: string): Promise<string> {
  const row = await t.db.database.db
    .selectFrom('guideComments')
    .select('id')
    .where('name', '=', name)
    .orderBy('createdAt', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Two held comments for the access matrix: one to moderate, one to delete. */
export async function addCommentObjects(t: TestApp, objects: Record<string, string>) {
  for (const [key, name] of [
    ['comment:held', 'Held reader'],
    ['comment:doomed', 'Doomed reader'],
  ] as const) {
    const response = await postComment(t, { name });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(303);
    objects[key] = await commentId(t, name);
  }
}

let operators = 0;

/** An operator account (as `mend admin create` makes one), signed in. */
export async function signUpOperator(t: TestApp): Promise<TestMember> {
  operators += 1;
  const email = `operator${operators}-${Date.now()}@example.test`;
  const { id } = await createOperator(
    t.db.database.db,
    { email, password: STRONG_PASSWORD },
    t.clock.now(),
  );
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/sessions',
    body: { email, password: STRONG_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  return {
    id,
    email,
    displayName: 'Operator',
    password: STRONG_PASSWORD,
    cookie: sessionCookie(response),
  };
}
