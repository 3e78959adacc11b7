/**
 * Concurrency: identical writes fired at once — a phone retrying, a double tap
 * — each answer 2xx and leave one row; limits and single-use rules hold as they
 * do one request at a time. On PostgreSQL the app runs on a pool of several
 * connections, so the requests really overlap in the database; on SQLite the
 * same suite shows that the answers do not change there either.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hashRecoveryCode } from '../src/server/features/second-factor/recovery-codes.js';
import { newId } from '../src/server/platform/ids.js';
import { authenticatorFor, codeNow } from './account-security/helpers.js';
import { acceptAsTherapist, consentedGrant } from './access/world.js';
import {
  call,
  logConversation,
  proposeAgreement,
  recordBreach,
  writeAcknowledgment,
  writeApology,
  writeImpactStatement,
} from './repair/factories.js';
import { describeEachDatabase } from './support/databases.js';
import {
  accept,
  createCouple,
  createSpace,
  invite,
  SAFE_ANSWERS,
  signUp,
  STRONG_PASSWORD,
  type Couple,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** How many identical requests go at once. */
const AT_ONCE = 16;

async function atOnce(
  count: number,
  send: (index: number) => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse[]> {
  return Promise.all(Array.from({ length: count }, (_, index) => send(index)));
}

const statuses = (answers: LightMyRequestResponse[]) => answers.map((a) => a.statusCode);
const codes = (answers: LightMyRequestResponse[]) =>
  answers.filter((a) => a.statusCode >= 400).map((a) => a.json<{ code: string }>().code);

/** Every answer 2xx; the bodies are named in the failure message. */
function expectAllSucceeded(answers: LightMyRequestResponse[]): void {
  const failed = answers.filter((a) => a.statusCode < 200 || a.statusCode >= 300);
  expect(
    failed.map((a) => `${a.statusCode} ${a.body}`),
    `${failed.length} of ${answers.length} failed`,
  ).toEqual([]);
}

describeEachDatabase('concurrency', (kind) => {
  let t: TestApp;
  let couple: Couple;
  beforeEach(async () => {
    t = await createTestApp({ kind, poolSize: 8 });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  const db = () => t.db.database.db;

  it('writes today’s check-in once, whatever the number of identical writes', async () => {
    const body = { trust: 5, honesty: 4, note: { text: 'A calm day.', visibility: 'shared' } };
    const answers = await atOnce(AT_ONCE, () =>
      t.request({ method: 'PUT', url: '/api/v1/check-ins', cookie: couple.a.cookie, body }),
    );
    expectAllSucceeded(answers);
    const rows = await db().selectFrom('checkIns').selectAll().execute();
    expect(rows).toHaveLength(1);
    // Every answer names the one row, and its note still decrypts.
    expect(new Set(answers.map((a) => a.json<{ checkIn: { id: string } }>().checkIn.id))).toEqual(
      new Set([rows[0]!.id]),
    );
    const read = await t.request({
      method: 'GET',
      url: `/api/v1/check-ins/${rows[0]!.id}`,
      cookie: couple.a.cookie,
    });
    expect(read.json<{ checkIn: { note: { text: string } } }>().checkIn.note.text).toBe(
      'A calm day.',
    );
  });

  it('writes this month’s trust questionnaire once, whatever the number of identical writes', async () => {
    const body = { answers: [5, 4, 3, 5, 4, 3], shared: true };
    const answers = await atOnce(6, () =>
      t.request({
        method: 'PUT',
        url: '/api/v1/trust-questionnaires',
        cookie: couple.a.cookie,
        body,
      }),
    );
    expectAllSucceeded(answers);
    const rows = await db().selectFrom('trustQuestionnaires').selectAll().execute();
    expect(rows).toHaveLength(1);
    const ids = answers.map((a) => a.json<{ questionnaire: { id: string } }>().questionnaire.id);
    expect(new Set(ids)).toEqual(new Set([rows[0]!.id]));
    // The answers still decrypt: each write bound them to the one row.
    const read = await t.request({
      method: 'GET',
      url: `/api/v1/trust-questionnaires/${rows[0]!.id}`,
      cookie: couple.b.cookie,
    });
    expect(read.json<{ questionnaire: { answers: number[] } }>().questionnaire.answers).toEqual(
      body.answers,
    );
  });

  it('keeps one severity rating per partner and breach', async () => {
    const breachId = await recordBreach(t, couple.a);
    const answers = await atOnce(AT_ONCE, () =>
      call(t, couple.b, 'PUT', `/breaches/${breachId}/my-severity`, {
        severity: 'severe',
        visibility: 'private',
      }),
    );
    expectAllSucceeded(answers);
    expect(await db().selectFrom('breachSeverityRatings').selectAll().execute()).toHaveLength(1);
  });

  it('keeps one conversation rating per partner, its note readable', async () => {
    const conversationId = await logConversation(t, couple.a);
    const answers = await atOnce(AT_ONCE, () =>
      call(t, couple.b, 'PUT', `/conversations/${conversationId}/my-rating`, {
        feltSafe: 6,
        feltHeard: 5,
        note: { text: 'Better than last time.', visibility: 'private' },
      }),
    );
    expectAllSucceeded(answers);
    expect(await db().selectFrom('conversationRatings').selectAll().execute()).toHaveLength(1);
    const read = await call(t, couple.b, 'GET', `/conversations/${conversationId}`);
    expect(
      read.json<{ conversation: { myRating: { note: { text: string } } } }>().conversation.myRating
        .note.text,
    ).toBe('Better than last time.');
  });

  it('takes an apology’s rating once; the same rating again is no error', async () => {
    const breachId = await recordBreach(t, couple.a);
    const statementId = await writeImpactStatement(t, couple.b, breachId);
    const apologyId = await writeApology(t, couple.a, breachId, statementId);
    const answers = await atOnce(AT_ONCE, () =>
      call(t, couple.b, 'POST', `/apologies/${apologyId}/rating`, {
        understood: 6,
        comment: 'Thank you.',
      }),
    );
    expectAllSucceeded(answers);
    expect(await db().selectFrom('apologyRatings').selectAll().execute()).toHaveLength(1);
  });

  it('takes the answer to an acknowledgment once; the same answer again is no error', async () => {
    const breachId = await recordBreach(t, couple.a);
    const acknowledgmentId = await writeAcknowledgment(t, couple.a, breachId);
    const answers = await atOnce(AT_ONCE, () =>
      call(t, couple.b, 'POST', `/acknowledgments/${acknowledgmentId}/response`, {
        verdict: 'accurate',
      }),
    );
    expectAllSucceeded(answers);
    expect(await db().selectFrom('acknowledgmentResponses').selectAll().execute()).toHaveLength(1);
  });

  it('takes the acceptance of an agreement once', async () => {
    const proposed = await proposeAgreement(t, couple.a);
    const answers = await atOnce(AT_ONCE, () =>
      call(t, couple.b, 'POST', `/agreement-versions/${proposed.pending!.id}/acceptance`),
    );
    expectAllSucceeded(answers);
    expect(await db().selectFrom('agreementAnswers').selectAll().execute()).toHaveLength(1);
  });

  it('keeps one safety check per member', async () => {
    const member = await signUp(t, { safetyCheck: false });
    const answers = await atOnce(AT_ONCE, () =>
      t.request({
        method: 'PUT',
        url: '/api/v1/safety-check',
        cookie: member.cookie,
        body: { answers: SAFE_ANSWERS },
      }),
    );
    expectAllSucceeded(answers);
    const rows = await db()
      .selectFrom('safetyChecks')
      .select('id')
      .where('memberId', '=', member.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('holds the limit of three therapists when six are proposed at once', async () => {
    const answers = await atOnce(6, (i) =>
      t.request({
        method: 'POST',
        url: '/api/v1/space/therapists',
        cookie: couple.a.cookie,
        body: { email: `dr.${i}@example.test` },
      }),
    );
    expect(statuses(answers).filter((s) => s === 201)).toHaveLength(3);
    expect(codes(answers)).toEqual(Array(3).fill('too-many-therapists'));
    expect(await db().selectFrom('therapistGrants').select('id').execute()).toHaveLength(3);
  });

  it('sends one therapist invitation when consent is given twice at once', async () => {
    const proposed = await t.request({
      method: 'POST',
      url: '/api/v1/space/therapists',
      cookie: couple.a.cookie,
      body: { email: 'dr.lee@example.test' },
    });
    const grantId = proposed.json<{ grant: { id: string } }>().grant.id;
    const answers = await atOnce(AT_ONCE, () =>
      t.request({
        method: 'POST',
        url: `/api/v1/space/therapists/${grantId}/consent`,
        cookie: couple.b.cookie,
      }),
    );
    // As one after another: the first consents, the rest find it no longer waiting.
    expect(statuses(answers).filter((s) => s === 200)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['grant-not-awaiting-consent']));
    const mails = await db()
      .selectFrom('outbox')
      .select('id')
      .where('template', '=', 'therapist-invite')
      .execute();
    expect(mails).toHaveLength(1);
  });

  it('lets a therapist’s link be used once', async () => {
    const therapist = await signUp(t, { displayName: 'Dr Lee' });
    const { grantId, token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    const answers = await atOnce(AT_ONCE, () => acceptAsTherapist(t, therapist, token));
    expect(statuses(answers).filter((s) => s === 200)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['invite-not-found']));
    const accepted = await db()
      .selectFrom('auditEvents')
      .select('id')
      .where('action', '=', 'therapist.accepted')
      .where('subject', '=', grantId)
      .execute();
    expect(accepted).toHaveLength(1);
  });

  it('leaves one working invite link when several are made at once', async () => {
    const solo = await signUp(t);
    const spaceId = await createSpace(t, solo);
    const answers = await atOnce(8, () =>
      t.request({ method: 'POST', url: '/api/v1/space/invites', cookie: solo.cookie }),
    );
    expectAllSucceeded(answers);
    const open = await db()
      .selectFrom('invites')
      .select('id')
      .where('spaceId', '=', spaceId)
      .where('usedAt', 'is', null)
      .where('revokedAt', 'is', null)
      .execute();
    expect(open).toHaveLength(1);
  });

  it('lets an invite link be used once, by one partner', async () => {
    const solo = await signUp(t);
    const spaceId = await createSpace(t, solo);
    const token = await invite(t, solo);
    const joiners = await Promise.all(Array.from({ length: 4 }, () => signUp(t)));
    const answers = await atOnce(AT_ONCE, (i) => accept(t, joiners[i % joiners.length]!, token));
    expect(statuses(answers).filter((s) => s === 200)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['invite-used']));
    const members = await db()
      .selectFrom('spaceMembers')
      .select('memberId')
      .where('spaceId', '=', spaceId)
      .where('leftAt', 'is', null)
      .execute();
    expect(members).toHaveLength(2);
  });

  it('creates one space when a member asks for one several times at once', async () => {
    const solo = await signUp(t);
    const answers = await atOnce(AT_ONCE, () =>
      t.request({ method: 'POST', url: '/api/v1/spaces', cookie: solo.cookie }),
    );
    expect(statuses(answers).filter((s) => s === 201)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['already-in-space']));
    const memberships = await db()
      .selectFrom('spaceMembers')
      .select('id')
      .where('memberId', '=', solo.id)
      .execute();
    expect(memberships).toHaveLength(1);
  });

  it('turns an authenticator on once; the recovery codes it shows are the ones kept', async () => {
    const setup = await t.request({
      method: 'POST',
      url: '/api/v1/me/second-factor/totp/setup',
      cookie: couple.a.cookie,
    });
    const { secret } = setup.json<{ secret: string }>();
    const code = codeNow(t, secret);
    const answers = await atOnce(8, () =>
      t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/totp',
        cookie: couple.a.cookie,
        body: { code },
      }),
    );
    // As one after another: the first turns it on, the rest find no setup waiting.
    const won = answers.filter((a) => a.statusCode === 200);
    expect(won).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['no-totp-setup']));
    const shown = won[0]!.json<{ recoveryCodes: string[] }>().recoveryCodes;
    const kept = await db()
      .selectFrom('recoveryCodes')
      .select('codeHash')
      .where('memberId', '=', couple.a.id)
      .execute();
    expect(kept.map((r) => r.codeHash).sort()).toEqual(shown.map(hashRecoveryCode).sort());
  });

  it('holds the limit of ten passkeys when ceremonies started with room finish at once', async () => {
    for (let i = 0; i < 9; i += 1) {
      await db()
        .insertInto('passkeys')
        .values({
          id: newId(),
          memberId: couple.a.id,
          credentialId: `planted-${i}`,
          publicKey: 'planted',
          counter: 0,
          transports: null,
          label: 'Planted',
          createdAt: t.clock.now().toISOString(),
          lastUsedAt: null,
        })
        .execute();
    }
    const challenges: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const options = await t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys/options',
        cookie: couple.a.cookie,
      });
      expect(options.statusCode, options.body).toBe(200);
      challenges.push(options.json<{ options: { challenge: string } }>().options.challenge);
    }
    const answers = await atOnce(3, (i) =>
      t.request({
        method: 'POST',
        url: '/api/v1/me/second-factor/passkeys',
        cookie: couple.a.cookie,
        body: { credential: authenticatorFor(t).createCredential(challenges[i]!) },
      }),
    );
    expect(statuses(answers).filter((s) => s === 201)).toHaveLength(1);
    expect(codes(answers)).toEqual(['too-many-passkeys', 'too-many-passkeys']);
    expect(
      await db().selectFrom('passkeys').select('id').where('memberId', '=', couple.a.id).execute(),
    ).toHaveLength(10);
  });

  it('creates one account for one e-mail address', async () => {
    const email = `race-${Date.now()}@example.test`;
    const answers = await atOnce(8, () =>
      t.request({
        method: 'POST',
        url: '/api/v1/accounts',
        body: { email, displayName: 'Racer', password: STRONG_PASSWORD, timeZone: 'UTC' },
      }),
    );
    expect(statuses(answers).filter((s) => s === 201)).toHaveLength(1);
    expect(new Set(codes(answers))).toEqual(new Set(['email-taken']));
    expect(
      await db().selectFrom('members').select('id').where('email', '=', email).execute(),
    ).toHaveLength(1);
  });
});
