/**
 * The cast of the access matrix: a couple (partner and otherPartner) in space S,
 * a former partner who left S, a member of another space T (outsider), a member
 * with no space, and nobody (anonymous). Each holds objects the matrix tries.
 */
import { expect } from 'vitest';
import {
  accept,
  createSpace,
  invite,
  putCheckIn,
  signUp,
  type TestMember,
} from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';

export const ROLES = [
  'anonymous',
  'partner',
  'otherPartner',
  'former',
  'outsider',
  'spaceless',
] as const;
export type Role = (typeof ROLES)[number];

export interface World {
  t: TestApp;
  members: Record<Exclude<Role, 'anonymous'>, TestMember>;
  /** Object ids by key, e.g. `checkIn:partner` is a check-in the partner wrote. */
  objects: Record<string, string>;
  cookieOf(role: Role): string | undefined;
  /** A fresh invite token into a space with a free seat (for acceptInvite). */
  freshInviteToken(): Promise<string>;
}

async function checkInId(t: TestApp, member: TestMember): Promise<string> {
  const response = await putCheckIn(t, member, {
    trust: 4,
    note: { text: 'shared', visibility: 'shared' },
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ checkIn: { id: string } }>().checkIn.id;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const partner = await signUp(t, { displayName: 'Partner' });
  const otherPartner = await signUp(t, { displayName: 'Other partner' });
  const former = await signUp(t, { displayName: 'Former' });
  const outsider = await signUp(t, { displayName: 'Outsider' });
  const outsiderPartner = await signUp(t, { displayName: 'Outsider partner' });
  const spaceless = await signUp(t, { displayName: 'Spaceless' });
  const inviter = await signUp(t, { displayName: 'Inviter' });

  // Space S: the former partner joins first, writes, and leaves; then otherPartner joins.
  await createSpace(t, partner);
  expect((await accept(t, former, await invite(t, partner))).statusCode).toBe(200);
  const objects: Record<string, string> = {};
  objects['checkIn:former'] = await checkInId(t, former);
  expect(
    (await t.request({ method: 'DELETE', url: '/api/v1/space/membership', cookie: former.cookie }))
      .statusCode,
  ).toBe(204);
  expect((await accept(t, otherPartner, await invite(t, partner))).statusCode).toBe(200);
  objects['checkIn:partner'] = await checkInId(t, partner);
  objects['checkIn:otherPartner'] = await checkInId(t, otherPartner);

  // Space T, someone else's.
  await createSpace(t, outsider);
  expect((await accept(t, outsiderPartner, await invite(t, outsider))).statusCode).toBe(200);
  objects['checkIn:outsider'] = await checkInId(t, outsider);

  // A space with a free seat, for acceptInvite.
  await createSpace(t, inviter);

  const members = { partner, otherPartner, former, outsider, spaceless };
  return {
    t,
    members,
    objects,
    cookieOf: (role) => (role === 'anonymous' ? undefined : members[role].cookie),
    freshInviteToken: () => invite(t, inviter),
  };
}
