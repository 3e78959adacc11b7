import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptAsTherapist, consentedGrant } from '../../../../test/access/world.js';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  putCheckIn,
  signUp,
  type Couple,
  type TestMember,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { outboxBinding } from '../../platform/mail/outbox.js';

describeEachDatabase('therapist access', (kind) => {
  let t: TestApp;
  let couple: Couple;
  let therapist: TestMember;
  beforeEach(async () => {
    t = await createTestApp({ kind });
    couple = await createCouple(t);
    therapist = await signUp(t, { displayName: 'Dr Lee', email: 'dr.lee@example.test' });
  });
  afterEach(() => t.close());

  const entries = (member: TestMember) =>
    t.request({
      method: 'GET',
      url: `/api/v1/therapist/spaces/${couple.spaceId}/entries`,
      cookie: member.cookie,
    });
  const grants = async (member: TestMember) =>
    (
      await t.request({ method: 'GET', url: '/api/v1/space/therapists', cookie: member.cookie })
    ).json<{
      items: { id: string; status: string; canConsent: boolean; therapistName: string | null }[];
    }>().items;

  it('starts only when the other partner consents, then the therapist accepts by the e-mailed link', async () => {
    const proposed = await t.request({
      method: 'POST',
      url: '/api/v1/space/therapists',
      cookie: couple.a.cookie,
      body: { email: 'dr.lee@example.test' },
    });
    expect(proposed.statusCode).toBe(201);
    const grantId = proposed.json<{ grant: { id: string } }>().grant.id;
    expect((await grants(couple.a))[0]).toMatchObject({
      status: 'awaiting-consent',
      canConsent: false,
    });
    expect((await grants(couple.b))[0]).toMatchObject({
      status: 'awaiting-consent',
      canConsent: true,
    });

    // The proposer cannot consent on the partner's behalf; no e-mail goes out.
    const self = await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/consent`,
      cookie: couple.a.cookie,
    });
    expect(self.statusCode).toBe(403);
    expect(self.json<{ code: string }>().code).toBe('own-proposal');
    expect(await t.db.database.db.selectFrom('outbox').selectAll().execute()).toEqual([]);

    const consent = await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/consent`,
      cookie: couple.b.cookie,
    });
    expect(consent.json()).toMatchObject({ grant: { status: 'invited' } });
    const mail = await t.db.database.db.selectFrom('outbox').selectAll().executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ template: 'therapist-invite' });
    expect(t.cipher.decrypt(mail.toAddress, outboxBinding(mail.id))).toBe('dr.lee@example.test');
    const link = t.cipher.decrypt(mail.link!, outboxBinding(mail.id));
    // Neither partner ever sees the link.
    expect(consent.body).not.toContain(link.split('#')[1]);

    expect((await entries(therapist)).statusCode).toBe(404);
    const accepted = await acceptAsTherapist(t, therapist, link.split('#')[1]!);
    expect(accepted.statusCode).toBe(200);
    expect((await entries(therapist)).statusCode).toBe(200);
    expect((await grants(couple.a))[0]).toMatchObject({
      status: 'active',
      therapistName: 'Dr Lee',
    });
    // Single use.
    const other = await signUp(t);
    expect((await acceptAsTherapist(t, other, link.split('#')[1]!)).statusCode).toBe(404);
    // Not even the invited address twice.
    expect((await acceptAsTherapist(t, therapist, link.split('#')[1]!)).statusCode).toBe(404);
  });

  it('opens only for the invited address, compared without case, and keeps who accepted', async () => {
    const someoneElse = await signUp(t, { displayName: 'Holder of a forwarded link' });
    const code = (response: { json<T>(): T }) => response.json<{ code: string }>().code;

    // An expired link says "expired" to the invited address only.
    const first = await consentedGrant(t, couple.a, couple.b, therapist.email);
    t.clock.advance(8 * 86_400_000);
    const late = await acceptAsTherapist(t, someoneElse, first.token);
    expect([late.statusCode, code(late)]).toEqual([404, 'invite-not-found']);
    const expired = await acceptAsTherapist(t, therapist, first.token);
    expect([expired.statusCode, code(expired)]).toEqual([410, 'invite-expired']);

    // A live link opened by another account: not found, and the link still works.
    const { grantId, token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    const refused = await acceptAsTherapist(t, someoneElse, token);
    expect([refused.statusCode, code(refused)]).toEqual([404, 'invite-not-found']);
    expect(
      (
        await t.request({
          method: 'GET',
          url: '/api/v1/therapist/spaces',
          cookie: someoneElse.cookie,
        })
      ).json(),
    ).toEqual({ items: [] });
    expect((await grants(couple.a)).find((g) => g.id === grantId)).toMatchObject({
      status: 'invited',
      therapistName: null,
    });

    // An address stored with other capitals is still the same address.
    await t.db.database.db
      .updateTable('members')
      .set({ email: 'Dr.Lee@Example.TEST' })
      .where('id', '=', therapist.id)
      .execute();
    expect((await acceptAsTherapist(t, therapist, token)).statusCode).toBe(200);
    expect((await grants(couple.b)).find((g) => g.id === grantId)).toMatchObject({
      status: 'active',
      therapistName: 'Dr Lee',
    });

    // After the access ends, the partners still see whose access it was.
    await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/revoke`,
      cookie: couple.a.cookie,
    });
    expect((await grants(couple.a)).find((g) => g.id === grantId)).toMatchObject({
      status: 'revoked',
      therapistName: 'Dr Lee',
    });
  });

  it('shows the therapist only shared entries flagged for them, read-only', async () => {
    const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    await acceptAsTherapist(t, therapist, token);
    await putCheckIn(t, couple.a, {
      trust: 2,
      therapistMaySee: true,
      note: { text: 'for the therapist', visibility: 'shared' },
    });
    await putCheckIn(t, couple.b, {
      trust: 6,
      note: { text: 'not flagged', visibility: 'shared' },
    });
    t.clock.advance(86_400_000);
    await putCheckIn(t, couple.a, {
      trust: 3,
      therapistMaySee: true,
      note: { text: 'flagged but private', visibility: 'private' },
    });

    type Items = { items: { authorId: string; text: string | null; facts: { trust: number } }[] };
    // Today's flagged check-in waits until the partner could see it too.
    expect((await entries(therapist)).json<Items>().items).toHaveLength(1);
    await putCheckIn(t, couple.b, { trust: 5 });
    const items = (await entries(therapist)).json<Items>().items;
    expect(items).toHaveLength(2);
    expect(items.map((i) => i.text).sort()).toEqual([null, 'for the therapist'].sort());
    const body = JSON.stringify(items);
    expect(body).not.toContain('not flagged');
    expect(body).not.toContain('flagged but private');

    // Every write but notes is closed to a therapist.
    expect((await putCheckIn(t, therapist, { trust: 4 })).statusCode).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/space/invites', cookie: therapist.cookie }))
        .statusCode,
    ).toBe(404);
    const note = await t.request({
      method: 'POST',
      url: `/api/v1/therapist/spaces/${couple.spaceId}/notes`,
      cookie: therapist.cookie,
      body: { text: 'Well done this week.' },
    });
    expect(note.statusCode).toBe(201);
    const notes = await t.request({
      method: 'GET',
      url: '/api/v1/space/therapist-notes',
      cookie: couple.b.cookie,
    });
    expect(notes.json()).toMatchObject({
      items: [{ text: 'Well done this week.', authorName: 'Dr Lee' }],
    });
  });

  it('shows repair-phase entries flagged for the therapist, and only those', async () => {
    const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    await acceptAsTherapist(t, therapist, token);
    for (const [title, therapistMaySee] of [
      ['Flagged breach', true],
      ['Unflagged breach', false],
    ] as const) {
      const recorded = await t.request({
        method: 'POST',
        url: '/api/v1/breaches',
        cookie: couple.a.cookie,
        body: {
          title,
          category: 'lying',
          description: `${title}, in words`,
          day: '2026-03-01',
          cameToLight: 'discovered',
          brokeTrust: 'partner',
          therapistMaySee,
        },
      });
      expect(recorded.statusCode, recorded.body).toBe(201);
    }
    const body = (await entries(therapist)).body;
    expect(body).toContain('Flagged breach');
    expect(body).not.toContain('Unflagged breach');
  });

  it('ends access on the therapist’s next request when either partner revokes alone', async () => {
    const { grantId, token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    await acceptAsTherapist(t, therapist, token);
    expect((await entries(therapist)).statusCode).toBe(200);
    const revoke = await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/revoke`,
      cookie: couple.b.cookie,
    });
    expect(revoke.json()).toMatchObject({ grant: { status: 'revoked' } });
    expect((await entries(therapist)).statusCode).toBe(404);
    const spaces = await t.request({
      method: 'GET',
      url: '/api/v1/therapist/spaces',
      cookie: therapist.cookie,
    });
    expect(spaces.json()).toEqual({ items: [] });
  });

  it('needs a partner, refuses an unconsented link, and lets the partner decline', async () => {
    const alone = await signUp(t);
    await t.request({ method: 'POST', url: '/api/v1/spaces', cookie: alone.cookie });
    const lonely = await t.request({
      method: 'POST',
      url: '/api/v1/space/therapists',
      cookie: alone.cookie,
      body: { email: 'x@example.test' },
    });
    expect(lonely.json<{ code: string }>().code).toBe('partner-required');

    const proposed = await t.request({
      method: 'POST',
      url: '/api/v1/space/therapists',
      cookie: couple.a.cookie,
      body: { email: 'y@example.test' },
    });
    const grantId = proposed.json<{ grant: { id: string } }>().grant.id;
    const declined = await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/decline`,
      cookie: couple.b.cookie,
    });
    expect(declined.json()).toMatchObject({ grant: { status: 'declined' } });
    const late = await t.request({
      method: 'POST',
      url: `/api/v1/space/therapists/${grantId}/consent`,
      cookie: couple.b.cookie,
    });
    expect(late.statusCode).toBe(409);
  });

  it('writes every step and every therapist read to the audit log both partners read', async () => {
    const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    await acceptAsTherapist(t, therapist, token);
    await entries(therapist);
    for (const member of [couple.a, couple.b]) {
      const audit = await t.request({
        method: 'GET',
        url: '/api/v1/space/audit',
        cookie: member.cookie,
      });
      const actions = audit.json<{ items: { action: string }[] }>().items.map((i) => i.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'space.created',
          'membership.joined',
          'therapist.proposed',
          'therapist.consented',
          'therapist.accepted',
          'therapist.read',
        ]),
      );
    }
  });

  it('ends the grants a partner proposed when they leave', async () => {
    const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    await acceptAsTherapist(t, therapist, token);
    await t.request({ method: 'DELETE', url: '/api/v1/space/membership', cookie: couple.a.cookie });
    expect((await entries(therapist)).statusCode).toBe(404);
  });
});
