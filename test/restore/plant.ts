/**
 * Canaries in every text field of restore and regain, for the privacy-lifecycle
 * test (test/privacy/plant.ts lists this planter). Commitments and everything
 * on them are shared by nature: both partners' words, no private ones.
 */
import type { Planter } from '../privacy/plant.js';
import { call, ok } from '../repair/factories.js';
import { makeCommitment, markDay, reviewMark } from './factories.js';

export const restorePlanter: Planter = async ({ t, couple, canary }) => {
  const { a, b } = couple;
  const commitment = await makeCommitment(t, a, { text: canary('commitment of A') });
  const day = commitment.today.day;
  await ok(markDay(t, a, commitment.id, day, { outcome: 'kept', note: canary('mark note of A') }));
  await ok(
    reviewMark(t, b, commitment.id, day, { verdict: 'questioned', note: canary('review of B') }),
  );
  await ok(
    call(t, a, 'PUT', `/commitments/${commitment.id}/marks/${day}/answer`, {
      text: canary('answer of A'),
    }),
  );
};
