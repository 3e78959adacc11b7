import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  createSpace,
  putCheckIn,
  signUp,
  type Couple,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { checkInOperations } from '../../../contract/operations/check-ins.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type CheckInBody = AnswerOf<typeof checkInOperations.putCheckIn>['checkIn'];

describeEachDatabase('check-ins', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const list = async (cookie: string, query = '') => {
    const response = await t.request({ method: 'GET', url: `/api/v1/check-ins${query}`, cookie });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: CheckInBody[]; today: string }>();
  };

  it('writes today’s check-in and updates it on a second write the same day', async () => {
    const first = await putCheckIn(t, couple.a, { trust: 3, honesty: 4, talkedOpenly: true });
    expect(first.statusCode, first.body).toBe(200);
    const created = first.json<{ checkIn: CheckInBody }>().checkIn;
    expect(created).toMatchObject({ day: '2026-03-10', trust: 3, talkedOpenly: true, note: null });

    const second = await putCheckIn(t, couple.a, {
      trust: 5,
      note: { text: 'calmer', visibility: 'private' },
    });
    const updated = second.json<{ checkIn: CheckInBody }>().checkIn;
    expect(updated.id).toBe(created.id);
    expect(updated).toMatchObject({
      trust: 5,
      talkedOpenly: true,
      note: { text: 'calmer', visibility: 'private' },
    });
    expect((await list(couple.a.cookie)).items).toHaveLength(1);
  });

  it('clears an answer given as null and keeps answers left out', async () => {
    await putCheckIn(t, couple.a, { trust: 3, honesty: 4 });
    const response = await putCheckIn(t, couple.a, { trust: null });
    expect(response.json<{ checkIn: CheckInBody }>().checkIn).toMatchObject({
      trust: null,
      honesty: 4,
    });
  });

  it('hides the partner’s answers until the viewer checked in that day', async () => {
    await putCheckIn(t, couple.a, {
      trust: 2,
      note: { text: 'shared words', visibility: 'shared' },
    });
    expect((await list(couple.b.cookie)).items).toEqual([]);

    await putCheckIn(t, couple.b, { trust: 6 });
    const items = (await list(couple.b.cookie)).items;
    expect(items.map((i) => i.memberId).sort()).toEqual([couple.a.id, couple.b.id].sort());
    expect(items.find((i) => i.memberId === couple.a.id)?.note).toEqual({
      text: 'shared words',
      visibility: 'shared',
    });
  });

  it('reveals the partner’s answers once the day is over in the viewer’s zone', async () => {
    await putCheckIn(t, couple.a, { trust: 2 });
    t.clock.set(new Date('2026-03-11T00:30:00Z'));
    const items = (await list(couple.b.cookie)).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ memberId: couple.a.id, trust: 2 });
  });

  it('never shows the partner a private note, even after the reveal', async () => {
    await putCheckIn(t, couple.a, { trust: 2, note: { text: 'only mine', visibility: 'private' } });
    await putCheckIn(t, couple.b, { trust: 6 });
    const partnerView = (await list(couple.b.cookie)).items.find((i) => i.memberId === couple.a.id);
    expect(partnerView?.trust).toBe(2);
    expect(partnerView?.note).toBeNull();
    const single = await t.request({
      method: 'GET',
      url: `/api/v1/check-ins/${partnerView!.id}`,
      cookie: couple.b.cookie,
    });
    expect(single.statusCode).toBe(200);
    expect(single.body).not.toContain('only mine');
  });

  it('answers 404 for a partner’s check-in that is not revealed yet', async () => {
    const written = await putCheckIn(t, couple.a, { trust: 2 });
    const id = written.json<{ checkIn: CheckInBody }>().checkIn.id;
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/check-ins/${id}`,
      cookie: couple.b.cookie,
    });
    expect(response.statusCode).toBe(404);
  });

  it('uses the member’s own time zone for “today”', async () => {
    const tokyo = await signUp(t, { timeZone: 'Asia/Tokyo' });
    await createSpace(t, tokyo);
    t.clock.set(new Date('2026-03-10T20:00:00Z')); // already the 11th in Tokyo
    const response = await putCheckIn(t, tokyo, { trust: 4 });
    expect(response.json<{ checkIn: CheckInBody }>().checkIn.day).toBe('2026-03-11');
  });

  it('accepts yesterday, refuses older days and the future', async () => {
    expect((await putCheckIn(t, couple.a, { day: '2026-03-09', trust: 4 })).statusCode).toBe(200);
    for (const day of ['2026-03-08', '2026-03-11']) {
      const response = await putCheckIn(t, couple.a, { day, trust: 4 });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('day');
    }
  });

  it('refuses bad input with a problem naming the field, and writes nothing', async () => {
    const cases: [unknown, string][] = [
      [{ trust: 8 }, 'trust'],
      [{ trust: 0 }, 'trust'],
      [{ trust: 2.5 }, 'trust'],
      [{ effort: 6 }, 'effort'],
      [{ trust: '3' }, 'trust'],
      [{ talkedOpenly: 'yes' }, 'talkedOpenly'],
      [{ mood: 3 }, 'mood'],
      [{ note: { text: 'x'.repeat(4001), visibility: 'shared' } }, 'note.text'],
      [{ note: { text: 'x', visibility: 'public' } }, 'note.visibility'],
      [{ day: '2026-02-30' }, 'day'],
      [{ day: 'yesterday' }, 'day'],
    ];
    for (const [body, field] of cases) {
      const response = await putCheckIn(t, couple.a, body as Record<string, unknown>);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const problem = response.json<{ code: string; errors: { field: string }[] }>();
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors.map((e) => e.field)).toContain(field);
    }
    expect((await list(couple.a.cookie)).items).toEqual([]);
  });

  it('refuses malformed JSON with 400 and a stable code', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/check-ins',
      headers: {
        host: 'localhost:3000',
        origin: 'http://localhost:3000',
        cookie: couple.a.cookie,
        'content-type': 'application/json',
      },
      payload: '{"trust": 3,',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ code: string }>().code).toBe('malformed-json');
  });

  it('stores the note encrypted, bound to its row and space', async () => {
    await putCheckIn(t, couple.a, {
      note: { text: 'a sentence nobody else should read', visibility: 'private' },
    });
    const row = await t.db.database.db
      .selectFrom('checkIns')
      .select(['noteText'])
      .executeTakeFirstOrThrow();
    expect(row.noteText).toMatch(/^m1\./);
    expect(row.noteText).not.toContain('sentence');
  });
});
