/** Trust questionnaires in the access-matrix world: one of each partner of S and of the outsider in T. */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { writeQuestionnaire } from './factories.js';

export async function addTrustObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: { partner: TestMember; otherPartner: TestMember; outsider: TestMember },
): Promise<void> {
  for (const [who, member] of Object.entries(people)) {
    objects[`trustQuestionnaire:${who}`] = (await writeQuestionnaire(t, member)).questionnaire.id;
  }
}
