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
import {
  acceptVersion,
  call,
  logConversation,
  ok,
  problem,
  proposeAgreement,
  rateConversation,
} from '../../../../test/repair/factories.js';
import { makeCommitment } from '../../../../test/restore/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { reportOperations } from '../../../contract/operations/report.js';

/** The answer's shape comes from the contract, so a changed schema fails to compile here too. */
type Report = AnswerOf<typeof reportOperations.getTherapistReport>;

const at = (day: string) => new Date(`${day}T12:00:00Z`);

describeEachDatabase('the report for a therapist', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: at('2026-02-20') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const report = (query = '', member = couple.a) =>
    ok<Report>(call(t, member, 'GET', `/me/therapist-report${query}`));

  const checkIn = async (member: Couple['a'], body: Record<string, unknown>) => {
    const answer = await putCheckIn(t, member, body);
    expect(answer.statusCode, answer.body).toBe(200);
  };

  /** A month of a couple's entries: flagged, unflagged, private, outside the period, unrevealed. */
  async function writeEntries() {
    const { a, b } = couple;
    // Before the period.
    await checkIn(a, { trust: 1, note: { text: 'OLD NOTE', visibility: 'shared' } });
    t.clock.set(at('2026-03-02'));
    await checkIn(a, {
      trust: 3,
      honesty: 4,
      reliability: 5,
      openness: 2,
      note: { text: 'A shared, for the therapist', visibility: 'shared' },
      therapistMaySee: true,
    });
    await checkIn(b, {
      trust: 5,
      honesty: 6,
      note: { text: 'B PRIVATE NOTE', visibility: 'private' },
      therapistMaySee: true,
    });
    t.clock.set(at('2026-03-03'));
    await checkIn(b, { trust: 6, note: { text: 'B shared, not flagged', visibility: 'shared' } });
    t.clock.set(at('2026-03-09'));
    // Words only, no ratings: nothing for the chart, and private.
    await checkIn(a, { note: { text: 'A private words', visibility: 'private' } });
    t.clock.set(at('2026-03-10'));
    // Today: Alex has not checked in, so Sam's answers are not revealed to Alex yet.
    await checkIn(b, { trust: 7, note: { text: 'B TODAY UNREVEALED', visibility: 'shared' } });

    const flagged = await logConversation(t, a, {
      day: '2026-03-09',
      topic: 'Flagged talk',
      therapistMaySee: true,
    });
    await logConversation(t, b, { day: '2026-03-05', topic: 'Unflagged talk' });
    await logConversation(t, a, { day: '2026-01-02', topic: 'OLD TALK', therapistMaySee: true });
    await rateConversation(t, b, flagged, 5, 6, {
      note: { text: 'B RATING PRIVATE', visibility: 'private' },
      therapistMaySee: true,
    });
    await rateConversation(t, a, flagged, 6, 6, {
      note: { text: 'A rating shared', visibility: 'shared' },
      therapistMaySee: true,
    });
    const commitment = await makeCommitment(t, a, { therapistMaySee: true });
    const agreement = await proposeAgreement(t, a);
    await acceptVersion(t, b, agreement.pending!.id);
    return { flagged, commitment, agreement };
  }

  it('gathers the period’s shared entries with their flags, never a private one', async () => {
    const { flagged, commitment, agreement } = await writeEntries();
    const answer = await report('?from=2026-03-01&to=2026-03-10');
    const text = JSON.stringify(answer);

    expect(answer).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-10',
      today: '2026-03-10',
      you: { id: couple.a.id },
      partner: { id: couple.b.id },
    });
    expect(answer.steps).toHaveLength(10);
    expect(answer.steps.find((s) => s.key === 'set-boundaries')?.status).toBe('reached');

    // Private words of either partner, entries outside the period, and Sam's
    // unrevealed check-in of today never leave the server.
    for (const hidden of [
      'B PRIVATE NOTE',
      'B RATING PRIVATE',
      'A private words',
      'OLD NOTE',
      'OLD TALK',
      'B TODAY UNREVEALED',
    ]) {
      expect(text).not.toContain(hidden);
    }

    expect(answer.checkInNotes.map(({ id: _id, ...note }) => note)).toEqual([
      {
        authorId: couple.a.id,
        day: '2026-03-02',
        text: 'A shared, for the therapist',
        therapistMaySee: true,
      },
      {
        authorId: couple.b.id,
        day: '2026-03-03',
        text: 'B shared, not flagged',
        therapistMaySee: false,
      },
    ]);
    expect(answer.weeks).toEqual([
      { weekStart: '2026-02-23', mine: null, partner: null },
      {
        weekStart: '2026-03-02',
        mine: { trust: 3, honesty: 4, reliability: 5, openness: 2, days: 1 },
        partner: { trust: 5.5, honesty: 6, reliability: null, openness: null, days: 2 },
      },
      { weekStart: '2026-03-09', mine: null, partner: null },
    ]);

    expect(answer.conversations.map((c) => [c.topic, c.therapistMaySee])).toEqual([
      ['Unflagged talk', false],
      ['Flagged talk', true],
    ]);
    const talk = answer.conversations.find((c) => c.id === flagged)!;
    expect(talk.ratings).toEqual(
      expect.arrayContaining([
        {
          memberId: couple.a.id,
          feltSafe: 6,
          feltHeard: 6,
          note: 'A rating shared',
          therapistMaySee: true,
        },
        { memberId: couple.b.id, feltSafe: 5, feltHeard: 6, note: null, therapistMaySee: true },
      ]),
    );
    expect(answer.commitments).toEqual([
      expect.objectContaining({ id: commitment.id, ownerId: couple.a.id, therapistMaySee: true }),
    ]);
    expect(answer.agreements).toEqual([
      expect.objectContaining({
        id: agreement.id,
        status: 'active',
        text: 'We tell each other when we will be late.',
        therapistMaySee: false,
      }),
    ]);

    // Sam's own report holds Sam's own check-ins of today, and still not Alex's private words.
    const sams = JSON.stringify(await report('?from=2026-03-01&to=2026-03-10', couple.b));
    expect(sams).toContain('B TODAY UNREVEALED');
    expect(sams).not.toContain('A private words');
    expect(sams).not.toContain('B PRIVATE NOTE');
  });

  it('leaves out what lies outside the period', async () => {
    await writeEntries();
    const answer = await report('?from=2026-03-04&to=2026-03-06');
    expect(answer.checkInNotes).toEqual([]);
    expect(answer.conversations.map((c) => c.topic)).toEqual(['Unflagged talk']);
    // Made on 2026-03-10: not yet there in the period.
    expect(answer.commitments).toEqual([]);
    expect(answer.agreements).toEqual([]);
    expect(answer.weeks.map((w) => w.weekStart)).toEqual(['2026-03-02']);
    expect(answer.weeks[0]).toMatchObject({ mine: null, partner: null });
  });

  it('covers the last three months up to today unless told', async () => {
    const answer = await report();
    expect(answer).toMatchObject({ from: '2025-11-21', to: '2026-02-20' });
    expect(answer.weeks).toHaveLength(14);
  });

  it('refuses an invalid period with a stable code', async () => {
    const refused = async (query: string, status: number, code: string, field: string) => {
      const body = await problem(
        call(t, couple.a, 'GET', `/me/therapist-report${query}`),
        status,
        code,
      );
      expect(
        body.errors?.map((e) => e.field),
        query,
      ).toContain(field);
    };
    await refused('?from=2026-03-10&to=2026-03-01', 422, 'validation-failed', 'to');
    await refused('?from=2024-01-01&to=2026-03-10', 422, 'range-too-long', 'from');
    await refused('?from=2026-02-30', 422, 'validation-failed', 'from');
    await refused('?to=yesterday', 422, 'validation-failed', 'to');
    await refused('?from=2026-03-01&spaceId=x', 422, 'validation-failed', 'spaceId');
  });

  it('is a partner’s own: a member without a space is not found', async () => {
    const alone = await signUp(t);
    await problem(call(t, alone, 'GET', '/me/therapist-report'), 404, 'not-found');
    await createSpace(t, alone);
    const answer = await ok<Report>(call(t, alone, 'GET', '/me/therapist-report'));
    expect(answer.partner).toBeNull();
  });
});
