/**
 * Trust questionnaires for the privacy-lifecycle test: A's shared one and B's
 * private one (their answers are encrypted numbers; no canary fits them), so
 * the export and the deletion checks cover the table.
 */
import type { Planter } from '../privacy/plant.js';
import { trustAnswers, writeQuestionnaire } from './factories.js';

export const trustPlanter: Planter = async ({ t, couple }) => {
  await writeQuestionnaire(t, couple.a, { answers: trustAnswers(5), shared: true });
  await writeQuestionnaire(t, couple.b, { answers: trustAnswers(3) });
};
