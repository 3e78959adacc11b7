import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import {
  createCouple,
  createSpace,
  signUp,
  type Couple,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import {
  breachBody,
  call,
  ok,
  problem,
  recordBreach,
  respond,
  writeAcknowledgment,
} from '../../../../test/repair/factories.js';
import type { AnswerOf } from '../../../contract/operation.js';
import type { breachOperations } from '../../../contract/operations/breaches.js';

/** Answer shapes come from the contract, so a changed schema fails to compile here too. */
type BreachBody = AnswerOf<typeof breachOperations.getBreach>['breach'];
type AcknowledgmentBody = AnswerOf<typeof breachOperations.writeAcknowledgment>['acknowledgment'];

describeEachDatabase('breaches and acknowledgments', (kind) => {
  let t: TestApp;
  let couple: Couple;
  /** A second couple, in every access test. */
  let other: Couple;

  beforeEach(async () => {
    t = await createTestApp({ kind, now: new Date('2026-03-10T12:00:00Z') });
    couple = await createCouple(t);
    other = await createCouple(t);
  });
  afterEach(() => t.close());

  const getBreach = async (member = couple.a, id: string) =>
    (await ok<{ breach: BreachBody }>(call(t, member, 'GET', `/breaches/${id}`))).breach;
  const acknowledgments = async (member = couple.a, breachId: string) =>
    (
      await ok<{ items: AcknowledgmentBody[] }>(
        call(t, member, 'GET', `/breaches/${breachId}/acknowledgments`),
      )
    ).items;

  describe('recording', () => {
    it('records a breach with roles per breach, seen alike by both partners', async () => {
      const created = await ok<{ breach: BreachBody }>(
        call(t, couple.a, 'POST', '/breaches', breachBody({ brokeTrust: 'me' })),
        201,
      );
      expect(created.breach).toMatchObject({
        recordedBy: couple.a.id,
        title: 'The messages',
        category: 'lying',
        mutual: false,
        brokeTrust: [couple.a.id],
        hurt: [couple.b.id],
        myRoles: ['broke-trust'],
        locked: false,
        can: {
          edit: true,
          rateSeverity: true,
          writeAcknowledgment: true,
          writeImpactStatement: false,
          writeApology: false,
        },
      });
      const seenByB = await getBreach(couple.b, created.breach.id);
      expect(seenByB).toMatchObject({ myRoles: ['hurt'], title: 'The messages' });
      expect(seenByB.can).toMatchObject({ edit: false, writeImpactStatement: true });
      const list = await ok<{ items: BreachBody[] }>(call(t, couple.b, 'GET', '/breaches'));
      expect(list.items.map((b) => b.id)).toEqual([created.breach.id]);
    });

    it('names the partner, or both, as the ones who broke trust', async () => {
      const theirs = await getBreach(
        couple.a,
        await recordBreach(t, couple.a, { brokeTrust: 'partner' }),
      );
      expect(theirs).toMatchObject({
        brokeTrust: [couple.b.id],
        hurt: [couple.a.id],
        myRoles: ['hurt'],
      });
      const mutual = await getBreach(
        couple.b,
        await recordBreach(t, couple.a, { brokeTrust: 'both' }),
      );
      expect(mutual.mutual).toBe(true);
      expect(mutual.myRoles).toEqual(['broke-trust', 'hurt']);
      expect([...mutual.brokeTrust].sort()).toEqual([couple.a.id, couple.b.id].sort());
    });

    it('waits for the partner before a breach can name them', async () => {
      const alone = await signUp(t);
      await createSpace(t, alone);
      await problem(call(t, alone, 'POST', '/breaches', breachBody()), 409, 'partner-not-joined');
    });

    it('refuses bad input with a problem naming the field, and records nothing', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ title: '' }, 'title'],
        [{ title: '   ' }, 'title'],
        [{ title: 'x'.repeat(121) }, 'title'],
        [{ description: 'x'.repeat(6001) }, 'description'],
        [{ description: '' }, 'description'],
        [{ category: 'jealousy' }, 'category'],
        [{ cameToLight: 'rumour' }, 'cameToLight'],
        [{ brokeTrust: 'nobody' }, 'brokeTrust'],
        [{ day: '2026-02-30' }, 'day'],
        [{ day: '2026-03-11' }, 'day'],
        [{ authorId: couple.b.id }, 'authorId'],
        [{ spaceId: other.spaceId }, 'spaceId'],
      ];
      for (const [overrides, field] of cases) {
        const answer = await problem(
          call(t, couple.a, 'POST', '/breaches', breachBody(overrides)),
          422,
          'validation-failed',
        );
        expect(
          answer.errors?.map((e) => e.field),
          JSON.stringify(overrides),
        ).toContain(field);
      }
      expect((await ok<{ items: unknown[] }>(call(t, couple.a, 'GET', '/breaches'))).items).toEqual(
        [],
      );
    });

    it('trims text and keeps the cap at exactly the limit', async () => {
      const id = await recordBreach(t, couple.a, {
        title: `  ${'t'.repeat(120)}  `,
        description: 'd'.repeat(6000),
      });
      const breach = await getBreach(couple.a, id);
      expect(breach.title).toBe('t'.repeat(120));
      expect(breach.description).toHaveLength(6000);
    });

    it('stores the title and the description encrypted, bound to the row', async () => {
      await recordBreach(t, couple.a, { title: 'secret title words', description: 'secret body' });
      const row = await t.db.database.db
        .selectFrom('breaches')
        .select(['title', 'description'])
        .executeTakeFirstOrThrow();
      expect(row.title).toMatch(/^m1\./);
      expect(row.description).toMatch(/^m1\./);
      expect(JSON.stringify(row)).not.toContain('secret');
    });

    it('lets the recorder correct it until it is acknowledged, and nobody else', async () => {
      const id = await recordBreach(t, couple.a);
      const edited = await ok<{ breach: BreachBody }>(
        call(t, couple.a, 'PATCH', `/breaches/${id}`, {
          title: 'The phone',
          category: 'infidelity',
        }),
      );
      expect(edited.breach).toMatchObject({ title: 'The phone', category: 'infidelity' });
      await problem(
        call(t, couple.b, 'PATCH', `/breaches/${id}`, { title: 'Mine' }),
        403,
        'not-author',
      );
      await writeAcknowledgment(t, couple.a, id);
      await problem(
        call(t, couple.a, 'PATCH', `/breaches/${id}`, { title: 'Later' }),
        409,
        'version-locked',
      );
      expect((await getBreach(couple.a, id)).title).toBe('The phone');
      expect((await getBreach(couple.a, id)).locked).toBe(true);
    });
  });

  describe('severity', () => {
    it('keeps each partner’s rating private unless shared, and keeps both', async () => {
      const id = await recordBreach(t, couple.a);
      await ok(call(t, couple.a, 'PUT', `/breaches/${id}/my-severity`, { severity: 'moderate' }));
      await ok(
        call(t, couple.b, 'PUT', `/breaches/${id}/my-severity`, {
          severity: 'severe',
          visibility: 'private',
        }),
      );
      const asA = await getBreach(couple.a, id);
      expect(asA.mySeverity).toMatchObject({ severity: 'moderate', visibility: 'private' });
      expect(asA.partnerSeverity).toBeNull();
      const raw = await call(t, couple.a, 'GET', `/breaches/${id}`);
      expect(raw.body).not.toContain('severe');

      // B shares theirs; A now sees both, and they differ.
      await ok(
        call(t, couple.b, 'PUT', `/breaches/${id}/my-severity`, {
          severity: 'severe',
          visibility: 'shared',
        }),
      );
      const again = await getBreach(couple.a, id);
      expect(again.mySeverity?.severity).toBe('moderate');
      expect(again.partnerSeverity).toMatchObject({ severity: 'severe', visibility: 'shared' });
      const rows = await t.db.database.db.selectFrom('breachSeverityRatings').selectAll().execute();
      expect(rows).toHaveLength(2);
    });

    it('refuses an unknown severity', async () => {
      const id = await recordBreach(t, couple.a);
      await problem(
        call(t, couple.a, 'PUT', `/breaches/${id}/my-severity`, { severity: 'catastrophic' }),
        422,
        'validation-failed',
      );
    });
  });

  describe('acknowledgments', () => {
    it('is written by the partner who broke trust; the hurt partner confirms it is accurate', async () => {
      const breachId = await recordBreach(t, couple.b, { brokeTrust: 'partner' }); // A broke trust
      await problem(
        call(t, couple.b, 'POST', `/breaches/${breachId}/acknowledgments`, { text: 'Not mine' }),
        403,
        'not-partner-who-broke-trust',
      );
      const ackId = await writeAcknowledgment(t, couple.a, breachId);
      const [first] = await acknowledgments(couple.b, breachId);
      expect(first).toMatchObject({ version: 1, latest: true, locked: false, response: null });
      expect(first!.can).toEqual({ edit: false, respond: true });

      await problem(
        call(t, couple.a, 'POST', `/acknowledgments/${ackId}/response`, { verdict: 'accurate' }),
        403,
        'own-entry',
      );
      await respond(t, couple.b, ackId, 'accurate', 'Yes. Thank you.');
      const [answered] = await acknowledgments(couple.a, breachId);
      expect(answered).toMatchObject({
        locked: true,
        lockReason: 'answered',
        response: { verdict: 'accurate', comment: 'Yes. Thank you.', authorId: couple.b.id },
      });
      await problem(
        call(t, couple.b, 'POST', `/acknowledgments/${ackId}/response`, { verdict: 'accurate' }),
        409,
        'already-answered',
      );
    });

    it('keeps every version: “something is missing”, a revision, then “accurate”', async () => {
      const breachId = await recordBreach(t, couple.a);
      const v1 = await writeAcknowledgment(t, couple.a, breachId, 'First words.');
      await problem(
        call(t, couple.b, 'POST', `/acknowledgments/${v1}/response`, {
          verdict: 'something-missing',
        }),
        422,
        'validation-failed',
      );
      await respond(t, couple.b, v1, 'something-missing', 'You left out the second phone.');
      const v2 = await writeAcknowledgment(
        t,
        couple.a,
        breachId,
        'First words, and the second phone.',
      );
      const items = await acknowledgments(couple.b, breachId);
      expect(items.map((i) => [i.version, i.text, i.latest, i.lockReason])).toEqual([
        [1, 'First words.', false, 'answered'],
        [2, 'First words, and the second phone.', true, null],
      ]);
      expect(items[0]!.response?.comment).toBe('You left out the second phone.');
      await respond(t, couple.b, v2, 'accurate');
      expect((await acknowledgments(couple.a, breachId)).map((i) => i.response?.verdict)).toEqual([
        'something-missing',
        'accurate',
      ]);
    });

    it('refuses a new version that says the same as the last, kindly, and keeps one version', async () => {
      const breachId = await recordBreach(t, couple.b, { brokeTrust: 'partner' });
      const v1 = await writeAcknowledgment(t, couple.a, breachId, 'I hid the messages from you.');
      await respond(t, couple.b, v1, 'something-missing', 'The lying.');
      const same = await problem(
        call(t, couple.a, 'POST', `/breaches/${breachId}/acknowledgments`, {
          text: '  I hid the messages\nfrom you. ',
        }),
        409,
        'unchanged-version',
      );
      expect(same).toMatchObject({ title: 'This is the same as your last version' });
      expect(await acknowledgments(couple.b, breachId)).toHaveLength(1);
      await writeAcknowledgment(t, couple.a, breachId, 'I hid the messages, and I lied.');
      expect(await acknowledgments(couple.b, breachId)).toHaveLength(2);
    });

    it('lets the author correct the newest unanswered version, never a locked one', async () => {
      const breachId = await recordBreach(t, couple.a);
      const v1 = await writeAcknowledgment(t, couple.a, breachId, 'Draft with a typo.');
      const fixed = await ok<{ acknowledgment: AcknowledgmentBody }>(
        call(t, couple.a, 'PATCH', `/acknowledgments/${v1}`, { text: 'Draft without a typo.' }),
      );
      expect(fixed.acknowledgment).toMatchObject({ version: 1, text: 'Draft without a typo.' });
      await problem(
        call(t, couple.b, 'PATCH', `/acknowledgments/${v1}`, { text: 'Rewritten by B' }),
        403,
        'not-author',
      );

      const v2 = await writeAcknowledgment(t, couple.a, breachId, 'Second version.');
      const revised = await problem(
        call(t, couple.a, 'PATCH', `/acknowledgments/${v1}`, { text: 'Change the past' }),
        409,
        'version-locked',
      );
      expect(revised.code).toBe('version-locked');
      // An older version cannot be answered either.
      await problem(
        call(t, couple.b, 'POST', `/acknowledgments/${v1}/response`, { verdict: 'accurate' }),
        409,
        'not-latest-version',
      );
      await respond(t, couple.b, v2, 'accurate');
      await problem(
        call(t, couple.a, 'PATCH', `/acknowledgments/${v2}`, { text: 'Change after answer' }),
        409,
        'version-locked',
      );
      const texts = (await acknowledgments(couple.a, breachId)).map((i) => i.text);
      expect(texts).toEqual(['Draft without a typo.', 'Second version.']);
    });

    it('in a mutual breach each partner acknowledges, and answers only the other’s', async () => {
      const breachId = await recordBreach(t, couple.a, { brokeTrust: 'both' });
      const fromA = await writeAcknowledgment(t, couple.a, breachId, 'My part.');
      const fromB = await writeAcknowledgment(t, couple.b, breachId, 'My part too.');
      await problem(
        call(t, couple.a, 'POST', `/acknowledgments/${fromA}/response`, { verdict: 'accurate' }),
        403,
        'own-entry',
      );
      await respond(t, couple.a, fromB, 'accurate');
      await respond(t, couple.b, fromA, 'accurate');
      const items = await acknowledgments(couple.a, breachId);
      expect(items.every((i) => i.response?.verdict === 'accurate')).toBe(true);
    });

    it('refuses empty and oversize text', async () => {
      const breachId = await recordBreach(t, couple.a);
      for (const text of ['', '    ', 'x'.repeat(6001)]) {
        await problem(
          call(t, couple.a, 'POST', `/breaches/${breachId}/acknowledgments`, { text }),
          422,
          'validation-failed',
        );
      }
      expect(await acknowledgments(couple.a, breachId)).toEqual([]);
    });
  });

  describe('another couple’s breach', () => {
    it('is not found, for reading and for every write, and changes nothing', async () => {
      const theirs = await recordBreach(t, other.a);
      const theirAck = await writeAcknowledgment(t, other.a, theirs);
      const tries = [
        call(t, couple.a, 'GET', `/breaches/${theirs}`),
        call(t, couple.a, 'PATCH', `/breaches/${theirs}`, { title: 'Hijacked' }),
        call(t, couple.a, 'PUT', `/breaches/${theirs}/my-severity`, { severity: 'minor' }),
        call(t, couple.a, 'GET', `/breaches/${theirs}/acknowledgments`),
        call(t, couple.a, 'POST', `/breaches/${theirs}/acknowledgments`, { text: 'Mine now' }),
        call(t, couple.a, 'PATCH', `/acknowledgments/${theirAck}`, { text: 'Mine now' }),
        call(t, couple.a, 'POST', `/acknowledgments/${theirAck}/response`, { verdict: 'accurate' }),
      ];
      for (const attempt of tries) await problem(attempt, 404, 'not-found');
      const [ack] = await acknowledgments(other.b, theirs);
      expect(ack).toMatchObject({
        text: 'I lied to you for months about the messages.',
        response: null,
      });
      expect((await getBreach(other.b, theirs)).title).toBe('The messages');
    });

    it('asks for a session first', async () => {
      const response = await t.request({ method: 'GET', url: '/api/v1/breaches' });
      expect(response.statusCode).toBe(401);
    });
  });
});
