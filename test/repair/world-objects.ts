/**
 * The repair phase's objects in the access-matrix world: what each member
 * holds in space S (partner, otherPartner, and a former partner) and in T.
 * Kept apart from the expectations so the world does not import them.
 */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import {
  acceptVersion,
  logConversation,
  logSetback,
  proposeAgreement,
  recordBreach,
  writeAcknowledgment,
  writeApology,
  writeImpactStatement,
} from './factories.js';

export const TODAY = '2026-03-10';

/** Objects of a former partner, written while they were still in space S. */
export async function addFormerRepairObjects(
  t: TestApp,
  objects: Record<string, string>,
  former: TestMember,
): Promise<void> {
  objects['breach:former'] = await recordBreach(t, former, { title: 'Former’s breach' });
  objects['setback:former'] = await logSetback(t, former, { day: TODAY });
}

export async function addRepairObjects(
  t: TestApp,
  objects: Record<string, string>,
  people: {
    partner: TestMember;
    otherPartner: TestMember;
    outsider: TestMember;
    outsiderPartner: TestMember;
  },
): Promise<void> {
  const { partner, otherPartner, outsider, outsiderPartner } = people;

  // Space S. In breach:partner the partner broke trust; in breach:otherPartner the other did.
  const mine = await recordBreach(t, partner, { brokeTrust: 'me' });
  const theirs = await recordBreach(t, otherPartner, { brokeTrust: 'me' });
  objects['breach:partner'] = mine;
  objects['breach:otherPartner'] = theirs;
  objects['ack:partner'] = await writeAcknowledgment(t, partner, mine);
  objects['ack:otherPartner'] = await writeAcknowledgment(t, otherPartner, theirs);
  objects['statement:otherPartner'] = await writeImpactStatement(t, otherPartner, mine);
  objects['statement:partner'] = await writeImpactStatement(t, partner, theirs);
  objects['apology:partner'] = await writeApology(
    t,
    partner,
    mine,
    objects['statement:otherPartner'],
  );
  objects['apology:otherPartner'] = await writeApology(
    t,
    otherPartner,
    theirs,
    objects['statement:partner'],
  );
  objects['conversation:partner'] = await logConversation(t, partner, { day: TODAY });
  objects['conversation:otherPartner'] = await logConversation(t, otherPartner, { day: TODAY });
  const active = await proposeAgreement(t, partner, 'An agreement both accepted');
  await acceptVersion(t, otherPartner, active.pending!.id);
  objects['agreement:partner'] = active.id;
  const waiting = await proposeAgreement(t, otherPartner, 'A proposal waiting for an answer');
  objects['agreement:otherPartner'] = waiting.id;
  objects['agreementVersion:otherPartner'] = waiting.pending!.id;
  objects['agreementVersion:partner'] = active.versions[0]!.id;
  objects['setback:partner'] = await logSetback(t, partner, { day: TODAY });
  objects['setback:otherPartner'] = await logSetback(t, otherPartner, { day: TODAY });

  // Space T, someone else's: the same kinds of objects.
  const outside = await recordBreach(t, outsider, { brokeTrust: 'me' });
  objects['breach:outsider'] = outside;
  objects['ack:outsider'] = await writeAcknowledgment(t, outsider, outside);
  objects['statement:outsider'] = await writeImpactStatement(t, outsiderPartner, outside);
  objects['apology:outsider'] = await writeApology(
    t,
    outsider,
    outside,
    objects['statement:outsider'],
  );
  objects['conversation:outsider'] = await logConversation(t, outsider, { day: TODAY });
  const outsideAgreement = await proposeAgreement(t, outsider);
  objects['agreement:outsider'] = outsideAgreement.id;
  objects['agreementVersion:outsider'] = outsideAgreement.pending!.id;
  objects['setback:outsider'] = await logSetback(t, outsider, { day: TODAY });

  // Prompts belong to the library, not to a space: any partner may pick one.
  objects['prompt:library'] = 's2-vulnerability-3';
}
