/**
 * Canaries in every text field of the repair phase, for the privacy-lifecycle
 * test (test/privacy/plant.ts lists this planter). A's and B's words both,
 * and B's private conversation note, which A must never receive.
 */
import type { Planter } from '../privacy/plant.js';
import {
  acceptVersion,
  call,
  logConversation,
  logSetback,
  ok,
  proposeAgreement,
  rateApology,
  rateConversation,
  recordBreach,
  respond,
  writeAcknowledgment,
  writeApology,
  writeImpactStatement,
} from './factories.js';

export const repairPlanter: Planter = async ({ t, couple, canary }) => {
  const { a, b } = couple;
  const day = t.clock.now().toISOString().slice(0, 10);
  const breachId = await recordBreach(t, b, {
    brokeTrust: 'partner',
    title: canary('breach title'),
    description: canary('breach description'),
    day,
  });
  await ok(call(t, b, 'PUT', `/breaches/${breachId}/my-severity`, { severity: 'severe' }));
  const ack = await writeAcknowledgment(t, a, breachId, canary('acknowledgment'));
  await respond(t, b, ack, 'something-missing', canary('acknowledgment comment'));
  const statement = await writeImpactStatement(t, b, breachId, canary('impact statement'));
  const apology = await writeApology(t, a, breachId, statement, {
    whatHappened: canary('apology what happened'),
    impact: canary('apology impact'),
    responsibility: canary('apology responsibility'),
    whatWillChange: canary('apology what will change'),
  });
  await rateApology(t, b, apology, 4, { comment: canary('apology rating comment') });

  const talk = await logConversation(t, a, { topic: canary('conversation topic'), day });
  await rateConversation(t, a, talk, 5, 5, {
    note: { text: canary('conversation note shared of A'), visibility: 'shared' },
  });
  await rateConversation(t, b, talk, 6, 6, {
    note: { text: canary('conversation note private of B'), visibility: 'private' },
  });
  await ok(call(t, a, 'POST', '/prompts/s2-honesty-2/picks'), 201);

  const agreement = await proposeAgreement(t, b, canary('agreement terms'));
  await ok(
    call(t, a, 'POST', `/agreement-versions/${agreement.pending!.id}/decline`, {
      comment: canary('agreement decline comment'),
    }),
  );
  const second = await ok<{ agreement: { pending: { id: string } } }>(
    call(t, b, 'POST', `/agreements/${agreement.id}/versions`, {
      text: canary('agreement change'),
    }),
    201,
  );
  await acceptVersion(t, a, second.agreement.pending.id);
  await ok(
    call(t, a, 'POST', `/agreements/${agreement.id}/disclosures`, {
      day,
      note: canary('agreement break note'),
    }),
    201,
  );
  await logSetback(t, b, { day, note: canary('setback note'), breachId });
};
