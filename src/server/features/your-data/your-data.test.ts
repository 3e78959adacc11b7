import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, putCheckIn, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('your data', (kind) => {
  let t: TestApp;
  let couple: Couple;
  beforeEach(async () => {
    t = await createTestApp({ kind });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const exportData = () =>
    t.request({ method: 'POST', url: '/api/v1/me/export', cookie: couple.a.cookie });

  it('exports the member’s data as documented JSON, as a download, and audits it for them', async () => {
    await putCheckIn(t, couple.a, { trust: 3, note: { text: 'mine', visibility: 'private' } });
    await putCheckIn(t, couple.b, {
      trust: 5,
      note: { text: 'theirs, shared', visibility: 'shared' },
    });
    const response = await exportData();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="mend-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const document = response.json<{
      format: string;
      version: number;
      data: Record<string, { note?: { text: string } | null }[]>;
    }>();
    expect(document).toMatchObject({
      format: 'mend-export',
      version: 1,
      member: { id: couple.a.id },
      space: { partner: { id: couple.b.id } },
    });
    expect(document.data.check_ins?.map((c) => c.note?.text).sort()).toEqual([
      'mine',
      'theirs, shared',
    ]);
    expect(response.body).not.toMatch(/passwordHash|tokenHash|password_hash|token_hash/);
    const audit = await t.request({
      method: 'GET',
      url: '/api/v1/space/audit',
      cookie: couple.a.cookie,
    });
    expect(audit.json<{ items: { action: string }[] }>().items.map((i) => i.action)).toContain(
      'data.exported',
    );
  });

  it('does not tell the partner of an export, in their activity or in their own export', async () => {
    expect((await exportData()).statusCode).toBe(200);
    const actions = async (cookie: string) =>
      (await t.request({ method: 'GET', url: '/api/v1/space/audit', cookie }))
        .json<{ items: { action: string; memberId: string | null }[] }>()
        .items.map((i) => i.action);
    expect(await actions(couple.a.cookie)).toContain('data.exported');
    const partnerSees = await actions(couple.b.cookie);
    expect(partnerSees).not.toContain('data.exported');
    // What both see stays: membership changes (and therapist reads) are everyone's.
    expect(partnerSees).toEqual(expect.arrayContaining(['space.created', 'membership.joined']));

    const theirs = await t.request({
      method: 'POST',
      url: '/api/v1/me/export',
      cookie: couple.b.cookie,
    });
    const events = theirs.json<{
      data: { audit_events: { action: string; memberId: string | null }[] };
    }>().data.audit_events;
    expect(events.filter((e) => e.action === 'data.exported')).toEqual([
      expect.objectContaining({ memberId: couple.b.id }),
    ]);
  });

  it('keeps the reveal rule in the export', async () => {
    await putCheckIn(t, couple.b, { trust: 5 });
    const before = (await exportData()).json<{ data: { check_ins: { memberId: string }[] } }>();
    expect(before.data.check_ins.filter((c) => c.memberId === couple.b.id)).toEqual([]);
  });

  it('needs a recent sign-in, and is rate-limited', async () => {
    t.clock.advance(11 * 60_000);
    const stale = await exportData();
    expect(stale.statusCode).toBe(403);
    expect(stale.json<{ code: string }>().code).toBe('reauthentication-required');
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/sessions',
      body: { email: couple.a.email, password: couple.a.password },
    });
    const cookie = again.cookies.find((c) => c.name.endsWith('mend_session'))!;
    couple.a.cookie = `${cookie.name}=${cookie.value}`;
    const codes: number[] = [];
    for (let i = 0; i < 6; i += 1) codes.push((await exportData()).statusCode);
    expect(codes).toEqual([200, 200, 200, 200, 200, 429]);
  });

  const viewSummary = () =>
    t.request({ method: 'GET', url: '/api/v1/me/summary', cookie: couple.a.cookie });

  it('shows the summary on screen, not as a download, and as a summary in the maker’s activity only', async () => {
    await putCheckIn(t, couple.a, { trust: 3, note: { text: 'mine', visibility: 'private' } });
    const response = await viewSummary();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBeUndefined();
    expect(response.headers['cache-control']).toBe('no-store');
    const document = response.json<{
      data: Record<string, { note?: { text: string } | null }[]>;
    }>();
    expect(document.data.check_ins?.map((c) => c.note?.text)).toEqual(['mine']);
    const actions = async (cookie: string) =>
      (await t.request({ method: 'GET', url: '/api/v1/space/audit', cookie }))
        .json<{ items: { action: string }[] }>()
        .items.map((i) => i.action);
    const mine = await actions(couple.a.cookie);
    expect(mine).toContain('summary.viewed');
    expect(mine).not.toContain('data.exported');
    expect(await actions(couple.b.cookie)).not.toContain('summary.viewed');
  });

  it('has its own limit, apart from downloads, and says in words when to try again', async () => {
    for (let i = 0; i < 5; i += 1) expect((await exportData()).statusCode).toBe(200);
    expect((await exportData()).statusCode).toBe(429);
    const codes: number[] = [];
    for (let i = 0; i < 31; i += 1) codes.push((await viewSummary()).statusCode);
    expect(codes.slice(0, 30).every((code) => code === 200)).toBe(true);
    const refused = await viewSummary();
    expect(refused.statusCode).toBe(429);
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(60);
    expect(seconds).toBeLessThanOrEqual(3600);
    expect(refused.json<{ detail: string }>().detail).toMatch(
      /^Please try again in about (\d+ minutes|1 hour)\.$/,
    );
  });

  it('deletes the account at once: sessions end, the partner keeps the space and their entries', async () => {
    await putCheckIn(t, couple.a, { trust: 3, note: { text: 'mine', visibility: 'shared' } });
    await putCheckIn(t, couple.b, { trust: 5 });
    const deleted = await t.request({
      method: 'DELETE',
      url: '/api/v1/me',
      cookie: couple.a.cookie,
    });
    expect(deleted.statusCode).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/me', cookie: couple.a.cookie })).statusCode,
    ).toBe(401);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/v1/sessions',
      body: { email: couple.a.email, password: couple.a.password },
    });
    expect(signIn.statusCode).toBe(401);
    const me = await t.request({ method: 'GET', url: '/api/v1/me', cookie: couple.b.cookie });
    expect(me.json()).toMatchObject({ space: { id: couple.spaceId, partner: null } });
    const list = await t.request({
      method: 'GET',
      url: '/api/v1/check-ins',
      cookie: couple.b.cookie,
    });
    const items = list.json<{ items: { memberId: string }[] }>().items;
    expect(items.map((i) => i.memberId)).toEqual([couple.b.id]);
  });
});
