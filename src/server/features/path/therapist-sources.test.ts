import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, TEST_KEY, type TestApp } from '../../../../test/support/test-app.js';
import {
  logConversation,
  logSetback,
  recordBreach,
  writeAcknowledgment,
} from '../../../../test/repair/factories.js';
import { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { REPAIR_THERAPIST_SOURCES } from './therapist-sources.js';

describeEachDatabase('what a therapist may see of the repair phase', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const seen = async (spaceId: string) => {
    const context = {
      db: t.db.database.db,
      cipher: new FieldCipher(TEST_KEY),
      spaceId,
      reader: { role: 'therapist' as const, memberId: '01900000-0000-7000-8000-000000000000' },
      now: t.clock.now(),
    };
    return (await Promise.all(REPAIR_THERAPIST_SOURCES.map((s) => s.list(context)))).flat();
  };

  it('shows only shared entries their authors flagged, never anything else', async () => {
    const flagged = await recordBreach(t, couple.a, {
      title: 'Flagged breach',
      therapistMaySee: true,
    });
    await recordBreach(t, couple.a, { title: 'Not flagged' });
    await writeAcknowledgment(t, couple.a, flagged, 'Not flagged acknowledgment');
    await logConversation(t, couple.b, { topic: 'Flagged talk', therapistMaySee: true });
    await logSetback(t, couple.b, { note: 'Unflagged setback' });
    const entries = await seen(couple.spaceId);
    expect(
      entries.map((e) => [e.kind, e.kind === 'breach' ? e.facts.title : e.text]).sort(),
    ).toEqual([
      ['breach', 'Flagged breach'],
      ['conversation', 'Flagged talk'],
    ]);
  });

  it('shows nothing of another space', async () => {
    const other = await createCouple(t);
    await recordBreach(t, other.a, { therapistMaySee: true });
    expect(await seen(couple.spaceId)).toEqual([]);
  });
});
