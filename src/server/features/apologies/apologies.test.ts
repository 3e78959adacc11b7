import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createCouple, type Couple } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  apologyParts,
  call,
  ok,
  problem,
  rateApology,
  recordBreach,
  writeApology,
  writeImpactStatement,
} from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { apologyOperations } from '../../../contract/operations/apologies.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type StatementBody = AnswerOf<typeof apologyOperations.writeImpactStatement>['impactStatement'];
type ApologyBody = AnswerOf<typeof apologyOperations.getApology>['apology'];

describeEachDatabase('impact statements and apologies', (kind) => {
  let t: TestApp;
  let couple: Couple;
  let breachId: string;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
    // A broke trust; B was hurt.
    breachId = await recordBreach(t, couple.a, { brokeTrust: 'me' });
  });
  afterEach(() => t.close());

  const getApology = async (id: string, member = couple.b) =>
    (await ok<{ apology: ApologyBody }>(call(t, member, 'GET', `/apologies/${id}`))).apology;

  it('lets only the hurt partner write the impact statement', async () => {
    await problem(
      call(t, couple.a, 'POST', `/breaches/${breachId}/impact-statements`, { text: 'Mine?' }),
      403,
      'not-hurt-partner',
    );
    const id = await writeImpactStatement(t, couple.b, breachId);
    const list = await ok<{ items: StatementBody[] }>(
      call(t, couple.a, 'GET', `/breaches/${breachId}/impact-statements`),
    );
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        version: 1,
        latest: true,
        locked: false,
        can: { edit: false },
      }),
    ]);
  });

  it('shows the apology beside the impact statement it answers', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId, 'I felt erased.');
    await problem(
      call(t, couple.b, 'POST', `/breaches/${breachId}/apologies`, {
        impactStatementId: statementId,
        parts: apologyParts(),
      }),
      403,
      'not-partner-who-broke-trust',
    );
    const apologyId = await writeApology(t, couple.a, breachId, statementId);
    const apology = await getApology(apologyId);
    expect(apology).toMatchObject({
      version: 1,
      authorId: couple.a.id,
      impactStatementId: statementId,
      impactStatement: {
        id: statementId,
        text: 'I felt erased.',
        locked: true,
        lockReason: 'answered',
      },
      parts: apologyParts(),
      hints: [],
      can: { edit: false, rate: true },
    });
    const listed = await ok<{ items: ApologyBody[] }>(
      call(t, couple.b, 'GET', `/breaches/${breachId}/apologies`),
    );
    expect(listed.items[0]?.impactStatement?.text).toBe('I felt erased.');
  });

  it('answers with gentle hints for the author only, never a refusal', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId);
    const apologyId = await writeApology(
      t,
      couple.a,
      breachId,
      statementId,
      apologyParts({ responsibility: 'It was my choice, but I was under pressure.' }),
    );
    expect((await getApology(apologyId, couple.a)).hints).toEqual(['responsibility-has-but']);
    expect((await getApology(apologyId, couple.b)).hints).toEqual([]);
  });

  it('refuses an apology that answers no impact statement of the partner for this breach', async () => {
    const otherBreach = await recordBreach(t, couple.a);
    const elsewhere = await writeImpactStatement(t, couple.b, otherBreach);
    await problem(
      call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
        impactStatementId: elsewhere,
        parts: apologyParts(),
      }),
      422,
      'validation-failed',
    );
    await problem(
      call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
        impactStatementId: '01900000-0000-7000-8000-000000000000',
        parts: apologyParts(),
      }),
      422,
      'validation-failed',
    );
    const listed = await ok<{ items: unknown[] }>(
      call(t, couple.a, 'GET', `/breaches/${breachId}/apologies`),
    );
    expect(listed.items).toEqual([]);
  });

  it('refuses empty, missing and oversize parts', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId);
    const cases: [Record<string, unknown>, string][] = [
      [apologyParts({ responsibility: '' }), 'parts.responsibility'],
      [apologyParts({ impact: '   ' }), 'parts.impact'],
      [apologyParts({ whatWillChange: 'x'.repeat(2001) }), 'parts.whatWillChange'],
      [{ whatHappened: 'only one part' }, 'parts.impact'],
      [apologyParts({ excuse: 'because' }), 'parts.excuse'],
    ];
    for (const [parts, field] of cases) {
      const answer = await problem(
        call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
          impactStatementId: statementId,
          parts,
        }),
        422,
        'validation-failed',
      );
      expect(answer.errors?.map((e) => e.field)).toContain(field);
    }
  });

  it('lets only the hurt partner rate, once per version, with another try asked for by comment', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId);
    const first = await writeApology(t, couple.a, breachId, statementId);
    await problem(
      call(t, couple.a, 'POST', `/apologies/${first}/rating`, { understood: 7 }),
      403,
      'own-entry',
    );
    for (const body of [
      { understood: 0 },
      { understood: 8 },
      { understood: 4.5 },
      { understood: 3, anotherTry: true },
    ]) {
      await problem(
        call(t, couple.b, 'POST', `/apologies/${first}/rating`, body),
        422,
        'validation-failed',
      );
    }
    await rateApology(t, couple.b, first, 3, {
      comment: 'You still explain instead of owning it.',
    });
    expect((await getApology(first)).rating).toEqual(
      expect.objectContaining({
        understood: 3,
        anotherTry: true,
        comment: 'You still explain instead of owning it.',
      }),
    );
    await problem(
      call(t, couple.b, 'POST', `/apologies/${first}/rating`, { understood: 6 }),
      409,
      'already-answered',
    );
    // The author cannot rewrite a rated apology; another try is a new version.
    await problem(
      call(t, couple.a, 'PATCH', `/apologies/${first}`, { parts: apologyParts() }),
      409,
      'version-locked',
    );
    const second = await writeApology(
      t,
      couple.a,
      breachId,
      statementId,
      apologyParts({ responsibility: 'I chose to hide it. That is on me.' }),
    );
    await rateApology(t, couple.b, second, 6);
    const all = await ok<{ items: ApologyBody[] }>(
      call(t, couple.a, 'GET', `/breaches/${breachId}/apologies`),
    );
    expect(all.items.map((a) => [a.version, a.rating?.understood, a.latest])).toEqual([
      [1, 3, false],
      [2, 6, true],
    ]);
  });

  it('lets the author correct an unrated newest apology, and the hurt partner an unanswered statement', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId, 'Frist draft');
    const fixed = await ok<{ impactStatement: StatementBody }>(
      call(t, couple.b, 'PATCH', `/impact-statements/${statementId}`, { text: 'First draft' }),
    );
    expect(fixed.impactStatement.text).toBe('First draft');
    await problem(
      call(t, couple.a, 'PATCH', `/impact-statements/${statementId}`, { text: 'No' }),
      403,
      'not-author',
    );
    const apologyId = await writeApology(t, couple.a, breachId, statementId);
    await problem(
      call(t, couple.b, 'PATCH', `/impact-statements/${statementId}`, { text: 'Too late' }),
      409,
      'version-locked',
    );
    const edited = await ok<{ apology: ApologyBody }>(
      call(t, couple.a, 'PATCH', `/apologies/${apologyId}`, {
        parts: apologyParts({ whatHappened: 'Corrected.' }),
      }),
    );
    expect(edited.apology.parts.whatHappened).toBe('Corrected.');
    await problem(
      call(t, couple.b, 'PATCH', `/apologies/${apologyId}`, { parts: apologyParts() }),
      403,
      'not-author',
    );
  });

  it('refuses an apology or impact statement unchanged from its author’s last, kindly', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId, 'I felt foolish.');
    await problem(
      call(t, couple.b, 'POST', `/breaches/${breachId}/impact-statements`, {
        text: 'I felt  foolish.',
      }),
      409,
      'unchanged-version',
    );
    await writeApology(t, couple.a, breachId, statementId);
    const same = await problem(
      call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
        impactStatementId: statementId,
        parts: apologyParts(),
      }),
      409,
      'unchanged-version',
    );
    expect(same).toMatchObject({ title: 'This is the same as your last version' });
    // One part said differently is a new version.
    await writeApology(
      t,
      couple.a,
      breachId,
      statementId,
      apologyParts({ whatWillChange: 'I will tell you before you have to ask.' }),
    );
    const apologies = await ok<{ items: unknown[] }>(
      call(t, couple.b, 'GET', `/breaches/${breachId}/apologies`),
    );
    expect(apologies.items).toHaveLength(2);
  });

  it('stores every part encrypted', async () => {
    const statementId = await writeImpactStatement(t, couple.b, breachId, 'plain statement words');
    await writeApology(t, couple.a, breachId, statementId);
    const [apology] = await t.db.database.db.selectFrom('apologies').selectAll().execute();
    for (const column of ['whatHappened', 'impact', 'responsibility', 'whatWillChange'] as const) {
      expect(apology![column]).toMatch(/^m1\./);
    }
    const [statement] = await t.db.database.db.selectFrom('impactStatements').selectAll().execute();
    expect(statement!.text).not.toContain('plain');
  });

  it('answers 404 for another couple’s statements and apologies', async () => {
    const other = await createCouple(t);
    const theirBreach = await recordBreach(t, other.a);
    const theirStatement = await writeImpactStatement(t, other.b, theirBreach);
    const theirApology = await writeApology(t, other.a, theirBreach, theirStatement);
    const tries = [
      call(t, couple.b, 'GET', `/breaches/${theirBreach}/impact-statements`),
      call(t, couple.b, 'POST', `/breaches/${theirBreach}/impact-statements`, { text: 'x' }),
      call(t, couple.b, 'PATCH', `/impact-statements/${theirStatement}`, { text: 'x' }),
      call(t, couple.b, 'GET', `/breaches/${theirBreach}/apologies`),
      call(t, couple.b, 'GET', `/apologies/${theirApology}`),
      call(t, couple.b, 'PATCH', `/apologies/${theirApology}`, { parts: apologyParts() }),
      call(t, couple.b, 'POST', `/apologies/${theirApology}/rating`, { understood: 7 }),
    ];
    for (const attempt of tries) await problem(attempt, 404, 'not-found');
    // Their impact statement named in our apology: refused, and no hint that it exists.
    await problem(
      call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
        impactStatementId: theirStatement,
        parts: apologyParts(),
      }),
      422,
      'validation-failed',
    );
    expect((await getApology(theirApology, other.b)).rating).toBeNull();
  });
});
