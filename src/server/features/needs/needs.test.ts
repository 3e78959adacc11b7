import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import { acknowledgeNeed, listNeed, type NeedBody } from '../../../../test/regain/factories.js';
import { listLiveNeeds } from './reads.js';

describeEachDatabase('needs', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const list = async (member = couple.a) =>
    (await ok<{ items: NeedBody[] }>(call(t, member, 'GET', '/needs'))).items;

  it('lists needs of both partners, acknowledged by the other', async () => {
    const mine = await listNeed(t, couple.a, { category: 'transparency', importance: 3 });
    const theirs = await listNeed(t, couple.b, { category: 'space', text: 'An evening alone.' });
    expect(mine).toMatchObject({
      authorId: couple.a.id,
      status: 'live',
      acknowledged: false,
      current: { category: 'transparency', importance: 3, version: 1 },
      can: { edit: true, retire: true, acknowledge: false },
    });
    const seen = (await list(couple.b)).find((n) => n.id === mine.id)!;
    expect(seen.current.text).toBe('To hear that you are still choosing us.');
    expect(seen.can).toEqual({ edit: false, retire: false, acknowledge: true });

    t.clock.advance(60_000);
    const acknowledged = await acknowledgeNeed(t, couple.b, mine.id);
    expect(acknowledged.acknowledged).toBe(true);
    expect(acknowledged.acknowledgedAt).toBe('2026-03-10T12:01:00.000Z');
    // A retried tap writes once and is no error.
    await acknowledgeNeed(t, couple.b, mine.id);
    const count = await t.db.database.db
      .selectFrom('needAcknowledgments')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);

    await acknowledgeNeed(t, couple.a, theirs.id);
    const facts = await listLiveNeeds(t.db.database.db, couple.spaceId, {
      role: 'partner',
      memberId: couple.a.id,
    });
    expect(facts.map((f) => [f.authorId, f.acknowledged])).toEqual([
      [couple.a.id, true],
      [couple.b.id, true],
    ]);
  });

  it('refuses acknowledging your own need, with a stable code, and changes nothing', async () => {
    const mine = await listNeed(t, couple.a);
    await problem(call(t, couple.a, 'POST', `/needs/${mine.id}/acknowledgment`), 403, 'own-need');
    expect((await list())[0]!.acknowledged).toBe(false);
  });

  it('keeps versions; an edit clears the acknowledgment and keeps the id', async () => {
    const need = await listNeed(t, couple.a);
    await acknowledgeNeed(t, couple.b, need.id);
    const revised = await ok<{ need: NeedBody }>(
      call(t, couple.a, 'POST', `/needs/${need.id}/versions`, {
        category: 'reassurance',
        text: 'To hear it without asking.',
        importance: 3,
      }),
      201,
    );
    expect(revised.need.id).toBe(need.id);
    expect(revised.need.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(revised.need.current.text).toBe('To hear it without asking.');
    expect(revised.need.acknowledged).toBe(false);
    expect((await acknowledgeNeed(t, couple.b, need.id)).acknowledged).toBe(true);

    // The same words again are not a new version; the partner cannot edit it.
    await problem(
      call(t, couple.a, 'POST', `/needs/${need.id}/versions`, {
        category: 'reassurance',
        text: 'To hear it without asking.',
        importance: 3,
      }),
      409,
      'unchanged-version',
    );
    await problem(
      call(t, couple.b, 'POST', `/needs/${need.id}/versions`, {
        category: 'other',
        text: 'Not mine to write.',
        importance: 1,
      }),
      403,
      'not-author',
    );
    expect((await list())[0]!.versions).toHaveLength(2);
  });

  it('retires a need and keeps it; a retired need takes no edit nor acknowledgment', async () => {
    const need = await listNeed(t, couple.a);
    await problem(call(t, couple.b, 'POST', `/needs/${need.id}/retirement`), 403, 'not-author');
    const retired = await ok<{ need: NeedBody }>(
      call(t, couple.a, 'POST', `/needs/${need.id}/retirement`),
    );
    expect(retired.need.status).toBe('retired');
    await ok(call(t, couple.a, 'POST', `/needs/${need.id}/retirement`));
    await problem(
      call(t, couple.b, 'POST', `/needs/${need.id}/acknowledgment`),
      409,
      'need-retired',
    );
    await problem(
      call(t, couple.a, 'POST', `/needs/${need.id}/versions`, {
        category: 'space',
        text: 'Changed',
        importance: 1,
      }),
      409,
      'need-retired',
    );
    expect((await list(couple.b)).map((n) => n.status)).toEqual(['retired']);
    expect(
      await listLiveNeeds(t.db.database.db, couple.spaceId, {
        role: 'partner',
        memberId: couple.a.id,
      }),
    ).toEqual([]);
  });

  it('refuses an unknown category and other bad input, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ category: 'money' }, 'category'],
      [{ importance: 4 }, 'importance'],
      [{ importance: 0 }, 'importance'],
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(1001) }, 'text'],
      [{ acknowledged: true }, 'acknowledged'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await problem(
        call(t, couple.a, 'POST', '/needs', {
          category: 'affection',
          text: 'A hug when I get home.',
          importance: 1,
          ...overrides,
        }),
        422,
        'validation-failed',
      );
      expect(answer.errors?.map((e) => e.field)).toContain(field);
    }
    expect(await list()).toEqual([]);
  });

  it('answers 404 for another couple’s need, and encrypts the words at rest', async () => {
    const other = await createCouple(t);
    const theirs = await listNeed(t, other.a, { text: 'Secret need words' });
    await problem(call(t, couple.a, 'GET', `/needs/${theirs.id}`), 404, 'not-found');
    await problem(
      call(t, couple.a, 'POST', `/needs/${theirs.id}/acknowledgment`),
      404,
      'not-found',
    );
    const raw = await t.db.database.db.selectFrom('needVersions').select('text').execute();
    expect(JSON.stringify(raw)).not.toContain('Secret need words');
  });

  it('leaving retires the leaver’s live needs and keeps them for the partner', async () => {
    const need = await listNeed(t, couple.b);
    t.clock.advance(3_600_000);
    const left = await call(t, couple.b, 'DELETE', '/space/membership');
    expect(left.statusCode, left.body).toBe(204);
    const kept = await list(couple.a);
    expect(kept.map((n) => [n.id, n.status])).toEqual([[need.id, 'retired']]);
    expect(kept[0]!.retiredAt).toBe('2026-03-10T13:00:00.000Z');
  });
});
