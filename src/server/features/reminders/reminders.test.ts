import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  putCheckIn,
  type Couple,
  type TestMember,
} from '../../../../test/support/factories.js';
import { createTestApp, secondNodeDeps, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import { makeCommitment, markDay } from '../../../../test/restore/factories.js';
import type { ReminderSettings } from '../../../contract/reminders.js';
import { outboxBinding } from '../../platform/mail/outbox.js';
import { jobQueue } from '../../platform/jobs/job-queue.js';
import { registerReminderJobs } from './jobs.js';
import { reminderService } from './service.js';

type Due = { items: { id: string; kind: string; day: string }[] };

const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

describeEachDatabase('reminders', (kind) => {
  let t: TestApp;
  let couple: Couple;

  // Tuesday 10 March 2026, 12:00 UTC = 13:00 in Berlin.
  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t, { a: 'Europe/Berlin', b: 'Europe/Berlin' });
    await t.app.jobs.runDue(); // joining the space asked for a forecast refresh
  });
  afterEach(() => t.close());

  const put = (member: TestMember, body: unknown) =>
    ok<ReminderSettings>(call(t, member, 'PUT', '/me/reminders', body as Record<string, unknown>));
  const checkInAt = (time: string, channel = 'app', quietHours: unknown = null) =>
    put(couple.a, { items: [{ kind: 'check-in', days: EVERY_DAY, time, channel }], quietHours });
  const due = (member = couple.a) => ok<Due>(call(t, member, 'GET', '/me/reminders/due'));
  const sent = () => t.db.database.db.selectFrom('remindersSent').selectAll().execute();
  const reminderMail = () =>
    t.db.database.db
      .selectFrom('outbox')
      .selectAll()
      .where('template', 'in', ['check-in-reminder', 'commitment-reminder'])
      .execute();
  const at = (instant: string) => t.clock.set(new Date(instant));

  it('answers no settings at first, then keeps what was put, one row per kind', async () => {
    const empty = await ok<ReminderSettings>(call(t, couple.a, 'GET', '/me/reminders'));
    expect(empty).toEqual({ items: [], quietHours: null, timeZone: 'Europe/Berlin' });
    await checkInAt('20:00');
    const again = await put(couple.a, {
      items: [{ kind: 'check-in', days: [5, 1], time: '08:15', channel: 'both' }],
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(again.items).toEqual([
      expect.objectContaining({ kind: 'check-in', days: [1, 5], time: '08:15', channel: 'both' }),
    ]);
    expect(again.quietHours).toEqual({ start: '22:00', end: '07:00' });
    expect(await ok<ReminderSettings>(call(t, couple.a, 'GET', '/me/reminders'))).toEqual(again);
    const rows = await t.db.database.db.selectFrom('reminderSettings').selectAll().execute();
    expect(rows).toHaveLength(1);
    // The partner's settings are their own.
    expect((await ok<ReminderSettings>(call(t, couple.b, 'GET', '/me/reminders'))).items).toEqual(
      [],
    );
  });

  it('refuses a time that is not HH:MM, a repeated day or kind, and unknown fields', async () => {
    const base = { kind: 'check-in', days: [1], time: '09:00', channel: 'app' };
    for (const body of [
      { items: [{ ...base, time: '9:00' }], quietHours: null },
      { items: [{ ...base, days: [1, 1] }], quietHours: null },
      { items: [{ ...base, days: [8] }], quietHours: null },
      { items: [base, base], quietHours: null },
      { items: [{ ...base, channel: 'sms' }], quietHours: null },
      { items: [], quietHours: { start: '25:00', end: '07:00' } },
      { items: [], quietHours: null, streak: true },
    ]) {
      await problem(call(t, couple.a, 'PUT', '/me/reminders', body), 422, 'validation-failed');
    }
  });

  it('fires at the local time, in the app only, then plans the next day', async () => {
    const answer = await checkInAt('20:00');
    // 20:00 in Berlin (CET) is 19:00 UTC.
    expect(answer.items[0]!.nextAt).toBe('2026-03-10T19:00:00.000Z');
    expect(await t.app.jobs.runDue()).toBe(0);
    at('2026-03-10T18:59:00Z');
    expect(await t.app.jobs.runDue()).toBe(0);
    at('2026-03-10T19:00:00Z');
    expect(await t.app.jobs.runDue()).toBe(1);
    const { items } = await due();
    expect(items).toEqual([expect.objectContaining({ kind: 'check-in', day: '2026-03-10' })]);
    expect(await reminderMail()).toEqual([]);
    // Nothing for the partner, who set nothing.
    expect((await due(couple.b)).items).toEqual([]);
    const job = await t.db.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('subject', '=', couple.a.id)
      .execute();
    expect(job.map((row) => new Date(row.dueAt).toISOString())).toEqual([
      '2026-03-11T19:00:00.000Z',
    ]);
  });

  it('sends at most once a day per kind, however often the job runs', async () => {
    await checkInAt('20:00');
    at('2026-03-10T19:00:00Z');
    await t.app.jobs.runDue();
    // The job asked to run again the same evening (a retry, a stale job): no second reminder.
    await t.app.jobs.enqueue('reminder-check-in', couple.a.id);
    at('2026-03-10T21:00:00Z');
    expect(await t.app.jobs.runDue()).toBe(1);
    expect(await sent()).toHaveLength(1);
    // The next day is a new day.
    at('2026-03-11T19:00:00Z');
    await t.app.jobs.runDue();
    expect((await sent()).map((row) => row.day)).toEqual(['2026-03-10', '2026-03-11']);
  });

  it('stays quiet when today’s check-in is already done, and the reminder goes once it is', async () => {
    await checkInAt('20:00');
    expect((await putCheckIn(t, couple.a, { trust: 4 })).statusCode).toBe(200);
    at('2026-03-10T19:00:00Z');
    await t.app.jobs.runDue();
    expect(await sent()).toEqual([]);
    // Tomorrow it comes; a check-in afterwards takes it off the home screen.
    at('2026-03-11T19:00:00Z');
    await t.app.jobs.runDue();
    expect((await due()).items).toHaveLength(1);
    expect((await putCheckIn(t, couple.a, { trust: 5 })).statusCode).toBe(200);
    expect((await due()).items).toEqual([]);
  });

  it('reminds of due commitments only while one due today is unmarked', async () => {
    await put(couple.a, {
      items: [{ kind: 'commitments', days: EVERY_DAY, time: '18:00', channel: 'app' }],
      quietHours: null,
    });
    at('2026-03-10T17:00:00Z');
    await t.app.jobs.runDue();
    expect(await sent()).toEqual([]); // no commitment at all
    const commitment = await makeCommitment(t, couple.a);
    at('2026-03-11T17:00:00Z');
    await t.app.jobs.runDue();
    expect((await due()).items).toEqual([expect.objectContaining({ kind: 'commitments' })]);
    expect((await markDay(t, couple.a, commitment.id, '2026-03-11')).statusCode).toBe(200);
    expect((await due()).items).toEqual([]);
    // Marked before the time on the 12th: nothing that day.
    at('2026-03-12T08:00:00Z');
    expect((await markDay(t, couple.a, commitment.id, '2026-03-12')).statusCode).toBe(200);
    at('2026-03-12T17:00:00Z');
    await t.app.jobs.runDue();
    expect((await sent()).map((row) => row.day)).toEqual(['2026-03-11']);
  });

  it('plans nothing inside quiet hours, and a late run inside them sends nothing', async () => {
    const inside = await checkInAt('23:30', 'app', { start: '22:00', end: '07:00' });
    expect(inside.items[0]!.nextAt).toBeNull();
    expect(
      await t.db.database.db
        .selectFrom('jobs')
        .selectAll()
        .where('subject', '=', couple.a.id)
        .execute(),
    ).toEqual([]);

    await checkInAt('21:30', 'app', { start: '22:00', end: '07:00' });
    // The server was down at 21:30 and the job runs at 22:10: quiet hours win.
    at('2026-03-10T21:10:00Z');
    expect(await t.app.jobs.runDue()).toBe(1);
    expect(await sent()).toEqual([]);
    const job = await t.db.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('subject', '=', couple.a.id)
      .execute();
    expect(job.map((row) => new Date(row.dueAt).toISOString())).toEqual([
      '2026-03-11T20:30:00.000Z',
    ]);
  });

  it('e-mails only when chosen, with the template and a plain link, nothing else', async () => {
    await checkInAt('20:00', 'email');
    at('2026-03-10T19:00:00Z');
    await t.app.jobs.runDue();
    const mails = await reminderMail();
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.template).toBe('check-in-reminder');
    expect(t.cipher.decrypt(mail.link!, outboxBinding(mail.id))).toBe(`${t.config.publicUrl}/`);
    expect(t.cipher.decrypt(mail.toAddress, outboxBinding(mail.id))).toBe(couple.a.email);
    // By e-mail only: nothing waits in the app.
    expect((await due()).items).toEqual([]);
    // Both: one mail more the next day, and the in-app one.
    await checkInAt('20:00', 'both');
    at('2026-03-11T19:00:00Z');
    await t.app.jobs.runDue();
    expect(await reminderMail()).toHaveLength(2);
    expect((await due()).items).toHaveLength(1);
  });

  it('keeps the local time across the spring-forward night', async () => {
    // A couple who start on Saturday 28 March (CET); sessions would not last the weeks between.
    at('2026-03-28T12:00:00Z');
    couple = await createCouple(t, { a: 'Europe/Berlin' });
    await t.app.jobs.runDue();
    const answer = await checkInAt('09:00');
    expect(answer.items[0]!.nextAt).toBe('2026-03-29T07:00:00.000Z'); // Sunday 09:00 CEST
    at('2026-03-29T07:00:00Z');
    await t.app.jobs.runDue();
    expect((await sent()).map((row) => row.day)).toEqual(['2026-03-29']);
  });

  it('moves the reminder when the member’s time zone changes', async () => {
    await checkInAt('20:00');
    await ok(call(t, couple.a, 'PATCH', '/me', { timeZone: 'America/New_York' }));
    const answer = await ok<ReminderSettings>(call(t, couple.a, 'GET', '/me/reminders'));
    // New York is on EDT since 8 March: 20:00 there is 00:00 UTC.
    expect(answer.items[0]!.nextAt).toBe('2026-03-11T00:00:00.000Z');
    const job = await t.db.database.db
      .selectFrom('jobs')
      .selectAll()
      .where('subject', '=', couple.a.id)
      .execute();
    expect(job.map((row) => new Date(row.dueAt).toISOString())).toEqual([
      '2026-03-11T00:00:00.000Z',
    ]);
    // Turned off: no job left.
    await checkInAt('20:00', 'off');
    expect(
      await t.db.database.db
        .selectFrom('jobs')
        .selectAll()
        .where('subject', '=', couple.a.id)
        .execute(),
    ).toEqual([]);
  });

  it('lets a member dismiss their own reminder only', async () => {
    await checkInAt('20:00');
    at('2026-03-10T19:00:00Z');
    await t.app.jobs.runDue();
    const [reminder] = (await due()).items;
    await problem(
      call(t, couple.b, 'POST', `/me/reminders/due/${reminder!.id}/dismiss`),
      404,
      'not-found',
    );
    expect(
      (await call(t, couple.a, 'POST', `/me/reminders/due/${reminder!.id}/dismiss`)).statusCode,
    ).toBe(204);
    expect((await due()).items).toEqual([]);
  });

  it('sends once when two runners fire the same reminder at once', async () => {
    await put(couple.a, {
      items: [{ kind: 'check-in', days: EVERY_DAY, time: '20:00', channel: 'both' }],
      quietHours: null,
    });
    at('2026-03-10T19:00:00Z');
    const deps = secondNodeDeps(t);
    // Two nodes, each with its runner: the job is claimed once.
    const other = jobQueue(deps);
    registerReminderJobs(other, reminderService(deps, other));
    const ran = await Promise.all([t.app.jobs.runDue(), other.runDue()]);
    expect(ran[0] + ran[1]).toBe(1);
    // And two sends at once that got past the job (a stale copy, a retry): the day's row decides.
    await t.db.database.db.deleteFrom('remindersSent').execute();
    await t.db.database.db.deleteFrom('outbox').execute();
    const services = [reminderService(deps, other), reminderService(deps, t.app.jobs)];
    await Promise.all(services.map((service) => service.fire('check-in', couple.a.id)));
    expect(await sent()).toHaveLength(1);
    expect(await reminderMail()).toHaveLength(1);
  });
});

