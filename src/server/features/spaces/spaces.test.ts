import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  accept,
  createCouple,
  createSpace,
  invite,
  putCheckIn,
  signUp,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('spaces and invites', (kind) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ kind });
  });
  afterEach(() => t.close());

  const me = async (cookie: string) =>
    (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).json<{
      space: {
        id: string;
        partner: { id: string; displayName: string } | null;
        invitePending: boolean;
      } | null;
    }>();

  it('lets a member use the space alone, then both see each other’s names', async () => {
    const a = await signUp(t, { displayName: 'Alex' });
    const spaceId = await createSpace(t, a);
    expect((await me(a.cookie)).space).toMatchObject({
      id: spaceId,
      partner: null,
      invitePending: false,
    });
    expect((await putCheckIn(t, a, { trust: 4 })).statusCode).toBe(200);

    const response = await t.request({
      method: 'POST',
      url: '/api/v1/space/invites',
      cookie: a.cookie,
    });
    const link = response.json<{ token: string; url: string; expiresAt: string }>();
    expect(link.url).toBe(`http://localhost:3000/join#${link.token}`);
    expect(link.expiresAt).toBe(new Date(t.clock.now().getTime() + 7 * 86_400_000).toISOString());
    expect((await me(a.cookie)).space?.invitePending).toBe(true);

    const b = await signUp(t, { displayName: 'Bo' });
    const joined = await accept(t, b, link.token);
    expect(joined.statusCode).toBe(200);
    expect((await me(b.cookie)).space?.partner).toEqual({ id: a.id, displayName: 'Alex' });
    expect((await me(a.cookie)).space?.partner).toEqual({ id: b.id, displayName: 'Bo' });
  });

  it('refuses an invite used twice, after expiry, or replaced', async () => {
    const a = await signUp(t);
    await createSpace(t, a);
    const first = await invite(t, a);
    const second = await invite(t, a);
    const c = await signUp(t);
    expect((await accept(t, c, first)).json<{ code: string }>().code).toBe('invite-revoked');

    const b = await signUp(t);
    expect((await accept(t, b, second)).statusCode).toBe(200);
    const d = await signUp(t);
    const reused = await accept(t, d, second);
    expect(reused.statusCode).toBe(410);
    expect(reused.json<{ code: string }>().code).toBe('invite-used');

    const e = await signUp(t);
    await createSpace(t, e);
    const old = await invite(t, e);
    t.clock.advance(7 * 86_400_000);
    const f = await signUp(t);
    const expired = await accept(t, f, old);
    expect(expired.statusCode).toBe(410);
    expect(expired.json<{ code: string }>().code).toBe('invite-expired');
  });

  it('refuses an invite for someone already in a space, and unknown tokens', async () => {
    const couple = await createCouple(t);
    const x = await signUp(t);
    await createSpace(t, x);
    const token = await invite(t, x);
    const response = await accept(t, couple.a, token);
    expect(response.statusCode).toBe(409);
    expect(response.json<{ code: string }>().code).toBe('already-in-space');
    expect((await accept(t, couple.a, 'made-up-token')).json<{ code: string }>().code).toBe(
      'invite-not-found',
    );
  });

  it('never lets a space hold more than two partners', async () => {
    const couple = await createCouple(t);
    const more = await t.request({
      method: 'POST',
      url: '/api/v1/space/invites',
      cookie: couple.a.cookie,
    });
    expect(more.statusCode).toBe(409);
    expect(more.json<{ code: string }>().code).toBe('space-full');
    const seats = await t.db.database.db
      .selectFrom('spaceMembers')
      .select('id')
      .where('spaceId', '=', couple.spaceId)
      .where('leftAt', 'is', null)
      .execute();
    expect(seats).toHaveLength(2);
  });

  it('refuses a second space for a member who has one', async () => {
    const a = await signUp(t);
    await createSpace(t, a);
    const again = await t.request({ method: 'POST', url: '/api/v1/spaces', cookie: a.cookie });
    expect(again.statusCode).toBe(409);
  });

  it('lets either partner leave at once; the other stays with the space', async () => {
    const couple = await createCouple(t);
    await putCheckIn(t, couple.a, { trust: 3 });
    const left = await t.request({
      method: 'DELETE',
      url: '/api/v1/space/membership',
      cookie: couple.b.cookie,
    });
    expect(left.statusCode).toBe(204);
    expect((await me(couple.b.cookie)).space).toBeNull();
    expect((await me(couple.a.cookie)).space).toMatchObject({ id: couple.spaceId, partner: null });
    const list = await t.request({
      method: 'GET',
      url: '/api/v1/check-ins',
      cookie: couple.b.cookie,
    });
    expect(list.statusCode).toBe(404);
    // The one who remains can invite someone again.
    const b2 = await signUp(t);
    expect((await accept(t, b2, await invite(t, couple.a))).statusCode).toBe(200);
  });

  it('ends the leaver’s open invites and removes a space nobody is in', async () => {
    const a = await signUp(t);
    const spaceId = await createSpace(t, a);
    const token = await invite(t, a);
    await t.request({ method: 'DELETE', url: '/api/v1/space/membership', cookie: a.cookie });
    const b = await signUp(t);
    expect((await accept(t, b, token)).statusCode).toBe(404);
    const rows = await t.db.database.db
      .selectFrom('spaces')
      .select('id')
      .where('id', '=', spaceId)
      .execute();
    expect(rows).toEqual([]);
  });

  it('lets only one of two racing joiners take the last seat', async () => {
    const a = await signUp(t);
    await createSpace(t, a);
    const token = await invite(t, a);
    const [b, c] = [await signUp(t), await signUp(t)];
    const results = await Promise.all([accept(t, b, token), accept(t, c, token)]);
    const codes = results.map((r) => r.statusCode).sort();
    // The loser hears either that the link was used or that the space is full,
    // depending on which moment of the winner's transaction it ran into.
    expect(codes[0]).toBe(200);
    expect([409, 410]).toContain(codes[1]);
    const seats = await t.db.database.db
      .selectFrom('spaceMembers')
      .select('memberId')
      .where('leftAt', 'is', null)
      .where('memberId', 'in', [b.id, c.id])
      .execute();
    expect(seats).toHaveLength(1);
  });
});
