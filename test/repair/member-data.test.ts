/**
 * The repair phase in "your data": the export carries the member's own words
 * and the partner's shared ones (never the partner's private ones, nor a
 * rating not yet revealed); leaving takes the leaver's private entries; and
 * deleting an account removes the member's rows and leaves the partner's own.
 */
import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createCouple, type Couple } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import {
  acceptVersion,
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
} from './factories.js';

const REPAIR_TABLES = [
  'breaches',
  'breach_severity_ratings',
  'acknowledgments',
  'acknowledgment_responses',
  'impact_statements',
  'apologies',
  'apology_ratings',
  'conversations',
  'conversation_ratings',
  'prompt_picks',
  'agreements',
  'agreement_versions',
  'agreement_answers',
  'agreement_breaks',
  'setbacks',
] as const;

describeEachDatabase('repair data: export, leaving, deleting an account', (kind) => {
  let t: TestApp;
  let couple: Couple;
  let breachId: string;
  let conversationId: string;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
    const { a, b } = couple;
    // A broke trust; B recorded it. Everything of the repair phase, once.
    breachId = await recordBreach(t, b, { brokeTrust: 'partner', title: 'B recorded this' });
    await ok(call(t, a, 'PUT', `/breaches/${breachId}/my-severity`, { severity: 'minor' }));
    await ok(call(t, b, 'PUT', `/breaches/${breachId}/my-severity`, { severity: 'severe' }));
    const ack = await writeAcknowledgment(t, a, breachId, 'A acknowledges');
    await respond(t, b, ack, 'something-missing', 'B says something is missing');
    const statement = await writeImpactStatement(t, b, breachId, 'B impact words');
    const apology = await writeApology(t, a, breachId, statement);
    await rateApology(t, b, apology, 4, { comment: 'B asks for another try' });
    conversationId = await logConversation(t, a, { topic: 'A logged this talk' });
    await rateConversation(t, a, conversationId, 5, 5, {
      note: { text: 'A private talk note', visibility: 'private' },
    });
    await rateConversation(t, b, conversationId, 6, 6, {
      note: { text: 'B private talk note', visibility: 'private' },
    });
    await ok(call(t, a, 'POST', '/prompts/s1-honesty-1/picks'), 201);
    const agreement = await proposeAgreement(t, b, 'B proposes terms');
    await acceptVersion(t, a, agreement.pending!.id);
    await ok(
      call(t, a, 'POST', `/agreements/${agreement.id}/disclosures`, {
        day: '2026-03-10',
        note: 'A broke it',
      }),
      201,
    );
    await logSetback(t, b, { note: 'B hard day' });
  });
  afterEach(() => t.close());

  it('exports every repair table for a member, with the partner’s shared words only', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/me/export',
      cookie: couple.a.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    const data = response.json<{ data: Record<string, unknown[]> }>().data;
    for (const table of REPAIR_TABLES) expect(data[table]?.length, table).toBeGreaterThan(0);
    for (const words of ['B recorded this', 'B impact words', 'B proposes terms', 'B hard day']) {
      expect(response.body).toContain(words);
    }
    expect(response.body).toContain('A private talk note');
    expect(response.body).not.toContain('B private talk note');
    // B's severity rating is private: not in A's export.
    expect(response.body).not.toContain('severe');
  });

  it('leaves the partner’s rating out of the export until it is revealed', async () => {
    const talk = await logConversation(t, couple.a, { topic: 'Another' });
    await rateConversation(t, couple.b, talk, 2, 2);
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/me/export',
      cookie: couple.a.cookie,
    });
    const ratings = response.json<{
      data: { conversation_ratings: { conversationId: string; authorId: string }[] };
    }>().data.conversation_ratings;
    expect(ratings.filter((r) => r.conversationId === talk)).toEqual([]);
  });

  it('takes the leaver’s private entries with them and leaves the shared ones', async () => {
    const db = t.db.database.db;
    const left = await t.request({
      method: 'DELETE',
      url: '/api/v1/space/membership',
      cookie: couple.b.cookie,
    });
    expect(left.statusCode, left.body).toBe(204);
    const severities = await db.selectFrom('breachSeverityRatings').selectAll().execute();
    expect(severities.map((s) => s.authorId)).toEqual([couple.a.id]);
    const bRating = await db
      .selectFrom('conversationRatings')
      .selectAll()
      .where('authorId', '=', couple.b.id)
      .executeTakeFirstOrThrow();
    expect(bRating).toMatchObject({ feltSafe: 6, noteText: null, noteVisibility: null });
    const aRating = await db
      .selectFrom('conversationRatings')
      .selectAll()
      .where('authorId', '=', couple.a.id)
      .executeTakeFirstOrThrow();
    expect(aRating.noteText).not.toBeNull();
    // B's shared words stay with the space A keeps.
    const breach = await ok<{ breach: { title: string } }>(
      call(t, couple.a, 'GET', `/breaches/${breachId}`),
    );
    expect(breach.breach.title).toBe('B recorded this');
  });

  it('deletes every row of the member and leaves the partner’s own entries intact', async () => {
    const db = t.db.database.db;
    const countOf = async (table: string, authorId: string) => {
      const { rows } = await sql<{
        n: number;
      }>`select count(*) as n from ${sql.table(table)} where author_id = ${authorId}`.execute(db);
      return Number(rows[0]?.n);
    };
    const partnerBefore: Record<string, number> = {};
    for (const table of REPAIR_TABLES) partnerBefore[table] = await countOf(table, couple.b.id);

    const deleted = await t.request({
      method: 'DELETE',
      url: '/api/v1/me',
      cookie: couple.a.cookie,
    });
    expect(deleted.statusCode, deleted.body).toBe(204);

    for (const table of REPAIR_TABLES) {
      expect(await countOf(table, couple.a.id), table).toBe(0);
      expect(await countOf(table, couple.b.id), table).toBe(partnerBefore[table]);
    }
    // No column anywhere in the repair tables still names A.
    for (const table of REPAIR_TABLES) {
      const row = await db.selectFrom(sql.table(table).as('t')).selectAll().execute();
      expect(JSON.stringify(row), table).not.toContain(couple.a.id);
    }
    // B still reads their own breach record, now naming nobody as the one who broke trust.
    const breach = await ok<{ breach: { brokeTrust: string[]; hurt: string[] } }>(
      call(t, couple.b, 'GET', `/breaches/${breachId}`),
    );
    expect(breach.breach).toMatchObject({ brokeTrust: [], hurt: [couple.b.id] });
    const agreements = await ok<{ items: { versions: unknown[] }[] }>(
      call(t, couple.b, 'GET', '/agreements'),
    );
    expect(agreements.items[0]?.versions).toHaveLength(1);
  });
});
