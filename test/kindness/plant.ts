/** Canaries in the text of notes, gestures and affirmations, for the privacy-lifecycle test. */
import type { Planter } from '../privacy/plant.js';
import { call, ok } from '../repair/factories.js';
import { sendNote } from './factories.js';

export const kindnessPlanter: Planter = async ({ t, couple, canary }) => {
  const { a, b } = couple;
  const note = await sendNote(t, a, { text: canary('note text') });
  await ok(call(t, b, 'PUT', `/notes/${note}/appreciation`));
  await sendNote(t, b, { kind: 'gesture', gestureKind: 'affection', text: canary('gesture word') });
};
