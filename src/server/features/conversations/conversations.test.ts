import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  createSpace,
  signUp,
  type Couple,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  call,
  logConversation,
  ok,
  problem,
  rateConversation,
  recordBreach,
} from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { conversationOperations } from '../../../contract/operations/conversations.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type ConversationBody = AnswerOf<typeof conversationOperations.getConversation>['conversation'];

describeEachDatabase('conversations', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const get = async (id: string, member = couple.a) =>
    (await ok<{ conversation: ConversationBody }>(call(t, member, 'GET', `/conversations/${id}`)))
      .conversation;

  it('logs a conversation with day, topic, length and who started it', async () => {
    const breachId = await recordBreach(t, couple.a);
    const id = await logConversation(t, couple.a, {
      startedBy: 'partner',
      promptId: 's2-honesty-1',
      breachId,
      topic: '  The first real talk  ',
    });
    const seenByB = await get(id, couple.b);
    expect(seenByB).toMatchObject({
      loggedBy: couple.a.id,
      day: '2026-03-09',
      topic: 'The first real talk',
      minutes: 40,
      startedBy: couple.b.id,
      prompt: { id: 's2-honesty-1' },
      breachId,
      myRating: null,
      partnerRating: null,
    });
    const list = await ok<{ items: ConversationBody[] }>(
      call(t, couple.b, 'GET', '/conversations'),
    );
    expect(list.items.map((c) => c.id)).toEqual([id]);
  });

  it('refuses bad input and logs nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ topic: '' }, 'topic'],
      [{ topic: 'x'.repeat(201) }, 'topic'],
      [{ minutes: 0 }, 'minutes'],
      [{ minutes: 601 }, 'minutes'],
      [{ minutes: 12.5 }, 'minutes'],
      [{ startedBy: 'therapist' }, 'startedBy'],
      [{ day: '2026-03-11' }, 'day'],
      [{ promptId: 's9-honesty-99' }, 'promptId'],
      [{ promptId: 'drop table' }, 'promptId'],
    ];
    for (const [overrides, field] of cases) {
      const answer = await problem(
        call(t, couple.a, 'POST', '/conversations', {
          day: '2026-03-09',
          topic: 'Talk',
          minutes: 30,
          startedBy: 'me',
          ...overrides,
        }),
        422,
        'validation-failed',
      );
      expect(
        answer.errors?.map((e) => e.field),
        JSON.stringify(overrides),
      ).toContain(field);
    }
    expect(
      (await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/conversations'))).items,
    ).toEqual([]);
  });

  it('waits for the partner to join before a conversation can be logged', async () => {
    const alone = await signUp(t);
    await createSpace(t, alone);
    await problem(
      call(t, alone, 'POST', '/conversations', {
        day: '2026-03-09',
        topic: 'Talk',
        minutes: 30,
        startedBy: 'me',
      }),
      409,
      'partner-not-joined',
    );
  });

  it('hides the partner’s rating until the reader rated too (answer privately, then reveal)', async () => {
    const id = await logConversation(t, couple.a);
    await rateConversation(t, couple.a, id, 6, 5, {
      note: { text: 'I felt calmer than I expected', visibility: 'shared' },
    });
    const beforeB = await get(id, couple.b);
    expect(beforeB.partnerRating).toBeNull();
    expect(JSON.stringify(beforeB)).not.toContain('calmer');

    await rateConversation(t, couple.b, id, 3, 4);
    const afterB = await get(id, couple.b);
    expect(afterB.myRating).toMatchObject({ feltSafe: 3, feltHeard: 4, note: null });
    expect(afterB.partnerRating).toMatchObject({
      memberId: couple.a.id,
      feltSafe: 6,
      feltHeard: 5,
      note: { text: 'I felt calmer than I expected', visibility: 'shared' },
    });
  });

  it('reveals the partner’s rating once the day it was given is over for the reader', async () => {
    const id = await logConversation(t, couple.a);
    await rateConversation(t, couple.a, id, 5);
    expect((await get(id, couple.b)).partnerRating).toBeNull();
    t.clock.set(new Date('2026-03-11T00:30:00Z'));
    expect((await get(id, couple.b)).partnerRating).toMatchObject({ feltSafe: 5 });
  });

  it('never shows a private note to the partner, even after the reveal', async () => {
    const id = await logConversation(t, couple.a);
    await rateConversation(t, couple.a, id, 4, 4, {
      note: { text: 'only for me to read', visibility: 'private' },
    });
    await rateConversation(t, couple.b, id, 4);
    const asB = await call(t, couple.b, 'GET', `/conversations/${id}`);
    expect(asB.json<{ conversation: ConversationBody }>().conversation.partnerRating).toMatchObject(
      {
        feltSafe: 4,
        note: null,
      },
    );
    expect(asB.body).not.toContain('only for me');
    expect((await get(id, couple.a)).myRating?.note?.text).toBe('only for me to read');
  });

  it('updates the rating when given again, keeps the note when left out, removes it with null', async () => {
    const id = await logConversation(t, couple.a);
    await rateConversation(t, couple.a, id, 4, 4, {
      note: { text: 'first', visibility: 'private' },
    });
    await rateConversation(t, couple.a, id, 6, 5);
    expect((await get(id)).myRating).toMatchObject({
      feltSafe: 6,
      feltHeard: 5,
      note: { text: 'first' },
    });
    await rateConversation(t, couple.a, id, 6, 5, { note: null });
    expect((await get(id)).myRating?.note).toBeNull();
    const rows = await t.db.database.db.selectFrom('conversationRatings').selectAll().execute();
    expect(rows).toHaveLength(1);
  });

  it('refuses ratings outside 1–7', async () => {
    const id = await logConversation(t, couple.a);
    for (const body of [
      { feltSafe: 0, feltHeard: 4 },
      { feltSafe: 8, feltHeard: 4 },
      { feltSafe: 4, feltHeard: 2.5 },
      { feltSafe: 4 },
    ]) {
      await problem(
        call(t, couple.a, 'PUT', `/conversations/${id}/my-rating`, body),
        422,
        'validation-failed',
      );
    }
    expect((await get(id)).myRating).toBeNull();
  });

  it('stores the topic and notes encrypted', async () => {
    const id = await logConversation(t, couple.a, { topic: 'topic words here' });
    await rateConversation(t, couple.a, id, 4, 4, {
      note: { text: 'note words here', visibility: 'private' },
    });
    const db = t.db.database.db;
    const talk = await db.selectFrom('conversations').select('topic').executeTakeFirstOrThrow();
    const rating = await db
      .selectFrom('conversationRatings')
      .select('noteText')
      .executeTakeFirstOrThrow();
    expect(talk.topic).toMatch(/^m1\./);
    expect(rating.noteText).toMatch(/^m1\./);
  });

  it('answers 404 for another couple’s conversation, and for their breach as a reference', async () => {
    const other = await createCouple(t);
    const theirs = await logConversation(t, other.a);
    const theirBreach = await recordBreach(t, other.a);
    await problem(call(t, couple.a, 'GET', `/conversations/${theirs}`), 404, 'not-found');
    await problem(
      call(t, couple.a, 'PUT', `/conversations/${theirs}/my-rating`, { feltSafe: 1, feltHeard: 1 }),
      404,
      'not-found',
    );
    await problem(
      call(t, couple.a, 'POST', '/conversations', {
        day: '2026-03-09',
        topic: 'Talk',
        minutes: 30,
        startedBy: 'me',
        breachId: theirBreach,
      }),
      404,
      'not-found',
    );
    expect((await get(theirs, other.b)).partnerRating).toBeNull();
  });
});
