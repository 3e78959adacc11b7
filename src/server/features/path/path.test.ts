import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  createSpace,
  putCheckIn,
  signUp,
  type Couple,
  type TestMember,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  acceptVersion,
  apologyParts,
  call,
  logConversation,
  logSetback,
  ok,
  proposeAgreement,
  rateApology,
  rateConversation,
  recordBreach,
  respond,
  writeAcknowledgment,
  writeApology,
  writeImpactStatement,
} from '../../../../test/repair/factories.js';
import { sendNote } from '../../../../test/kindness/factories.js';
import { acknowledgeNeed, listNeed } from '../../../../test/regain/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { pathOperations } from '../../../contract/operations/path.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type PathBody = AnswerOf<typeof pathOperations.getPath>;

describeEachDatabase('where we are', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const path = async (member: TestMember = couple.a) =>
    ok<PathBody>(call(t, member, 'GET', '/path'));
  const statuses = (body: PathBody) => body.steps.map((s) => s.status);

  /** Both partners check in on each of these days (the clock is moved there and back). */
  const checkInBoth = async (days: string[], who: TestMember[] = [couple.a, couple.b]) => {
    const now = t.clock.now();
    for (const day of days) {
      t.clock.set(new Date(`${day}T12:00:00Z`));
      for (const member of who)
        expect((await putCheckIn(t, member, { trust: 4 })).statusCode).toBe(200);
    }
    t.clock.set(now);
  };

  it('starts with nothing reached and a gentle first suggestion, all ten steps computed', async () => {
    const body = await path();
    expect(body.today).toBe('2026-03-10');
    expect(statuses(body)).toEqual([
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
      'not-yet',
    ]);
    expect(body.next).toMatchObject({ kind: 'record-breach', who: 'either' });
    expect(JSON.stringify(body)).not.toMatch(/%|percent|score|grade/i);
  });

  it('reaches steps 1–4 through what the couple does, and says so to both', async () => {
    // Step 1: A broke trust, acknowledges; B confirms.
    const breachId = await recordBreach(t, couple.b, { brokeTrust: 'partner' });
    expect((await path(couple.a)).next).toMatchObject({
      kind: 'write-acknowledgment',
      who: 'you',
      breachId,
    });
    const ackId = await writeAcknowledgment(t, couple.a, breachId);
    expect((await path(couple.b)).next).toMatchObject({
      kind: 'answer-acknowledgment',
      who: 'you',
    });
    await respond(t, couple.b, ackId, 'accurate');
    const afterStep1 = await path();
    expect(afterStep1.steps[0]).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-10T12:00:00.000Z',
    });

    // Step 3: B's impact statement, A's apology, another try, then understood.
    const statement = await writeImpactStatement(t, couple.b, breachId);
    const first = await writeApology(t, couple.a, breachId, statement);
    await rateApology(t, couple.b, first, 3, { comment: 'Say it without the reasons.' });
    expect((await path(couple.a)).steps[2]?.status).toBe('not-yet');
    const second = await writeApology(
      t,
      couple.a,
      breachId,
      statement,
      apologyParts({ responsibility: 'It was my choice, with no reasons beside it.' }),
    );
    await rateApology(t, couple.b, second, 6);
    expect((await path()).steps[2]?.status).toBe('reached');

    // Step 4: one agreement accepted by both.
    const agreement = await proposeAgreement(t, couple.a);
    expect((await path(couple.b)).suggestions.find((s) => s.step === 4)).toMatchObject({
      kind: 'answer-agreement',
      who: 'you',
    });
    await acceptVersion(t, couple.b, agreement.pending!.id);
    expect((await path()).steps[3]?.status).toBe('reached');

    // Step 2: check-ins in 3 of the last 4 weeks, and a conversation both felt safe in.
    await checkInBoth(['2026-02-20', '2026-02-27', '2026-03-05']);
    const talk = await logConversation(t, couple.a, { day: '2026-03-09' });
    await rateConversation(t, couple.a, talk, 6);
    expect((await path()).steps[1]?.missing).toEqual(['safe-conversation']);
    await rateConversation(t, couple.b, talk, 5);

    for (const member of [couple.a, couple.b]) {
      const body = await path(member);
      expect(statuses(body).slice(0, 4)).toEqual(['reached', 'reached', 'reached', 'reached']);
      // With the repair phase walked, the path turns to step 5.
      expect(body.next).toMatchObject({ kind: 'make-commitment', step: 5, who: 'you' });
    }

    // A setback resets nothing.
    await logSetback(t, couple.b, { kind: 'hard-day', severity: 'moderate' });
    expect(statuses(await path()).slice(0, 4)).toEqual([
      'reached',
      'reached',
      'reached',
      'reached',
    ]);
  });

  it('counts only what the reader may see: a partner’s check-in not yet revealed does not count', async () => {
    await checkInBoth(['2026-02-24', '2026-03-03']);
    // A checked in yesterday; B today — A has not checked in today, so B's today is hidden from A.
    await checkInBoth(['2026-03-09'], [couple.a]);
    expect((await putCheckIn(t, couple.b, { trust: 5 })).statusCode).toBe(200);
    const talk = await logConversation(t, couple.a, { day: '2026-03-08' });
    await rateConversation(t, couple.a, talk, 6);
    await rateConversation(t, couple.b, talk, 6);

    expect((await path(couple.b)).steps[1]?.status).toBe('reached');
    expect((await path(couple.a)).steps[1]).toMatchObject({
      status: 'not-yet',
      missing: ['weekly-check-ins'],
    });
    // Once A checks in today, B's answers are revealed to A, and A's view agrees.
    expect((await putCheckIn(t, couple.a, { trust: 5 })).statusCode).toBe(200);
    expect((await path(couple.a)).steps[1]?.status).toBe('reached');
  });

  it('reaches step 9 when the hurt partner felt reassured in 3 of the last 4 weeks', async () => {
    await recordBreach(t, couple.b, { brokeTrust: 'partner' });
    const reassuredOn = async (days: string[], value: number) => {
      const now = t.clock.now();
      for (const day of days) {
        t.clock.set(new Date(`${day}T12:00:00Z`));
        expect((await putCheckIn(t, couple.b, { reassured: value })).statusCode).toBe(200);
      }
      t.clock.set(now);
    };
    // Two weeks reassured, and a week of a lower answer: not yet.
    await reassuredOn(['2026-02-20', '2026-02-26'], 6);
    await reassuredOn(['2026-03-05'], 4);
    expect((await path(couple.a)).steps[8]).toMatchObject({
      status: 'not-yet',
      missing: ['feeling-reassured'],
    });
    await reassuredOn(['2026-03-06'], 5);
    // The partner who broke trust reads the revealed answers: the same step, reached.
    expect((await path(couple.a)).steps[8]?.status).toBe('reached');
    expect((await path(couple.b)).steps[8]?.status).toBe('reached');
  });

  it('suggests professional help for a severe rating only to whoever can see it', async () => {
    const breachId = await recordBreach(t, couple.a);
    await ok(call(t, couple.b, 'PUT', `/breaches/${breachId}/my-severity`, { severity: 'severe' }));
    expect((await path(couple.b)).professionalHelp).toEqual({
      suggested: true,
      reasons: ['severe-breach'],
    });
    expect((await path(couple.a)).professionalHelp.suggested).toBe(false);
    await ok(
      call(t, couple.b, 'PUT', `/breaches/${breachId}/my-severity`, {
        severity: 'severe',
        visibility: 'shared',
      }),
    );
    expect((await path(couple.a)).professionalHelp.reasons).toEqual(['severe-breach']);
  });

  it('asks a partner alone in the space to invite the other first', async () => {
    const alone = await signUp(t);
    await createSpace(t, alone);
    const body = await path(alone);
    expect(body.steps.slice(0, 4).every((s) => s.missing.includes('partner'))).toBe(true);
    expect(body.next).toMatchObject({ kind: 'invite-partner', who: 'you' });
  });

  it('shows the timeline, newest first, with setbacks, and filters by day', async () => {
    const breachId = await recordBreach(t, couple.a, { title: 'The card', day: '2026-03-01' });
    t.clock.advance(60_000);
    await writeAcknowledgment(t, couple.a, breachId);
    t.clock.set(new Date('2026-03-11T09:00:00Z'));
    await logSetback(t, couple.b, { kind: 'discovery', severity: 'severe', day: '2026-03-11' });
    const all = await ok<{
      items: { kind: string; label: string | null; severity: string | null; at: string }[];
    }>(call(t, couple.a, 'GET', '/timeline'));
    expect(all.items.map((i) => i.kind)).toEqual([
      'setback-logged',
      'acknowledgment-written',
      'breach-recorded',
    ]);
    expect(all.items[0]).toMatchObject({ severity: 'severe' });
    expect(all.items[2]).toMatchObject({ label: 'The card' });
    const recent = await ok<{ items: { kind: string }[] }>(
      call(t, couple.a, 'GET', '/timeline?from=2026-03-11'),
    );
    expect(recent.items.map((i) => i.kind)).toEqual(['setback-logged']);
  });

  it('puts restore and regain on the timeline: a note appreciated, a need acknowledged, a statement once shared', async () => {
    const note = await sendNote(t, couple.a);
    t.clock.advance(60_000);
    await ok(call(t, couple.b, 'PUT', `/notes/${note}/appreciation`));
    const need = await listNeed(t, couple.b);
    t.clock.advance(60_000);
    await acknowledgeNeed(t, couple.a, need.id);
    t.clock.advance(60_000);
    const statement = { text: 'I am letting go of the anger.' };
    await ok(call(t, couple.b, 'PUT', '/forgiveness/statements/mine', statement));
    const timeline = async (member: TestMember) =>
      (
        await ok<{ items: { kind: string; memberId: string | null }[] }>(
          call(t, member, 'GET', '/timeline'),
        )
      ).items;
    // A private statement is on nobody's timeline, its author's included.
    for (const member of [couple.a, couple.b]) {
      expect(await timeline(member)).toEqual([
        expect.objectContaining({ kind: 'need-acknowledged', memberId: couple.a.id }),
        expect.objectContaining({ kind: 'note-appreciated', memberId: couple.b.id }),
      ]);
    }
    t.clock.advance(60_000);
    await ok(call(t, couple.b, 'PUT', '/forgiveness/statements/mine/sharing', { shared: true }));
    expect((await timeline(couple.a))[0]).toMatchObject({
      kind: 'forgiveness-statement-shared',
      memberId: couple.b.id,
      at: '2026-03-10T12:04:00.000Z',
    });
  });

  it('keeps another couple out of the picture', async () => {
    const other = await createCouple(t);
    const theirs = await recordBreach(t, other.a);
    await respond(t, other.b, await writeAcknowledgment(t, other.a, theirs));
    expect((await path(other.a)).steps[0]?.status).toBe('reached');
    const mine = await path();
    expect(mine.steps[0]?.status).toBe('not-yet');
    const timeline = await call(t, couple.a, 'GET', '/timeline');
    expect(timeline.body).not.toContain(theirs);
  });
});
