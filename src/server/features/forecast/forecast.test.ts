import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, putCheckIn, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, logSetback, ok, problem, recordBreach } from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { forecastOperations } from '../../../contract/operations/forecast.js';
import { jobQueue } from '../../platform/jobs/job-queue.js';
import { FORECAST_REFRESH } from './queries.js';
import { forecastRefresher } from './refresh.js';

type Answer = AnswerOf<typeof forecastOperations.getForecast>;

const DAY_MS = 86_400_000;

describeEachDatabase('forecast', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  /** Another app node's runner on the same database. */
  const otherNode = () => {
    const queue = jobQueue({ db: t.db.database.db, clock: t.clock, log: t.app.log });
    queue.register(
      FORECAST_REFRESH,
      forecastRefresher({ db: t.db.database.db, clock: t.clock, log: t.app.log }),
    );
    return queue;
  };

  const read = (member = couple.b) => ok<Answer>(call(t, member, 'GET', '/forecast'));
  /** An affair a broke trust in, found out on 1 March: b is the hurt partner. */
  const affair = () =>
    recordBreach(t, couple.a, { category: 'infidelity', day: '2026-03-01', brokeTrust: 'me' });

  /** b checks in every day for `days` days, trust rising slowly; jobs run as they would. */
  async function checkInDaily(days: number, from = 2) {
    for (let day = 0; day < days; day += 1) {
      const rating = Math.min(7, from + Math.floor(day / 10));
      const answer = await putCheckIn(t, couple.b, {
        trust: rating,
        honesty: rating,
        reliability: rating,
        openness: rating,
      });
      expect(answer.statusCode, answer.body).toBe(200);
      t.clock.advance(DAY_MS);
    }
  }

  it('has nothing to say before a breach is recorded', async () => {
    await t.app.jobs.runDue(); // joining the space asked for one; it finds no breach
    const answer = await read();
    expect(answer).toEqual({
      forecasts: [],
      refreshing: false,
      pending: false,
      partnerHasUnshared: false,
    });
  });

  it('is computed by the job after the write, for the hurt partner only, and read as stored', async () => {
    await affair();
    // The write enqueued the job; a read before it ran has nothing yet and says so.
    const before = await read();
    expect(before.forecasts).toEqual([]);
    expect(before.refreshing).toBe(true);
    expect(before.pending).toBe(true);
    expect(await t.app.jobs.runDue()).toBe(1);

    const after = await read();
    expect(after.refreshing).toBe(false);
    expect(after.forecasts).toHaveLength(1);
    const forecast = after.forecasts[0]!;
    expect(forecast).toMatchObject({
      memberId: couple.b.id,
      mine: true,
      shared: false,
      severity: 'severe', // nobody rated it: the typical severity of an affair
      disclosed: false,
      breachDay: '2026-03-01',
      origin: '2026-03-01',
      asOf: '2026-03-10',
      checkInsCounted: 0,
      countedUntil: '2026-03-09',
      perceived: null,
    });
    expect(forecast.factors).toEqual([{ name: 'discovered', multiplier: 1.3 }]);
    expect(forecast.showRange).toBe(false);
    expect(forecast.recoveredBy.p10 < forecast.recoveredBy.p90).toBe(true);
    expect(forecast.typical).toEqual(forecast.recoveredBy);

    // The partner who broke trust sees that one exists, not what it says.
    const partner = await read(couple.a);
    expect(partner.forecasts).toEqual([]);
    expect(partner.partnerHasUnshared).toBe(true);
    expect(partner.pending).toBe(false);
  });

  it('uses the hurt partner’s own severity rating, and counts check-ins up to yesterday', async () => {
    const breachId = await affair();
    const rated = await call(t, couple.b, 'PUT', `/breaches/${breachId}/my-severity`, {
      severity: 'minor',
    });
    expect(rated.statusCode, rated.body).toBe(200);
    await checkInDaily(20);
    await putCheckIn(t, couple.b, { trust: 7 }); // today's: not counted yet
    await t.app.jobs.runDue();
    const [forecast] = (await read()).forecasts;
    expect(forecast!.severity).toBe('minor');
    expect(forecast!.checkInsCounted).toBe(20);
    expect(forecast!.points).toHaveLength(20);
    expect(forecast!.points.at(-1)!.on).toBe('2026-03-29');
    expect(forecast!.countedUntil).toBe('2026-03-29');
    expect(forecast!.level.length).toBeGreaterThan(10);
    // The data moved it away from the typical range.
    expect(forecast!.recoveredBy).not.toEqual(forecast!.typical);
  });

  it('fits the perceived trust of the partner who broke it beside, never into, the hurt partner’s', async () => {
    await affair();
    for (let day = 0; day < 14; day += 1) {
      await ok(putCheckIn(t, couple.b, { trust: 2, honesty: 2 }));
      await ok(putCheckIn(t, couple.a, { perceivedTrust: 5 }));
      t.clock.advance(DAY_MS);
    }
    await t.app.jobs.runDue();
    const [forecast] = (await read()).forecasts;
    expect(forecast!.perceived).not.toBeNull();
    expect(forecast!.perceived!.memberId).toBe(couple.a.id);
    expect(forecast!.perceived!.points).toHaveLength(14);
    expect(forecast!.perceived!.points.every((p) => p.value === 5)).toBe(true);
    // The hurt partner's own level stays where their own answers put it.
    expect(forecast!.points.every((p) => p.value === 2)).toBe(true);
    const gap = forecast!.perceived!.level.at(8)!.mid - forecast!.level.at(8)!.mid;
    expect(gap).toBeGreaterThan(1.5);
  });

  it('asks for a fresh one when a new day begins, and answers the stored one meanwhile', async () => {
    await affair();
    await t.app.jobs.runDue();
    t.clock.advance(DAY_MS);
    const stale = await read();
    expect(stale.refreshing).toBe(true);
    expect(stale.forecasts[0]!.asOf).toBe('2026-03-10');
    await t.app.jobs.runDue();
    const fresh = await read();
    expect(fresh.refreshing).toBe(false);
    expect(fresh.forecasts[0]!.asOf).toBe('2026-03-11');
  });

  it('a setback restarts the clock and says it is recalculating; a hard day does not', async () => {
    await affair();
    await logSetback(t, couple.b, { kind: 'hard-day', severity: 'severe' });
    await t.app.jobs.runDue();
    expect((await read()).forecasts[0]).toMatchObject({
      origin: '2026-03-01',
      recalculating: false,
    });

    await logSetback(t, couple.a, { kind: 'new-breach', severity: 'moderate' });
    await t.app.jobs.runDue();
    const [forecast] = (await read()).forecasts;
    expect(forecast).toMatchObject({ origin: '2026-03-09', recalculating: true });
    expect(forecast!.restarts).toEqual([{ on: '2026-03-09', severity: 'moderate' }]);
  });

  it('is shared only by the hurt partner’s choice, once however often it is asked, and can be taken back', async () => {
    await affair();
    await t.app.jobs.runDue();
    const shares = await Promise.all(
      Array.from({ length: 6 }, () =>
        call(t, couple.b, 'PUT', '/forecast/sharing', { shared: true }),
      ),
    );
    for (const answer of shares) expect(answer.statusCode, answer.body).toBe(200);
    const rows = await t.db.database.db
      .selectFrom('forecastShares')
      .selectAll()
      .where('spaceId', '=', couple.spaceId)
      .execute();
    expect(rows).toHaveLength(1);
    const audit = await t.db.database.db
      .selectFrom('auditEvents')
      .select('action')
      .where('spaceId', '=', couple.spaceId)
      .where('action', '=', 'forecast.shared')
      .execute();
    expect(audit).toHaveLength(1);

    const seen = await read(couple.a);
    expect(seen.forecasts).toHaveLength(1);
    expect(seen.forecasts[0]).toMatchObject({ memberId: couple.b.id, mine: false, shared: true });
    expect(seen.partnerHasUnshared).toBe(false);

    await ok(call(t, couple.b, 'PUT', '/forecast/sharing', { shared: false }));
    expect((await read(couple.a)).forecasts).toEqual([]);
  });

  it('gives each partner their own forecast after a mutual breach', async () => {
    await recordBreach(t, couple.a, { category: 'lying', brokeTrust: 'both' });
    await t.app.jobs.runDue();
    const a = await read(couple.a);
    const b = await read(couple.b);
    expect(a.forecasts.map((f) => f.memberId)).toEqual([couple.a.id]);
    expect(b.forecasts.map((f) => f.memberId)).toEqual([couple.b.id]);
    expect(a.forecasts[0]!.severity).toBe('minor');
  });

  it('runs one refresh for a burst of writes, and stores one row however many runners race', async () => {
    await affair();
    await Promise.all([
      putCheckIn(t, couple.b, { trust: 3 }),
      putCheckIn(t, couple.a, { trust: 4 }),
      putCheckIn(t, couple.b, { trust: 3 }),
    ]);
    const jobs = await t.db.database.db.selectFrom('jobs').selectAll().execute();
    expect(jobs).toHaveLength(1);
    // Three runners, as on three nodes: each claims by a conditional update, so one runs it.
    const runners = [t.app.jobs, ...[1, 2].map(() => otherNode())];
    const ran = await Promise.all(runners.map((runner) => runner.runDue()));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(1);
    const rows = await t.db.database.db
      .selectFrom('forecasts')
      .selectAll()
      .where('spaceId', '=', couple.spaceId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(await t.db.database.db.selectFrom('jobs').selectAll().execute()).toEqual([]);
  });

  it('refuses a sharing answer that is not yes or no', async () => {
    await problem(
      call(t, couple.b, 'PUT', '/forecast/sharing', { shared: 'maybe' }),
      422,
      'validation-failed',
    );
    await problem(call(t, couple.b, 'PUT', '/forecast/sharing', {}), 422, 'validation-failed');
  });

  it('goes when the hurt partner leaves, and is recomputed for whoever stays', async () => {
    await recordBreach(t, couple.a, { brokeTrust: 'both' });
    await t.app.jobs.runDue();
    expect((await read(couple.a)).forecasts).toHaveLength(1);
    const left = await call(t, couple.b, 'DELETE', '/space/membership');
    expect(left.statusCode, left.body).toBeLessThan(300);
    const rows = await t.db.database.db
      .selectFrom('forecasts')
      .select('memberId')
      .where('spaceId', '=', couple.spaceId)
      .execute();
    expect(rows).toEqual([]);
    const stays = await read(couple.a);
    expect(stays.pending).toBe(true);
    await t.app.jobs.runDue();
    expect((await read(couple.a)).forecasts.map((f) => f.memberId)).toEqual([couple.a.id]);
  });
});
