import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, signUp, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import {
  answers,
  writeReflection,
  type ReflectionBody,
} from '../../../../test/regain/factories.js';
import { acceptAsTherapist, consentedGrant } from '../../../../test/access/world.js';
import { forgivenessFactsOf } from './reads.js';

interface Overview {
  due: boolean;
  nextOn: string;
  items: unknown[];
  mine: ReflectionBody[];
  sharedWithMe: ReflectionBody[];
}
interface Statement {
  text: string;
  shared: boolean;
  authorId: string;
}

const DAY = 86_400_000;

describeEachDatabase('forgiveness', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const overview = (member = couple.a) =>
    ok<Overview>(call(t, member, 'GET', '/forgiveness/reflections'));

  it('offers a reflection at most once per 30-day period, scored in three subscales', async () => {
    expect((await overview()).due).toBe(true);
    expect((await overview()).items).toHaveLength(9);
    const first = await writeReflection(t, couple.a, [5, 5, 1, 5, 5, 1, 1, 1, 5]);
    expect(first.scores).toEqual({ avoidance: 15, resentment: 15, goodwill: 3 });
    expect(first.shared).toBe(false);
    const after = await overview();
    expect(after.due).toBe(false);
    const answer = await problem(
      call(t, couple.a, 'POST', '/forgiveness/reflections', { answers: answers() }),
      409,
      'reflection-not-due',
    );
    expect(answer.code).toBe('reflection-not-due');
    expect((await overview()).mine).toHaveLength(1);

    expect(after.nextOn > '2026-03-10').toBe(true);
    const trend = (await overview()).mine.map((r) => r.scores);
    const facts = await forgivenessFactsOf(t.db.database.db, t.cipher, couple.spaceId, couple.a.id);
    expect(facts.reflections.map((r) => r.scores)).toEqual(trend);
    expect(facts.sharedStatement).toBe(false);
  });

  it('holds one per period under two writes at once', async () => {
    const both = await Promise.all([
      call(t, couple.a, 'POST', '/forgiveness/reflections', { answers: answers(2) }),
      call(t, couple.a, 'POST', '/forgiveness/reflections', { answers: answers(4) }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect((await overview()).mine).toHaveLength(1);
  });

  it('keeps a reflection from the partner and the therapist until its author shares it', async () => {
    const therapist = await signUp(t, { displayName: 'Therapist' });
    const grant = await consentedGrant(t, couple.a, couple.b, therapist.email);
    expect((await acceptAsTherapist(t, therapist, grant.token)).statusCode).toBe(200);
    const entries = async () =>
      (
        await ok<{ items: { kind: string; id: string }[] }>(
          t.request({
            method: 'GET',
            url: `/api/v1/therapist/spaces/${couple.spaceId}/entries`,
            cookie: therapist.cookie,
          }),
        )
      ).items.filter((e) => e.kind.startsWith('forgiveness'));

    const mine = await writeReflection(t, couple.a);
    await problem(
      call(t, couple.b, 'GET', `/forgiveness/reflections/${mine.id}`),
      404,
      'not-found',
    );
    await problem(
      call(t, couple.b, 'PUT', `/forgiveness/reflections/${mine.id}/sharing`, { shared: true }),
      404,
      'not-found',
    );
    await problem(
      call(t, therapist, 'GET', `/forgiveness/reflections/${mine.id}`),
      404,
      'not-found',
    );
    expect((await overview(couple.b)).sharedWithMe).toEqual([]);
    expect(await entries()).toEqual([]);

    await ok(
      call(t, couple.a, 'PUT', `/forgiveness/reflections/${mine.id}/sharing`, {
        shared: true,
        therapistMaySee: true,
      }),
    );
    const seen = await ok<{ reflection: ReflectionBody }>(
      call(t, couple.b, 'GET', `/forgiveness/reflections/${mine.id}`),
    );
    expect(seen.reflection.scores).toEqual(mine.scores);
    expect((await overview(couple.b)).sharedWithMe.map((r) => r.id)).toEqual([mine.id]);
    // The partner's own trend stays theirs: a shared reflection is not in their `mine`.
    expect((await overview(couple.b)).mine).toEqual([]);
    expect((await entries()).map((e) => e.id)).toEqual([mine.id]);
    await problem(
      call(t, couple.b, 'PUT', `/forgiveness/reflections/${mine.id}/sharing`, { shared: false }),
      403,
      'not-author',
    );

    // Kept to oneself again: gone from both views.
    await ok(
      call(t, couple.a, 'PUT', `/forgiveness/reflections/${mine.id}/sharing`, { shared: false }),
    );
    await problem(
      call(t, couple.b, 'GET', `/forgiveness/reflections/${mine.id}`),
      404,
      'not-found',
    );
    expect(await entries()).toEqual([]);
  });

  it('refuses answers that are not nine whole numbers of 1–5', async () => {
    for (const bad of [
      [1, 2, 3],
      [...answers(3).slice(0, 8), 6],
      [...answers(3).slice(0, 8), 2.5],
    ]) {
      await problem(
        call(t, couple.a, 'POST', '/forgiveness/reflections', { answers: bad }),
        422,
        'validation-failed',
      );
    }
    expect((await overview()).mine).toEqual([]);
  });

  it('keeps a forgiveness statement private until its author shares it', async () => {
    const statements = (member = couple.a) =>
      ok<{ mine: Statement | null; partner: Statement | null }>(
        call(t, member, 'GET', '/forgiveness/statements'),
      );
    expect(await statements()).toEqual({ mine: null, partner: null });
    await problem(
      call(t, couple.a, 'PUT', '/forgiveness/statements/mine/sharing', { shared: true }),
      404,
      'not-found',
    );
    const written = await ok<{ statement: Statement }>(
      call(t, couple.a, 'PUT', '/forgiveness/statements/mine', { text: 'I am letting go.' }),
    );
    expect(written.statement.shared).toBe(false);
    expect((await statements(couple.b)).partner).toBeNull();

    t.clock.advance(DAY);
    const rewritten = await ok<{ statement: Statement & { id: string } }>(
      call(t, couple.a, 'PUT', '/forgiveness/statements/mine', {
        text: 'I am letting go of the resentment.',
      }),
    );
    expect(rewritten.statement.text).toBe('I am letting go of the resentment.');
    await ok(call(t, couple.a, 'PUT', '/forgiveness/statements/mine/sharing', { shared: true }));
    const seen = await statements(couple.b);
    expect(seen.partner).toMatchObject({
      authorId: couple.a.id,
      text: 'I am letting go of the resentment.',
      shared: true,
    });
    expect(seen.mine).toBeNull();
    const facts = await forgivenessFactsOf(t.db.database.db, t.cipher, couple.spaceId, couple.a.id);
    expect(facts.sharedStatement).toBe(true);
    // One row, rewritten in place; its words encrypted at rest.
    const rows = await t.db.database.db.selectFrom('forgivenessStatements').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain('letting go');
  });

  it('takes the leaver’s private reflection and statement with them; shared ones stay', async () => {
    const kept = await writeReflection(t, couple.b);
    await ok(
      call(t, couple.b, 'PUT', `/forgiveness/reflections/${kept.id}/sharing`, { shared: true }),
    );
    await ok(call(t, couple.b, 'PUT', '/forgiveness/statements/mine', { text: 'Private words.' }));
    expect((await call(t, couple.b, 'DELETE', '/space/membership')).statusCode).toBe(204);
    expect((await overview(couple.a)).sharedWithMe.map((r) => r.id)).toEqual([kept.id]);
    const statements = await t.db.database.db
      .selectFrom('forgivenessStatements')
      .selectAll()
      .execute();
    expect(statements).toEqual([]);
  });
});