describeEachDatabase('reminders across a restart', (kind) => {
  it('sends, once, a reminder that fell due while the server was down', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-reminders-'));
    const file = path.join(dir, 'mend.db');
    const first = await createTestApp({
      kind,
      now: new Date('2026-03-10T12:00:00Z'),
      sqliteFile: file,
    });
    try {
      const couple = await createCouple(first, { a: 'Asia/Kolkata' });
      await ok(
        call(first, couple.a, 'PUT', '/me/reminders', {
          items: [{ kind: 'check-in', days: EVERY_DAY, time: '21:00', channel: 'app' }],
          quietHours: null,
        }),
      );
      if (kind === 'postgres') {
        // One PostgreSQL schema per test app: a second node on the same one stands in for the restart.
        const later = jobQueue({
          db: first.db.database.db,
          clock: first.clock,
          log: first.app.log,
        });
        const deps = secondNodeDeps(first);
        registerReminderJobs(later, reminderService(deps, later));
        await first.app.jobs.stop();
        first.clock.set(new Date('2026-03-10T15:45:00Z')); // 21:15 in Kolkata
        expect(await later.runDue()).toBe(1);
        expect(await later.runDue()).toBe(0);
        const rows = await first.db.database.db.selectFrom('remindersSent').selectAll().execute();
        expect(rows.map((row) => row.day)).toEqual(['2026-03-10']);
        return;
      }
      await first.close();
      // Up again at 21:15 in Kolkata (15:45 UTC): 21:00 passed while it was down.
      const second = await createTestApp({
        kind,
        now: new Date('2026-03-10T15:45:00Z'),
        sqliteFile: file,
        runJobs: true,
      });
      try {
        for (let waited = 0; waited < 5_000; waited += 50) {
          const rows = await second.db.database.db
            .selectFrom('remindersSent')
            .selectAll()
            .execute();
          if (rows.length > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(await second.app.jobs.runDue()).toBe(0);
        const rows = await second.db.database.db.selectFrom('remindersSent').selectAll().execute();
        expect(rows.map((row) => [row.memberId, row.day])).toEqual([[couple.a.id, '2026-03-10']]);
        const job = await second.db.database.db
          .selectFrom('jobs')
          .selectAll()
          .where('subject', '=', couple.a.id)
          .execute();
        expect(job.map((row) => new Date(row.dueAt).toISOString())).toEqual([
          '2026-03-11T15:30:00.000Z',
        ]);
      } finally {
        await second.close();
      }
    } finally {
      if (kind === 'postgres') await first.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
