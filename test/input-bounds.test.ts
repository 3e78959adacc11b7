/**
 * Where text is required, a text that shows nothing is refused: spaces, and
 * zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) alone. Days
 * far from today are refused with a message on the field: a review date in
 * 9999, a breach in 1900, a conversation ten years ago. Each answer is
 * 422 validation-failed, naming the field.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { acceptAsTherapist, consentedGrant } from './access/world.js';
import {
  apologyParts,
  breachBody,
  call,
  ok,
  problem,
  proposeAgreement,
  acceptVersion,
  recordBreach,
  writeAcknowledgment,
  writeImpactStatement,
} from './repair/factories.js';
import { describeEachDatabase } from './support/databases.js';
import {
  createCouple,
  putCheckIn,
  signUp,
  STRONG_PASSWORD,
  type Couple,
  type TestMember,
} from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Texts that show nothing at all. */
const INVISIBLE = ['\u200B', '\u200C\u200D', ' \u2060 ', '\uFEFF', '\u200B \u200B'];

describeEachDatabase('input bounds', (kind) => {
  let t: TestApp;
  let couple: Couple;
  beforeEach(async () => {
    t = await createTestApp({ kind });
    couple = await createCouple(t);
  });
  afterEach(() => t.close());

  /** The answer is 422 validation-failed with `message` on `field`. */
  async function refused(
    answer: ReturnType<typeof call>,
    field: string,
    message = 'must not be empty',
  ): Promise<void> {
    const body = await problem(answer, 422, 'validation-failed');
    expect(body.errors).toEqual([{ field, message }]);
  }

  it('refuses a display name of invisible characters, at sign-up and later', async () => {
    for (const displayName of INVISIBLE) {
      const signUpAnswer = t.request({
        method: 'POST',
        url: '/api/v1/accounts',
        body: {
          email: `blank-${Date.now()}@example.test`,
          displayName,
          password: STRONG_PASSWORD,
          timeZone: 'UTC',
        },
      });
      await refused(signUpAnswer, 'displayName');
      await refused(call(t, couple.a, 'PATCH', '/me', { displayName }), 'displayName');
    }
  });

  it('refuses invisible text in every required text of the repair phase', async () => {
    const breachId = await recordBreach(t, couple.a);
    const statementId = await writeImpactStatement(t, couple.b, breachId);
    const acknowledgmentId = await writeAcknowledgment(t, couple.a, breachId);
    const agreement = await proposeAgreement(t, couple.a);
    const conversation = await ok<{ conversation: { id: string } }>(
      call(t, couple.a, 'POST', '/conversations', {
        day: '2026-03-09',
        topic: 'The week',
        minutes: 20,
        startedBy: 'me',
      }),
      201,
    );
    for (const text of INVISIBLE) {
      await refused(call(t, couple.a, 'POST', '/breaches', breachBody({ title: text })), 'title');
      await refused(
        call(t, couple.a, 'POST', '/breaches', breachBody({ description: text })),
        'description',
      );
      await refused(call(t, couple.a, 'PATCH', `/breaches/${breachId}`, { title: text }), 'title');
      await refused(
        call(t, couple.a, 'POST', `/breaches/${breachId}/acknowledgments`, { text }),
        'text',
      );
      await refused(
        call(t, couple.a, 'PATCH', `/acknowledgments/${acknowledgmentId}`, { text }),
        'text',
      );
      await refused(
        call(t, couple.b, 'POST', `/breaches/${breachId}/impact-statements`, { text }),
        'text',
      );
      await refused(
        call(t, couple.a, 'POST', `/breaches/${breachId}/apologies`, {
          impactStatementId: statementId,
          parts: apologyParts({ responsibility: text }),
        }),
        'parts.responsibility',
      );
      await refused(
        call(t, couple.a, 'POST', '/conversations', {
          day: '2026-03-09',
          topic: text,
          minutes: 20,
          startedBy: 'me',
        }),
        'topic',
      );
      await refused(
        call(t, couple.b, 'PUT', `/conversations/${conversation.conversation.id}/my-rating`, {
          feltSafe: 5,
          feltHeard: 5,
          note: { text, visibility: 'shared' },
        }),
        'note.text',
      );
      await refused(call(t, couple.a, 'POST', '/agreements', { text }), 'text');
      await refused(
        call(t, couple.b, 'POST', `/agreements/${agreement.id}/versions`, { text }),
        'text',
      );
      // An optional comment of invisible characters is no comment, where one is needed.
      await refused(
        call(t, couple.b, 'POST', `/acknowledgments/${acknowledgmentId}/response`, {
          verdict: 'something-missing',
          comment: text,
        }),
        'comment',
        'say what is missing',
      );
    }
  });

  it('refuses a therapist’s note of invisible characters', async () => {
    const therapist: TestMember = await signUp(t, { displayName: 'Dr Lee' });
    const { token } = await consentedGrant(t, couple.a, couple.b, therapist.email);
    expect((await acceptAsTherapist(t, therapist, token)).statusCode).toBe(200);
    for (const text of INVISIBLE) {
      await refused(
        call(t, therapist, 'POST', `/therapist/spaces/${couple.spaceId}/notes`, { text }),
        'text',
      );
    }
  });

  it('keeps no check-in note of invisible characters', async () => {
    const answer = await putCheckIn(t, couple.a, {
      trust: 4,
      note: { text: '\u200B\u2060', visibility: 'shared' },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json<{ checkIn: { note: unknown } }>().checkIn.note).toBeNull();
  });

  it('refuses a review date years ahead, and keeps one a few years ahead', async () => {
    await refused(
      call(t, couple.a, 'POST', '/agreements', {
        text: 'We talk on Sundays.',
        reviewOn: '9999-12-31',
      }),
      'reviewOn',
      'must be within 5 years from today',
    );
    const agreement = await proposeAgreement(t, couple.a);
    await refused(
      call(t, couple.a, 'PATCH', `/agreement-versions/${agreement.pending!.id}`, {
        reviewOn: '2032-01-01',
      }),
      'reviewOn',
      'must be within 5 years from today',
    );
    await refused(
      call(t, couple.a, 'POST', `/agreements/${agreement.id}/versions`, {
        text: 'We talk on Sundays and Wednesdays.',
        reviewOn: '3000-01-01',
      }),
      'reviewOn',
      'must be within 5 years from today',
    );
    await ok(
      call(t, couple.a, 'PATCH', `/agreement-versions/${agreement.pending!.id}`, {
        reviewOn: '2031-03-10',
      }),
    );
  });

  it('refuses days something happened far in the past or in the future', async () => {
    await refused(
      call(t, couple.a, 'POST', '/breaches', breachBody({ day: '9999-12-31' })),
      'day',
      'must not be in the future',
    );
    await refused(
      call(t, couple.a, 'POST', '/breaches', breachBody({ day: '1900-01-01' })),
      'day',
      'must be within the last 100 years',
    );
    // A breach may lie long ago; conversations, setbacks and breaks happen on the path.
    await ok(call(t, couple.a, 'POST', '/breaches', breachBody({ day: '1990-06-01' })), 201);
    const breachId = await recordBreach(t, couple.a);
    await refused(
      call(t, couple.a, 'PATCH', `/breaches/${breachId}`, { day: '1800-01-01' }),
      'day',
      'must be within the last 100 years',
    );
    await refused(
      call(t, couple.a, 'POST', '/conversations', {
        day: '2016-03-01',
        topic: 'Long ago',
        minutes: 20,
        startedBy: 'me',
      }),
      'day',
      'must be within the last 5 years',
    );
    await refused(
      call(t, couple.a, 'POST', '/setbacks', {
        kind: 'hard-day',
        severity: 'minor',
        day: '2000-01-01',
      }),
      'day',
      'must be within the last 5 years',
    );
    const agreement = await proposeAgreement(t, couple.a);
    await acceptVersion(t, couple.b, agreement.pending!.id);
    await refused(
      call(t, couple.a, 'POST', `/agreements/${agreement.id}/disclosures`, { day: '2001-01-01' }),
      'day',
      'must be within the last 5 years',
    );
  });
});
