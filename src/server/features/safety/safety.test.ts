import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  SAFE_ANSWERS,
  signUp,
  type TestMember,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('safety check', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ kind });
  });
  afterEach(() => t.close());

  const answer = (member: TestMember, answers: Record<string, string>) =>
    t.request({
      method: 'PUT',
      url: '/api/v1/safety-check',
      cookie: member.cookie,
      body: { answers },
    });
  const choose = (member: TestMember, choice: string) =>
    t.request({
      method: 'PUT',
      url: '/api/v1/safety-check/choice',
      cookie: member.cookie,
      body: { choice },
    });
  const createSpace = (member: TestMember) =>
    t.request({ method: 'POST', url: '/api/v1/spaces', cookie: member.cookie });
  const code = (response: { json: <T>() => T }) => response.json<{ code: string }>().code;

  it('comes before creating a space', async () => {
    const member = await signUp(t, { safetyCheck: false });
    const refused = await createSpace(member);
    expect(refused.statusCode).toBe(409);
    expect(code(refused)).toBe('safety-check-required');
    expect((await answer(member, SAFE_ANSWERS)).statusCode).toBe(200);
    expect((await createSpace(member)).statusCode).toBe(201);
  });

  it('comes before joining a space', async () => {
    const a = await signUp(t);
    await createSpace(a);
    const token = (
      await t.request({ method: 'POST', url: '/api/v1/space/invites', cookie: a.cookie })
    ).json<{ token: string }>().token;
    const b = await signUp(t, { safetyCheck: false });
    const refused = await t.request({
      method: 'POST',
      url: '/api/v1/invites/accept',
      cookie: b.cookie,
      body: { token },
    });
    expect(code(refused)).toBe('safety-check-required');
  });

  it('after a concern, offers the choice, and keeps joint features closed for someone going on alone', async () => {
    const member = await signUp(t, { safetyCheck: false });
    const status = await answer(member, { ...SAFE_ANSWERS, afraid: 'yes' });
    expect(status.json()).toMatchObject({
      safety: { completed: true, concern: true, choice: null, jointFeatures: false },
    });
    expect(code(await createSpace(member))).toBe('safety-choice-required');

    expect((await choose(member, 'continue-alone')).statusCode).toBe(200);
    expect((await createSpace(member)).statusCode).toBe(201);
    const invite = await t.request({
      method: 'POST',
      url: '/api/v1/space/invites',
      cookie: member.cookie,
    });
    expect(invite.statusCode).toBe(409);
    expect(code(invite)).toBe('joint-features-paused');

    const goOn = await choose(member, 'go-on');
    expect(goOn.json()).toMatchObject({ safety: { jointFeatures: true } });
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/space/invites', cookie: member.cookie }))
        .statusCode,
    ).toBe(201);
  });

  it('treats "not sure" as a concern', async () => {
    const member = await signUp(t, { safetyCheck: false });
    const status = await answer(member, { ...SAFE_ANSWERS, freeToSayNo: 'unsure' });
    expect(status.json()).toMatchObject({ safety: { concern: true } });
  });

  it('never shows the answers to the partner, and stores them encrypted', async () => {
    const couple = await createCouple(t);
    await answer(couple.a, { ...SAFE_ANSWERS, controlled: 'yes' });
    const own = await t.request({
      method: 'GET',
      url: '/api/v1/safety-check',
      cookie: couple.a.cookie,
    });
    expect(own.json()).toMatchObject({ safety: { answers: { controlled: 'yes' } } });
    // The partner's own route shows only the partner's answers.
    const partners = await t.request({
      method: 'GET',
      url: '/api/v1/safety-check',
      cookie: couple.b.cookie,
    });
    expect(partners.json()).toMatchObject({ safety: { answers: SAFE_ANSWERS, concern: false } });
    const rows = await t.db.database.db.selectFrom('safetyChecks').select('answers').execute();
    for (const row of rows) {
      expect(row.answers).toMatch(/^m1\./);
      expect(row.answers).not.toContain('controlled');
    }
    // Nothing about it in the partner's view of the space.
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: couple.b.cookie });
    expect(me.body).not.toMatch(/safety|concern/i);
  });

  it('refuses unknown answers and fields', async () => {
    const member = await signUp(t, { safetyCheck: false });
    expect((await answer(member, { ...SAFE_ANSWERS, afraid: 'maybe' })).statusCode).toBe(422);
    expect((await answer(member, { ...SAFE_ANSWERS, extra: 'no' })).statusCode).toBe(422);
    expect((await choose(member, 'go-on')).statusCode).toBe(409);
  });

  it('lists crisis resources by country, with an international fallback, each naming its source', async () => {
    for (const country of ['US', 'GB', 'CA', 'AU', 'IE', 'NZ']) {
      const response = await t.request({
        method: 'GET',
        url: `/api/v1/crisis-resources?country=${country}`,
      });
      expect(response.statusCode).toBe(200);
      const body = response.json<{ country: string; resources: { source: string }[] }>();
      expect(body.country).toBe(country);
      expect(body.resources.length).toBeGreaterThan(0);
      for (const resource of body.resources) expect(resource.source).toMatch(/^https:\/\//);
    }
    const elsewhere = await t.request({
      method: 'GET',
      url: '/api/v1/crisis-resources?country=DE',
    });
    expect(elsewhere.json()).toMatchObject({ country: null, name: 'Anywhere else' });
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/crisis-resources?country=123' })).statusCode,
    ).toBe(422);
  });
});
