import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  putCheckIn,
  signUp,
  type Couple,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem, recordBreach } from '../../../../test/repair/factories.js';
import { acceptAsTherapist, consentedGrant } from '../../../../test/access/world.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { checkInOperations } from '../../../contract/operations/check-ins.js';

type CheckInList = AnswerOf<typeof checkInOperations.listCheckIns>;
type CheckInBody = CheckInList['items'][number];

describeEachDatabase('perceived trust on the check-in', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const list = (member = couple.a) => ok<CheckInList>(call(t, member, 'GET', '/check-ins'));

  it('is asked of nobody while no breach names a partner who broke trust', async () => {
    expect((await list(couple.a)).asksPerceivedTrust).toBe(false);
    expect((await list(couple.b)).asksPerceivedTrust).toBe(false);
    const refused = await problem(
      putCheckIn(t, couple.a, { trust: 4, perceivedTrust: 5 }),
      422,
      'perceived-trust-not-asked',
    );
    expect(refused.errors?.map((e) => e.field)).toEqual(['perceivedTrust']);
    // Nothing was written; clearing it is no error.
    expect((await list(couple.a)).items).toEqual([]);
    expect((await putCheckIn(t, couple.a, { trust: 4, perceivedTrust: null })).statusCode).toBe(
      200,
    );
  });

  it('is asked of the partner who broke trust only, under the reveal rule', async () => {
    await recordBreach(t, couple.a, { brokeTrust: 'me' });
    expect((await list(couple.a)).asksPerceivedTrust).toBe(true);
    expect((await list(couple.b)).asksPerceivedTrust).toBe(false);

    const mine = await ok<{ checkIn: CheckInBody }>(
      putCheckIn(t, couple.a, { trust: 3, perceivedTrust: 2 }),
    );
    expect(mine.checkIn.perceivedTrust).toBe(2);
    await problem(
      putCheckIn(t, couple.b, { trust: 3, perceivedTrust: 4 }),
      422,
      'perceived-trust-not-asked',
    );
    // Hidden from the hurt partner until they check in that day.
    expect((await list(couple.b)).items).toEqual([]);
    await ok(putCheckIn(t, couple.b, { trust: 3 }));
    const seen = (await list(couple.b)).items.find((i) => i.memberId === couple.a.id);
    expect(seen?.perceivedTrust).toBe(2);
    expect((await list(couple.b)).items.find((i) => i.memberId === couple.b.id)).toMatchObject({
      perceivedTrust: null,
    });
  });

  it('is asked of both partners after a mutual breach', async () => {
    await recordBreach(t, couple.b, { brokeTrust: 'both' });
    expect((await list(couple.a)).asksPerceivedTrust).toBe(true);
    expect((await list(couple.b)).asksPerceivedTrust).toBe(true);
    await ok(putCheckIn(t, couple.a, { perceivedTrust: 6 }));
    await ok(putCheckIn(t, couple.b, { perceivedTrust: 5 }));
    expect((await list(couple.a)).items.map((i) => i.perceivedTrust).sort()).toEqual([5, 6]);
  });

  it('reaches the export and a consented therapist like the other ratings', async () => {
    await recordBreach(t, couple.b, { brokeTrust: 'partner' });
    await ok(putCheckIn(t, couple.a, { trust: 4, perceivedTrust: 3, therapistMaySee: true }));
    const exported = await ok<{ data: { check_ins: { perceivedTrust: number | null }[] } }>(
      call(t, couple.a, 'POST', '/me/export'),
    );
    expect(exported.data.check_ins.map((c) => c.perceivedTrust)).toEqual([3]);

    const therapist = await signUp(t, { displayName: 'Therapist' });
    const grant = await consentedGrant(t, couple.a, couple.b, therapist.email);
    expect((await acceptAsTherapist(t, therapist, grant.token)).statusCode).toBe(200);
    await ok(putCheckIn(t, couple.b, { trust: 5 }));
    const entries = await ok<{ items: { kind: string; facts: Record<string, unknown> }[] }>(
      t.request({
        method: 'GET',
        url: `/api/v1/therapist/spaces/${couple.spaceId}/entries`,
        cookie: therapist.cookie,
      }),
    );
    expect(entries.items.find((e) => e.kind === 'check-in')?.facts.perceivedTrust).toBe(3);
  });
});
