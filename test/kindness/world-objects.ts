/**
 * Notes and gestures in the access-matrix world: one by each partner of
 * space S, one by the former partner written while still in S (shared by
 * nature, it stays in S), and one in T.
 */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { sendNote } from './factories.js';

export async function addFormerKindnessObjects(
  t: TestApp,
  objects: Record<string, string>,
  former: TestMember,
): Promise<void> {
  objects['note:former'] = await sendNote(t, former, { text: 'From before I left' });
}

export async function addKindnessObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: { partner: TestMember; otherPartner: TestMember; outsider: TestMember },
): Promise<void> {
  objects['note:partner'] = await sendNote(t, people.partner);
  objects['note:otherPartner'] = await sendNote(t, people.otherPartner, {
    kind: 'gesture',
    gestureKind: 'help',
  });
  objects['note:outsider'] = await sendNote(t, people.outsider);
}
