import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { call, ok, problem } from '../../../../test/repair/factories.js';
import { sendNote } from '../../../../test/kindness/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { kindnessOperations } from '../../../contract/operations/kindness.js';
import { appreciatedNotes, countAppreciatedNotes } from './reads.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type NoteBody = AnswerOf<typeof kindnessOperations.getNote>['note'];

describeEachDatabase('notes and gestures', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  it('sends a note and logs a gesture, both seen by the partner, newest first', async () => {
    const note = await sendNote(t, couple.a, { text: 'I loved walking with you.' });
    t.clock.advance(60_000);
    const gesture = await sendNote(t, couple.a, {
      kind: 'gesture',
      gestureKind: 'quality-time',
      text: 'Dinner, phones away',
    });
    t.clock.advance(60_000);
    const bare = await sendNote(t, couple.b, { kind: 'gesture', gestureKind: 'help' });
    const seen = await ok<{ note: NoteBody }>(call(t, couple.b, 'GET', `/notes/${note}`));
    expect(seen.note).toMatchObject({
      sentBy: couple.a.id,
      kind: 'note',
      gestureKind: null,
      text: 'I loved walking with you.',
      appreciatedAt: null,
    });
    const list = await ok<{ items: NoteBody[] }>(call(t, couple.a, 'GET', '/notes'));
    expect(list.items.map((n) => n.id)).toEqual([bare, gesture, note]);
    expect(list.items[0]).toMatchObject({ kind: 'gesture', gestureKind: 'help', text: null });
  });

  it('is appreciated by the partner once: a retry or a double tap writes one appreciation', async () => {
    const note = await sendNote(t, couple.a);
    const first = await ok<{ note: NoteBody }>(
      call(t, couple.b, 'PUT', `/notes/${note}/appreciation`),
    );
    expect(first.note.appreciatedAt).toBe('2026-03-10T12:00:00.000Z');
    t.clock.advance(3_600_000);
    const [again, twice] = await Promise.all([
      ok<{ note: NoteBody }>(call(t, couple.b, 'PUT', `/notes/${note}/appreciation`)),
      ok<{ note: NoteBody }>(call(t, couple.b, 'PUT', `/notes/${note}/appreciation`)),
    ]);
    expect(again.note.appreciatedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(twice.note.appreciatedAt).toBe('2026-03-10T12:00:00.000Z');
    expect(await countAppreciatedNotes(t.db.database.db, couple.spaceId, t.clock.now(), 30)).toBe(
      1,
    );
  });

  it('refuses appreciating one’s own note, and changes nothing', async () => {
    const note = await sendNote(t, couple.a);
    await problem(call(t, couple.a, 'PUT', `/notes/${note}/appreciation`), 403, 'own-entry');
    const seen = await ok<{ note: NoteBody }>(call(t, couple.a, 'GET', `/notes/${note}`));
    expect(seen.note.appreciatedAt).toBeNull();
  });

  it('counts appreciations by the partner within the window of days', async () => {
    const old = await sendNote(t, couple.a);
    await ok(call(t, couple.b, 'PUT', `/notes/${old}/appreciation`));
    t.clock.advance(10 * 86_400_000);
    const recent = await sendNote(t, couple.b, { kind: 'gesture', gestureKind: 'affection' });
    await ok(call(t, couple.a, 'PUT', `/notes/${recent}/appreciation`));
    await sendNote(t, couple.a, { text: 'Not appreciated yet' });
    const now = t.clock.now();
    expect(await countAppreciatedNotes(t.db.database.db, couple.spaceId, now, 9)).toBe(1);
    expect(await countAppreciatedNotes(t.db.database.db, couple.spaceId, now, 30)).toBe(2);
    const items = await appreciatedNotes(t.db.database.db, couple.spaceId, now, 9);
    expect(items).toEqual([
      {
        id: recent,
        kind: 'gesture',
        sentBy: couple.b.id,
        appreciatedBy: couple.a.id,
        appreciatedAt: now.toISOString(),
      },
    ]);
    const other = await createCouple(t);
    expect(await countAppreciatedNotes(t.db.database.db, other.spaceId, now, 30)).toBe(0);
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'letter' }, 'kind'],
      [{ kind: 'note', text: '   ' }, 'text'],
      [{ kind: 'note', text: 'x'.repeat(4001) }, 'text'],
      [{ kind: 'gesture' }, 'gestureKind'],
      [{ kind: 'gesture', gestureKind: 'flowers' }, 'gestureKind'],
      [{ kind: 'note', text: 'hi', gestureKind: 'help' }, 'gestureKind'],
      [{ kind: 'note', text: 'hi', visibility: 'private' }, 'visibility'],
    ];
    for (const [body, field] of cases) {
      const answer = await problem(
        call(t, couple.a, 'POST', '/notes', body),
        422,
        'validation-failed',
      );
      expect(answer.errors?.map((e) => e.field)).toContain(field);
    }
    expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/notes'))).items).toEqual([]);
  });

  it('answers 404 for another couple’s note, and has no route to change or delete one', async () => {
    const other = await createCouple(t);
    const theirs = await sendNote(t, other.a);
    await problem(call(t, couple.a, 'GET', `/notes/${theirs}`), 404, 'not-found');
    await problem(call(t, couple.a, 'PUT', `/notes/${theirs}/appreciation`), 404, 'not-found');
    const mine = await sendNote(t, couple.a);
    for (const method of ['PATCH', 'DELETE', 'PUT'] as const) {
      const answer = await call(t, couple.b, method, `/notes/${mine}`, {});
      expect(answer.statusCode).toBe(404);
    }
    const seen = await ok<{ note: NoteBody }>(call(t, other.b, 'GET', `/notes/${theirs}`));
    expect(seen.note.appreciatedAt).toBeNull();
  });
});
