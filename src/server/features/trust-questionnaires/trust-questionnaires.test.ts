import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, signUp, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import { acceptAsTherapist, consentedGrant } from '../../../../test/access/world.js';
import {
  trustAnswers,
  writeQuestionnaire,
  type QuestionnaireAnswer,
  type QuestionnaireOverview,
} from '../../../../test/trust/factories.js';

const DAY = 86_400_000;

describeEachDatabase('trust questionnaires', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    // Sessions that last the months the tests walk through.
    t = await createTestApp({
      kind,
      now: new Date('2026-03-10T12:00:00Z'),
      env: { SESSION_IDLE_HOURS: String(24 * 90), SESSION_ABSOLUTE_DAYS: '365' },
    });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const overview = (member = couple.a) =>
    ok<QuestionnaireOverview>(call(t, member, 'GET', '/trust-questionnaires'));

  it('keeps one questionnaire a month, written again to update, scored per subscale', async () => {
    const before = await overview();
    expect(before).toMatchObject({ month: '2026-03', due: true, mine: [], sharedWithMe: [] });
    expect(before.items).toHaveLength(6);
    expect(before.milestones).toEqual({ fromMonth: null, toMonth: null, changes: [] });

    const first = await writeQuestionnaire(t, couple.a, { answers: [1, 2, 3, 4, 5, 6] });
    expect(first.questionnaire).toMatchObject({
      month: '2026-03',
      scores: { predictability: 2.5, dependability: 3.5, faith: 4.5 },
      shared: false,
      therapistMaySee: false,
    });
    t.clock.advance(2 * DAY);
    const again = await writeQuestionnaire(t, couple.a, { answers: trustAnswers(6) });
    expect(again.questionnaire.id).toBe(first.questionnaire.id);
    expect(again.questionnaire.scores).toEqual({ predictability: 6, dependability: 6, faith: 6 });
    const after = await overview();
    expect(after.due).toBe(false);
    expect(after.mine).toHaveLength(1);
    expect(
      await t.db.database.db.selectFrom('trustQuestionnaires').selectAll().execute(),
    ).toHaveLength(1);
  });

  it('starts a new one each calendar month of the member’s time zone, with milestones', async () => {
    await writeQuestionnaire(t, couple.a, { answers: trustAnswers(2) });
    t.clock.set(new Date('2026-04-02T12:00:00Z'));
    expect((await overview()).due).toBe(true);
    const second = await writeQuestionnaire(t, couple.a, {
      answers: [6, 2, 2, 6, 2, 2],
    });
    expect(second.questionnaire.month).toBe('2026-04');
    expect(second.milestones).toEqual({
      fromMonth: '2026-03',
      toMonth: '2026-04',
      changes: [{ subscale: 'predictability', direction: 'better', from: 2, to: 6 }],
    });
    t.clock.set(new Date('2026-05-03T12:00:00Z'));
    await writeQuestionnaire(t, couple.a, { answers: [6, 1, 2, 6, 1, 2] });
    // Only the first and the latest count; a small fall in dependability is no milestone.
    expect((await overview()).milestones.changes.map((c) => c.subscale)).toEqual([
      'predictability',
    ]);
    expect((await overview()).mine.map((q) => q.month)).toEqual(['2026-03', '2026-04', '2026-05']);
    // The partner's milestones are theirs: none here.
    expect((await overview(couple.b)).milestones.changes).toEqual([]);
  });

  it('reads the month in the member’s own time zone', async () => {
    const moved = await t.request({
      method: 'PATCH',
      url: '/api/v1/me',
      cookie: couple.a.cookie,
      body: { timeZone: 'Pacific/Kiritimati' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    t.clock.set(new Date('2026-03-31T12:00:00Z'));
    // 02:00 on 1 April in Kiritimati (UTC+14), still 31 March in UTC.
    expect((await overview()).month).toBe('2026-04');
    expect((await overview(couple.b)).month).toBe('2026-03');
    expect((await writeQuestionnaire(t, couple.a)).questionnaire.month).toBe('2026-04');
  });

  it('keeps a questionnaire from the partner and the therapist until its author shares it', async () => {
    const therapist = await signUp(t, { displayName: 'Therapist' });
    const grant = await consentedGrant(t, couple.a, couple.b, therapist.email);
    expect((await acceptAsTherapist(t, therapist, grant.token)).statusCode).toBe(200);
    const entries = async () =>
      (
        await ok<{ items: { kind: string; id: string; facts: Record<string, unknown> }[] }>(
          t.request({
            method: 'GET',
            url: `/api/v1/therapist/spaces/${couple.spaceId}/entries`,
            cookie: therapist.cookie,
          }),
        )
      ).items.filter((e) => e.kind === 'trust-questionnaire');

    const { questionnaire: mine } = await writeQuestionnaire(t, couple.a);
    const url = `/trust-questionnaires/${mine.id}`;
    await problem(call(t, couple.b, 'GET', url), 404, 'not-found');
    await problem(call(t, couple.b, 'PUT', `${url}/sharing`, { shared: true }), 404, 'not-found');
    await problem(call(t, therapist, 'GET', url), 404, 'not-found');
    expect((await overview(couple.b)).sharedWithMe).toEqual([]);
    expect(await entries()).toEqual([]);

    await ok(call(t, couple.a, 'PUT', `${url}/sharing`, { shared: true, therapistMaySee: true }));
    const seen = await ok<QuestionnaireAnswer>(call(t, couple.b, 'GET', url));
    expect(seen.questionnaire.scores).toEqual(mine.scores);
    expect((await overview(couple.b)).sharedWithMe.map((q) => q.id)).toEqual([mine.id]);
    expect((await overview(couple.b)).mine).toEqual([]);
    expect((await entries()).map((e) => [e.id, e.facts.faith])).toEqual([[mine.id, 4]]);
    await problem(call(t, couple.b, 'PUT', `${url}/sharing`, { shared: false }), 403, 'not-author');

    // Rewriting the month keeps the sharing unless told otherwise.
    const rewritten = await writeQuestionnaire(t, couple.a, { answers: trustAnswers(5) });
    expect(rewritten.questionnaire).toMatchObject({ shared: true, therapistMaySee: true });

    await ok(call(t, couple.a, 'PUT', `${url}/sharing`, { shared: false }));
    await problem(call(t, couple.b, 'GET', url), 404, 'not-found');
    expect(await entries()).toEqual([]);
  });

  it('records writes and sharing in the author’s own activity, without answers', async () => {
    const { questionnaire } = await writeQuestionnaire(t, couple.a);
    await ok(
      call(t, couple.a, 'PUT', `/trust-questionnaires/${questionnaire.id}/sharing`, {
        shared: true,
      }),
    );
    const rows = await t.db.database.db
      .selectFrom('auditEvents')
      .selectAll()
      .where('action', 'like', 'trust-questionnaire.%')
      .orderBy('createdAt')
      .execute();
    expect(rows.map((r) => [r.action, r.subject, r.memberId])).toEqual([
      ['trust-questionnaire.written', questionnaire.id, couple.a.id],
      ['trust-questionnaire.sharing', questionnaire.id, couple.a.id],
    ]);
    const activity = (member = couple.a) =>
      ok<{ items: { action: string }[] }>(call(t, member, 'GET', '/space/audit'));
    expect((await activity()).items.map((i) => i.action)).toContain('trust-questionnaire.written');
    expect((await activity(couple.b)).items.map((i) => i.action)).not.toContain(
      'trust-questionnaire.written',
    );
  });

  it('exports the member’s own and the partner’s shared ones; leaving takes the private ones', async () => {
    await writeQuestionnaire(t, couple.a, { answers: trustAnswers(5), shared: true });
    await writeQuestionnaire(t, couple.b, { answers: trustAnswers(3) });
    const exported = (member = couple.a) =>
      ok<{ data: { trust_questionnaires: { authorId: string; answers: number[] }[] } }>(
        call(t, member, 'POST', '/me/export'),
      );
    expect((await exported()).data.trust_questionnaires.map((q) => q.authorId)).toEqual([
      couple.a.id,
    ]);
    expect(
      (await exported(couple.b)).data.trust_questionnaires.map((q) => q.authorId).sort(),
    ).toEqual([couple.a.id, couple.b.id].sort());

    expect(
      (
        await t.request({
          method: 'DELETE',
          url: '/api/v1/space/membership',
          cookie: couple.b.cookie,
        })
      ).statusCode,
    ).toBe(204);
    const left = await t.db.database.db
      .selectFrom('trustQuestionnaires')
      .select('authorId')
      .execute();
    expect(left.map((r) => r.authorId)).toEqual([couple.a.id]);
  });

  it('refuses answers that are not six whole numbers of 1–7, and writes nothing', async () => {
    for (const bad of [
      [1, 2, 3],
      [...trustAnswers().slice(0, 5), 8],
      [...trustAnswers().slice(0, 5), 2.5],
    ]) {
      await problem(
        call(t, couple.a, 'PUT', '/trust-questionnaires', { answers: bad }),
        422,
        'validation-failed',
      );
    }
    expect((await overview()).mine).toEqual([]);
  });
});
