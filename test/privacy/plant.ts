/**
 * Plants a distinct canary string in every text field a member can write, for
 * the privacy-lifecycle test. A feature with text fields adds a planter here;
 * the test fails while any encrypted column has no planted row.
 */
import { expect } from 'vitest';
import { putCheckIn, type Couple, type TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { acceptAsTherapist, consentedGrant } from '../access/world.js';
import { repairPlanter } from '../repair/plant.js';
import { restorePlanter } from '../restore/plant.js';
import { regainPlanter } from '../regain/plant.js';
import { kindnessPlanter } from '../kindness/plant.js';
import { trustPlanter } from '../trust/plant.js';
import { plantSecondFactor } from '../account-security/privacy-planter.js';
import { mailPlanter } from '../mail/plant.js';
import { reminderPlanter } from '../reminders/plant.js';
import { postComment, sendForm } from '../support/guide-comments.js';

export interface PlantContext {
  t: TestApp;
  couple: Couple;
  therapist: TestMember;
  /**
   * Returns a new canary for a field, remembered for the search afterwards.
   * Label a canary "… of B" with "private" in it when partner A must never see it.
   */
  canary: (label: string) => string;
}

export type Planter = (context: PlantContext) => Promise<void>;

async function ok(response: Promise<{ statusCode: number; body: string }>, status = 200) {
  const answer = await response;
  expect(answer.statusCode, answer.body).toBe(status);
}

const checkIns: Planter = async ({ t, couple, canary }) => {
  await ok(
    putCheckIn(t, couple.a, {
      trust: 3,
      note: { text: canary('check-in private note of A'), visibility: 'private' },
    }),
  );
  await ok(
    putCheckIn(t, couple.b, {
      trust: 5,
      therapistMaySee: true,
      note: { text: canary('check-in shared note of B'), visibility: 'shared' },
    }),
  );
  // Yesterday's check-in of B, with a private note A must never receive.
  const yesterday = new Date(t.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  await ok(
    putCheckIn(t, couple.b, {
      day: yesterday,
      trust: 4,
      note: { text: canary('check-in private note of B'), visibility: 'private' },
    }),
  );
};

const therapist: Planter = async ({ t, couple, therapist: person, canary }) => {
  const grant = await consentedGrant(t, couple.a, couple.b, person.email);
  await ok(acceptAsTherapist(t, person, grant.token));
  await ok(
    t.request({
      method: 'POST',
      url: `/api/v1/therapist/spaces/${couple.spaceId}/notes`,
      cookie: person.cookie,
      body: { text: canary('therapist note') },
    }),
    201,
  );
  await ok(
    t.request({
      method: 'GET',
      url: `/api/v1/therapist/spaces/${couple.spaceId}/entries`,
      cookie: person.cookie,
    }),
  );
};

/**
 * A guide comment's address (encrypted, never published). Addresses are kept
 * lower-cased, so this canary is searched for by the comments' own canary
 * test (src/server/features/guide-comments/comments.test.ts), case-blind; the
 * delete-link mail rightly goes to it.
 */
const guideComment: Planter = async ({ t, canary }) => {
  const value = canary('guide comment e-mail').split(' ').pop()!.toLowerCase();
  const response = await postComment(t, { name: 'A reader', email: `${value}@example.test` });
  expect(response.statusCode, response.body.slice(0, 200)).toBe(303);
};

/** A guide subscriber's address (encrypted, never shown); the confirmation mail rightly goes to it. */
const guideSubscriber: Planter = async ({ t, canary }) => {
  const value = canary('guide subscriber e-mail').split(' ').pop()!.toLowerCase();
  const response = await sendForm(t, '/guide/subscribe', {
    email: `${value}@example.test`,
    homepage: '',
  });
  expect(response.statusCode, response.body.slice(0, 200)).toBe(303);
};

export const PLANTERS: Planter[] = [
  // First: a reminder is sent only while today's check-in is still to do.
  reminderPlanter,
  checkIns,
  therapist,
  repairPlanter,
  restorePlanter,
  regainPlanter,
  kindnessPlanter,
  trustPlanter,
  plantSecondFactor,
  mailPlanter,
  guideComment,
  guideSubscriber,
];
