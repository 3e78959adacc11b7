import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import { sendNote } from '../../../../test/kindness/factories.js';
import { AFFIRMATIONS } from '../../../contract/kindness/affirmations.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { kindnessOperations } from '../../../contract/operations/kindness.js';
import type { reassuranceOperations } from '../../../contract/operations/reassurance.js';

type Overview = AnswerOf<typeof reassuranceOperations.listReassurance>;
type Asked = AnswerOf<typeof reassuranceOperations.askForReassurance>;
type NoteBody = AnswerOf<typeof kindnessOperations.getNote>['note'];

const PHRASE = AFFIRMATIONS[0]!;

describeEachDatabase('asking for reassurance, answered by a note or an affirmation', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const ask = (member = couple.a) => ok<Asked>(call(t, member, 'PUT', '/reassurance/today'));
  const overview = (member = couple.b) => ok<Overview>(call(t, member, 'GET', '/reassurance'));

  it('asks once a day: identical asks at once meet one request', async () => {
    const asks = await Promise.all(Array.from({ length: 6 }, () => ask()));
    expect(new Set(asks.map((a) => a.request.id)).size).toBe(1);
    const seen = await overview();
    expect(seen.items).toHaveLength(1);
    expect(seen.items[0]).toEqual({
      id: asks[0]!.request.id,
      askedBy: couple.a.id,
      day: '2026-03-10',
      createdAt: '2026-03-10T12:00:00.000Z',
      answeredAt: null,
      answerNoteId: null,
    });
    // The next day is a new request.
    t.clock.advance(86_400_000);
    const next = await ask();
    expect(next.request.id).not.toBe(asks[0]!.request.id);
    expect((await overview()).items.map((r) => r.day)).toEqual(['2026-03-11', '2026-03-10']);
  });

  it('is answered by the partner with an affirmation as it is, once', async () => {
    const { request } = await ask();
    t.clock.advance(60_000);
    const body = { kind: 'affirmation', phraseId: PHRASE.id, answersRequestId: request.id };
    const first = await ok<{ note: NoteBody }>(call(t, couple.b, 'POST', '/notes', body), 201);
    // The phrase's words are kept with the note.
    expect(first.note).toMatchObject({
      kind: 'affirmation',
      phraseId: PHRASE.id,
      text: PHRASE.text,
    });
    t.clock.advance(60_000);
    await sendNote(t, couple.b, { text: 'And I mean it.', answersRequestId: request.id });
    const [answered] = (await overview(couple.a)).items;
    expect(answered).toMatchObject({
      answeredAt: '2026-03-10T12:01:00.000Z',
      answerNoteId: first.note.id,
    });
  });

  it('takes an affirmation in the sender’s own words', async () => {
    const own = 'You can tell me anything. I will listen first, always.';
    const sent = await ok<{ note: NoteBody }>(
      call(t, couple.a, 'POST', '/notes', { kind: 'affirmation', phraseId: PHRASE.id, text: own }),
      201,
    );
    expect(sent.note.text).toBe(own);
  });

  it('refuses answering one’s own request, an unknown phrase and a stray phrase, writing nothing', async () => {
    const { request } = await ask();
    const mine = { kind: 'note', text: 'Me to me', answersRequestId: request.id };
    await problem(call(t, couple.a, 'POST', '/notes', mine), 403, 'own-entry');
    const unknown = { kind: 'affirmation', phraseId: 'future.made-up' };
    await problem(call(t, couple.b, 'POST', '/notes', unknown), 422, 'unknown-phrase');
    const stray = { kind: 'note', text: 'Hi', phraseId: PHRASE.id };
    await problem(call(t, couple.b, 'POST', '/notes', stray), 422, 'validation-failed');
    const bare = { kind: 'affirmation' };
    await problem(call(t, couple.b, 'POST', '/notes', bare), 422, 'validation-failed');
    const nowhere = {
      kind: 'note',
      text: 'Hi',
      answersRequestId: '0190f0a0-0000-7000-8000-000000000000',
    };
    await problem(call(t, couple.b, 'POST', '/notes', nowhere), 404, 'not-found');
    expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/notes'))).items).toEqual([]);
    expect((await overview()).items[0]!.answeredAt).toBeNull();
  });
});
