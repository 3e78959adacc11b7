/**
 * Restore and regain objects in the access-matrix world: a commitment of each
 * partner of space S and of the outsider in T, each marked kept today.
 */
import { expect } from 'vitest';
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { makeCommitment, markDay } from './factories.js';

export async function addRestoreObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: { partner: TestMember; otherPartner: TestMember; outsider: TestMember },
): Promise<void> {
  for (const [who, member] of Object.entries(people)) {
    const commitment = await makeCommitment(t, member);
    objects[`commitment:${who}`] = commitment.id;
    objects['commitmentDay'] = commitment.today.day;
    const marked = await markDay(t, member, commitment.id, commitment.today.day);
    expect(marked.statusCode, marked.body).toBe(200);
  }
}
