import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import {
  makeCommitment,
  markDay,
  reviewMark,
  type CommitmentDetailBody,
  type MarkBody,
} from '../../../../test/restore/factories.js';

const DAY_MS = 86_400_000;

describeEachDatabase('commitments', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    // Tuesday 10 March 2026, noon UTC.
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const detail = (id: string, member = couple.b) =>
    ok<CommitmentDetailBody>(call(t, member, 'GET', `/commitments/${id}`));

  it('makes a commitment both partners see, with strength starting at 0 and today due', async () => {
    const made = await makeCommitment(t, couple.a, {
      text: '  Phone stays on the table at dinner.  ',
      schedule: { kind: 'weekdays', weekdays: [5, 2, 2] },
    });
    expect(made).toMatchObject({
      ownerId: couple.a.id,
      text: 'Phone stays on the table at dinner.',
      schedule: { kind: 'weekdays', weekdays: [2, 5] },
      status: 'active',
      startedOn: '2026-03-10',
      strength: 0,
      today: { day: '2026-03-10', due: true, mark: null },
    });
    const list = await ok<{ items: { id: string }[] }>(call(t, couple.b, 'GET', '/commitments'));
    expect(list.items.map((item) => item.id)).toEqual([made.id]);
  });

  it('moves the strength with kept and missed days over simulated weeks, and draws its calendar', async () => {
    const made = await makeCommitment(t, couple.a);
    const strengths: number[] = [];
    for (let day = 0; day < 28; day += 1) {
      const today = new Date(t.clock.now()).toISOString().slice(0, 10);
      // Kept every day but the 20th, and the 25th left unmarked.
      if (day !== 25) {
        const answer = await ok<MarkBody>(
          markDay(t, couple.a, made.id, today, { outcome: day === 20 ? 'missed' : 'kept' }),
        );
        strengths.push(answer.strength);
      }
      t.clock.advance(DAY_MS);
    }
    expect(strengths[19]).toBeGreaterThan(0.9);
    // One missed day after a kept run lowers it a little, never to nothing.
    expect(strengths[20]).toBeLessThan(strengths[19]!);
    expect(strengths[20]).toBeGreaterThan(0.8);
    expect(strengths.at(-1)).toBeGreaterThan(0.85);
    // Partner B was away all month (and signed out by idleness): A reads it.
    const view = await detail(made.id, couple.a);
    expect(view.calendar).toHaveLength(29);
    expect(view.calendar[20]).toMatchObject({ day: '2026-03-30', state: 'missed' });
    expect(view.calendar[25]).toMatchObject({ day: '2026-04-04', state: 'not-marked' });
    expect(view.calendar[28]).toMatchObject({ day: '2026-04-07', state: 'not-marked' });
    expect(view.strengthLine).toHaveLength(27);
    expect(view.commitment.daysHeld).toBe(29);
  });

  it('writes a retried mark once, refuses a different one unless changed on purpose', async () => {
    const made = await makeCommitment(t, couple.a);
    const day = '2026-03-10';
    await ok(markDay(t, couple.a, made.id, day, { outcome: 'kept', note: 'Texted at six.' }));
    await ok(markDay(t, couple.a, made.id, day, { outcome: 'kept', note: 'Texted at six.' }));
    await problem(markDay(t, couple.a, made.id, day, { outcome: 'missed' }), 409, 'mark-differs');
    const still = await detail(made.id);
    expect(still.commitment.today.mark).toMatchObject({ outcome: 'kept', note: 'Texted at six.' });
    const changed = await ok<MarkBody>(
      markDay(t, couple.a, made.id, day, { outcome: 'missed', change: true }),
    );
    expect(changed.mark).toMatchObject({ outcome: 'missed', note: null });
    const rows = await t.db.database.db.selectFrom('commitmentMarks').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses days that are not due, in the future, or another’s commitment', async () => {
    const made = await makeCommitment(t, couple.a, {
      schedule: { kind: 'weekdays', weekdays: [2] }, // Tuesdays
    });
    await problem(markDay(t, couple.a, made.id, '2026-03-11'), 422, 'day-not-due');
    await problem(markDay(t, couple.a, made.id, '2026-03-17'), 422, 'day-not-due');
    await problem(markDay(t, couple.a, made.id, '2026-03-03'), 422, 'day-not-due');
    await problem(markDay(t, couple.b, made.id, '2026-03-10'), 403, 'not-owner');
    // Not a calendar day: no such mark to write.
    await problem(markDay(t, couple.a, made.id, '2026-02-30'), 404, 'not-found');
    expect(await t.db.database.db.selectFrom('commitmentMarks').selectAll().execute()).toEqual([]);
  });

  it('refuses bad schedules clearly', async () => {
    for (const schedule of [
      { kind: 'weekdays', weekdays: [] },
      { kind: 'weekdays', weekdays: [0] },
      { kind: 'times-a-week', times: 8 },
      { kind: 'monthly' },
    ]) {
      await problem(
        call(t, couple.a, 'POST', '/commitments', { text: 'Something', schedule }),
        422,
        'validation-failed',
      );
    }
    expect(await t.db.database.db.selectFrom('commitments').selectAll().execute()).toEqual([]);
  });

  it('holds N times a week to N marks in the week', async () => {
    const made = await makeCommitment(t, couple.a, {
      schedule: { kind: 'times-a-week', times: 2 },
    });
    // Monday 9 March was before it was made; Tuesday and Wednesday are this week.
    t.clock.advance(DAY_MS);
    await ok(markDay(t, couple.a, made.id, '2026-03-10'));
    await ok(markDay(t, couple.a, made.id, '2026-03-11'));
    t.clock.advance(DAY_MS);
    await problem(markDay(t, couple.a, made.id, '2026-03-12'), 409, 'week-full');
    const view = await detail(made.id);
    expect(view.commitment.today.due).toBe(false);
    // Next week has room again.
    t.clock.advance(4 * DAY_MS);
    await ok(markDay(t, couple.a, made.id, '2026-03-16'));
  });

  it('lets the partner confirm or question a mark, never their own, and the owner answer', async () => {
    const made = await makeCommitment(t, couple.a);
    const day = '2026-03-10';
    await ok(markDay(t, couple.a, made.id, day));
    await problem(reviewMark(t, couple.a, made.id, day), 403, 'own-entry');
    const questioned = await ok<MarkBody>(
      reviewMark(t, couple.b, made.id, day, {
        verdict: 'questioned',
        note: 'I did not get a text.',
      }),
    );
    expect(questioned.mark).toMatchObject({
      outcome: 'kept',
      review: {
        verdict: 'questioned',
        by: couple.b.id,
        note: 'I did not get a text.',
        answer: null,
      },
    });
    // Retried: written once. A different verdict: refused.
    await ok(
      reviewMark(t, couple.b, made.id, day, {
        verdict: 'questioned',
        note: 'I did not get a text.',
      }),
    );
    await problem(
      reviewMark(t, couple.b, made.id, day, { verdict: 'confirmed' }),
      409,
      'already-answered',
    );
    // A questioned mark is never silently changed.
    await problem(
      markDay(t, couple.a, made.id, day, { outcome: 'missed', change: true }),
      409,
      'mark-reviewed',
    );
    await problem(
      call(t, couple.b, 'PUT', `/commitments/${made.id}/marks/${day}/answer`, { text: 'x' }),
      403,
      'not-owner',
    );
    const answered = await ok<MarkBody>(
      call(t, couple.a, 'PUT', `/commitments/${made.id}/marks/${day}/answer`, {
        text: 'It went to the old number; I will check.',
      }),
    );
    expect(answered.mark.review?.answer?.text).toBe('It went to the old number; I will check.');
    expect(answered.mark.outcome).toBe('kept');
    await problem(reviewMark(t, couple.b, made.id, '2026-03-09'), 404, 'not-found');
  });

  it('pauses, resumes and ends on the owner’s word only; nothing is deleted', async () => {
    const made = await makeCommitment(t, couple.a);
    await ok(markDay(t, couple.a, made.id, '2026-03-10'));
    const status = (member = couple.a, value = 'paused') =>
      call(t, member, 'PUT', `/commitments/${made.id}/status`, { status: value });
    await problem(status(couple.b), 403, 'not-owner');
    t.clock.advance(DAY_MS);
    await ok(status());
    await problem(markDay(t, couple.a, made.id, '2026-03-11'), 422, 'day-not-due');
    // The day before the pause still takes its mark.
    t.clock.advance(DAY_MS);
    await ok(status(couple.a, 'active'));
    await ok(markDay(t, couple.a, made.id, '2026-03-12'));
    await ok(status(couple.a, 'ended'));
    await problem(status(couple.a, 'active'), 409, 'commitment-ended');
    const view = await detail(made.id);
    expect(view.commitment.changes.map((c) => [c.status, c.day])).toEqual([
      ['active', '2026-03-10'],
      ['paused', '2026-03-11'],
      ['active', '2026-03-12'],
      ['ended', '2026-03-12'],
    ]);
    expect(view.calendar.map((d) => d.state)).toEqual(['kept', 'not-in-force', 'kept']);
    expect(await t.db.database.db.selectFrom('commitmentMarks').selectAll().execute()).toHaveLength(
      2,
    );
  });

  it('counts the owner’s own day in their time zone', async () => {
    await t.close();
    // 23:30 UTC on 10 March is already the 11th in Auckland.
    t = await createTestApp({ kind, now: new Date('2026-03-10T23:30:00Z') });
    couple = await createCouple(t, { a: 'Pacific/Auckland', b: 'America/Los_Angeles' });
    const made = await makeCommitment(t, couple.a);
    expect(made.startedOn).toBe('2026-03-11');
    await ok(markDay(t, couple.a, made.id, '2026-03-11'));
    const seen = await ok<{ items: { today: { day: string } }[] }>(
      call(t, couple.b, 'GET', '/commitments'),
    );
    expect(seen.items[0]?.today.day).toBe('2026-03-11');
  });

  it('writes identical marks fired at once a single time', async () => {
    const made = await makeCommitment(t, couple.a);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        markDay(t, couple.a, made.id, '2026-03-10', { outcome: 'kept' }),
      ),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual(Array(8).fill(200));
    expect(await t.db.database.db.selectFrom('commitmentMarks').selectAll().execute()).toHaveLength(
      1,
    );
    const reviews = await Promise.all(
      Array.from({ length: 6 }, () => reviewMark(t, couple.b, made.id, '2026-03-10')),
    );
    expect(reviews.map((answer) => answer.statusCode)).toEqual(Array(6).fill(200));
    expect(
      await t.db.database.db.selectFrom('commitmentMarkReviews').selectAll().execute(),
    ).toHaveLength(1);
  });
});
