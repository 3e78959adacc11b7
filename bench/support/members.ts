/** The benchmark's members: two couples signed up through the API, as people would. */
const PASSWORD = 'quiet harbour lantern 42';
const SAFE_ANSWERS = { afraid: 'no', hurtOrThreatened: 'no', controlled: 'no', freeToSayNo: 'yes' };

async function call(base: string, method: string, url: string, cookie?: string, body?: unknown) {
  const response = await fetch(base + url, {
    method,
    headers: {
      origin: base,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok)
    throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

async function signUp(base: string, n: number): Promise<string> {
  const response = await call(base, 'POST', '/api/v1/accounts', undefined, {
    email: `bench${n}-${Date.now()}@example.test`,
    displayName: `Bench ${n}`,
    password: PASSWORD,
    timeZone: 'Europe/Berlin',
  });
  const setCookie = response.headers.getSetCookie().find((c) => c.includes('mend_session'));
  if (!setCookie) throw new Error('no session cookie after sign-up');
  const cookie = setCookie.split(';')[0]!;
  // Joint features open after the short safety check, answered here with no concern.
  await call(base, 'PUT', '/api/v1/safety-check', cookie, { answers: SAFE_ANSWERS });
  return cookie;
}

/** Two couples, so writes land in two spaces; returns the four session cookies. */
export async function couples(base: string): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const a = await signUp(base, i * 2);
    const b = await signUp(base, i * 2 + 1);
    await call(base, 'POST', '/api/v1/spaces', a);
    const invite = await call(base, 'POST', '/api/v1/space/invites', a);
    const { token } = (await invite.json()) as { token: string };
    await call(base, 'POST', '/api/v1/invites/accept', b, { token });
    cookies.push(a, b);
  }
  return cookies;
}
