/** Needs and reflections in the access-matrix world: each partner of S and the outsider in T. */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { listNeed, writeReflection } from './factories.js';

export async function addRegainObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: { partner: TestMember; otherPartner: TestMember; outsider: TestMember },
): Promise<void> {
  for (const [who, member] of Object.entries(people)) {
    objects[`need:${who}`] = (await listNeed(t, member)).id;
    objects[`reflection:${who}`] = (await writeReflection(t, member)).id;
  }
}
