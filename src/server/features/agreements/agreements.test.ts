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
  acceptVersion,
  call,
  ok,
  problem,
  proposeAgreement,
} from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { agreementOperations } from '../../../contract/operations/agreements.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type FullAgreement = AnswerOf<typeof agreementOperations.getAgreement>['agreement'];

describeEachDatabase('agreements', (kind) => {
  let t: TestApp;
  let couple: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const get = async (id: string, member = couple.a) =>
    (await ok<{ agreement: FullAgreement }>(call(t, member, 'GET', `/agreements/${id}`))).agreement;

  it('becomes active only when the partner accepts; the proposer cannot accept for them', async () => {
    const proposed = await proposeAgreement(t, couple.a, 'We share our locations on nights out.');
    const versionId = proposed.pending!.id;
    expect(proposed).toMatchObject({ status: 'proposed', active: null });
    await problem(
      call(t, couple.a, 'POST', `/agreement-versions/${versionId}/acceptance`),
      403,
      'own-proposal',
    );
    expect((await get(proposed.id)).status).toBe('proposed');

    const seenByB = await get(proposed.id, couple.b);
    expect(seenByB.pending?.can).toEqual({ accept: true, decline: true, edit: false });
    const accepted = await acceptVersion(t, couple.b, versionId);
    expect(accepted).toMatchObject({ status: 'active', pending: null });
    const full = await get(proposed.id);
    expect(full.active).toMatchObject({
      id: versionId,
      state: 'accepted',
      text: 'We share our locations on nights out.',
      locked: true,
      lockReason: 'answered',
    });
    expect([...full.active!.acceptedBy].sort()).toEqual([couple.a.id, couple.b.id].sort());
    // A retried tap changes nothing.
    expect((await acceptVersion(t, couple.b, versionId)).status).toBe('active');
  });

  it('keeps the accepted terms in force while a change waits for both', async () => {
    const proposed = await proposeAgreement(t, couple.a, 'Phones stay on the table at dinner.');
    await acceptVersion(t, couple.b, proposed.pending!.id);
    const changed = await ok<{ agreement: FullAgreement }>(
      call(t, couple.b, 'POST', `/agreements/${proposed.id}/versions`, {
        text: 'Phones stay in the hall at dinner.',
        reviewOn: '2026-04-10',
      }),
      201,
    );
    expect(changed.agreement).toMatchObject({
      status: 'active',
      active: { version: 1, text: 'Phones stay on the table at dinner.' },
      pending: { version: 2, text: 'Phones stay in the hall at dinner.', reviewOn: '2026-04-10' },
    });
    await problem(
      call(t, couple.b, 'POST', `/agreement-versions/${changed.agreement.pending!.id}/acceptance`),
      403,
      'own-proposal',
    );
    await acceptVersion(t, couple.a, changed.agreement.pending!.id);
    const after = await get(proposed.id);
    expect(after.active).toMatchObject({ version: 2 });
    expect(after.versions.map((v) => [v.version, v.state])).toEqual([
      [1, 'accepted'],
      [2, 'accepted'],
    ]);
  });

  it('lets the partner decline with a comment; the declined version stays, answered', async () => {
    const proposed = await proposeAgreement(t, couple.a);
    const versionId = proposed.pending!.id;
    const declined = await ok<{ agreement: FullAgreement }>(
      call(t, couple.b, 'POST', `/agreement-versions/${versionId}/decline`, {
        comment: 'Not every time — most times.',
      }),
    );
    expect(declined.agreement.versions[0]).toMatchObject({
      state: 'declined',
      answers: [
        { memberId: couple.b.id, answer: 'declined', comment: 'Not every time — most times.' },
      ],
    });
    await problem(
      call(t, couple.b, 'POST', `/agreement-versions/${versionId}/acceptance`),
      409,
      'already-answered',
    );
    await problem(
      call(t, couple.a, 'PATCH', `/agreement-versions/${versionId}`, { text: 'Sneaky change' }),
      409,
      'version-locked',
    );
  });

  it('lets the author correct an unanswered proposal, and nobody edit an accepted one', async () => {
    const proposed = await proposeAgreement(t, couple.a, 'Frist draft');
    const versionId = proposed.pending!.id;
    const fixed = await ok<{ agreement: FullAgreement }>(
      call(t, couple.a, 'PATCH', `/agreement-versions/${versionId}`, {
        text: 'First draft',
        reviewOn: '2026-03-20',
      }),
    );
    expect(fixed.agreement.pending).toMatchObject({
      text: 'First draft',
      reviewOn: '2026-03-20',
      version: 1,
    });
    await problem(
      call(t, couple.b, 'PATCH', `/agreement-versions/${versionId}`, { text: 'Mine' }),
      403,
      'not-author',
    );
    await acceptVersion(t, couple.b, versionId);
    await problem(
      call(t, couple.a, 'PATCH', `/agreement-versions/${versionId}`, { text: 'Changed after' }),
      409,
      'version-locked',
    );
    expect((await get(proposed.id)).active?.text).toBe('First draft');
  });

  it('answers only the newest version', async () => {
    const proposed = await proposeAgreement(t, couple.a, 'One');
    const first = proposed.pending!.id;
    await ok(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/versions`, { text: 'Two' }),
      201,
    );
    await problem(
      call(t, couple.b, 'POST', `/agreement-versions/${first}/acceptance`),
      409,
      'not-latest-version',
    );
    const full = await get(proposed.id);
    expect(full.versions.map((v) => v.state)).toEqual(['superseded', 'pending']);
  });

  it('retires only when both agree, and then takes no more changes', async () => {
    const proposed = await proposeAgreement(t, couple.a);
    await acceptVersion(t, couple.b, proposed.pending!.id);
    const asked = await ok<{ agreement: FullAgreement }>(
      call(t, couple.b, 'POST', `/agreements/${proposed.id}/retirement`, {
        reason: 'We do not need it any more.',
      }),
      201,
    );
    expect(asked.agreement).toMatchObject({
      status: 'active',
      pending: { kind: 'retire', text: 'We do not need it any more.' },
    });
    const retired = await acceptVersion(t, couple.a, asked.agreement.pending!.id);
    expect(retired.status).toBe('retired');
    await problem(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/versions`, { text: 'Again' }),
      409,
      'agreement-retired',
    );
    await problem(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/disclosures`, { day: '2026-03-10' }),
      409,
      'agreement-not-active',
    );
    expect((await get(proposed.id)).versions).toHaveLength(2);
  });

  it('offers a proposal nobody accepted only what applies to it, and refuses retiring it', async () => {
    const proposed = await proposeAgreement(t, couple.a, 'We say goodnight before we sleep.');
    const nothingInForce = {
      proposeChange: false,
      proposeRetirement: false,
      discloseBreak: false,
      reportBreak: false,
    };
    expect((await get(proposed.id)).can).toEqual(nothingInForce);
    expect((await get(proposed.id, couple.b)).can).toEqual(nothingInForce);
    expect((await get(proposed.id)).pending?.can).toEqual({
      accept: false,
      decline: false,
      edit: true,
    });
    await problem(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/retirement`, {}),
      409,
      'agreement-not-active',
    );
    // After a "not like this", other wording may be proposed, still not retired.
    await ok(call(t, couple.b, 'POST', `/agreement-versions/${proposed.pending!.id}/decline`, {}));
    expect((await get(proposed.id, couple.b)).can).toEqual({
      ...nothingInForce,
      proposeChange: true,
    });
    const other = await proposeAgreement(t, couple.a, 'We say goodnight, always.');
    await acceptVersion(t, couple.b, other.pending!.id);
    expect((await get(other.id)).can).toEqual({
      proposeChange: true,
      proposeRetirement: true,
      discloseBreak: true,
      reportBreak: true,
    });
  });

  it('keeps “I broke this agreement” apart from “my partner broke it”', async () => {
    const proposed = await proposeAgreement(t, couple.a);
    await problem(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/disclosures`, { day: '2026-03-10' }),
      409,
      'agreement-not-active',
    );
    await acceptVersion(t, couple.b, proposed.pending!.id);
    await ok(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/disclosures`, {
        day: '2026-03-09',
        note: 'I was late and did not text.',
      }),
      201,
    );
    await ok(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/reports`, { day: '2026-03-10' }),
      201,
    );
    const breaks = (await get(proposed.id, couple.b)).breaks;
    expect(breaks).toEqual([
      expect.objectContaining({
        kind: 'self-disclosure',
        reportedBy: couple.a.id,
        brokenBy: couple.a.id,
        note: 'I was late and did not text.',
      }),
      expect.objectContaining({
        kind: 'partner-report',
        reportedBy: couple.a.id,
        brokenBy: couple.b.id,
      }),
    ]);
    await problem(
      call(t, couple.a, 'POST', `/agreements/${proposed.id}/reports`, { day: '2026-03-11' }),
      422,
      'validation-failed',
    );
  });

  it('refuses empty and oversize terms, and a review day in the past', async () => {
    for (const body of [
      { text: '' },
      { text: ' ' },
      { text: 'x'.repeat(2001) },
      { text: 'ok', reviewOn: '2026-03-09' },
    ]) {
      await problem(call(t, couple.a, 'POST', '/agreements', body), 422, 'validation-failed');
    }
    expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/agreements'))).items).toEqual(
      [],
    );
  });

  it('can be proposed alone, waiting for the partner to join', async () => {
    const alone = await signUp(t);
    await createSpace(t, alone);
    const proposed = await proposeAgreement(t, alone);
    expect(proposed.status).toBe('proposed');
  });

  it('answers 404 for another couple’s agreement on every route', async () => {
    const other = await createCouple(t);
    const theirs = await proposeAgreement(t, other.a);
    const versionId = theirs.pending!.id;
    const tries = [
      call(t, couple.b, 'GET', `/agreements/${theirs.id}`),
      call(t, couple.b, 'POST', `/agreements/${theirs.id}/versions`, { text: 'Mine' }),
      call(t, couple.b, 'POST', `/agreements/${theirs.id}/retirement`, {}),
      call(t, couple.b, 'PATCH', `/agreement-versions/${versionId}`, { text: 'Mine' }),
      call(t, couple.b, 'POST', `/agreement-versions/${versionId}/acceptance`),
      call(t, couple.b, 'POST', `/agreement-versions/${versionId}/decline`, {}),
      call(t, couple.b, 'POST', `/agreements/${theirs.id}/disclosures`, { day: '2026-03-10' }),
      call(t, couple.b, 'POST', `/agreements/${theirs.id}/reports`, { day: '2026-03-10' }),
    ];
    for (const attempt of tries) await problem(attempt, 404, 'not-found');
    expect((await get(theirs.id, other.b)).status).toBe('proposed');
  });
});
