/**
 * Canaries in the text of needs and forgiveness, for the privacy-lifecycle
 * test: A's need, B's private statement (A must never receive it), and B's
 * private reflection (its answers are encrypted; no canary fits numbers).
 */
import type { Planter } from '../privacy/plant.js';
import { call, ok } from '../repair/factories.js';
import { acknowledgeNeed, listNeed, writeReflection } from './factories.js';

export const regainPlanter: Planter = async ({ t, couple, canary }) => {
  const need = await listNeed(t, couple.a, { text: canary('need words') });
  await acknowledgeNeed(t, couple.b, need.id);
  await writeReflection(t, couple.b);
  await writeReflection(t, couple.a);
  await ok(
    call(t, couple.b, 'PUT', '/forgiveness/statements/mine', {
      text: canary('forgiveness statement private of B'),
    }),
  );
  await ok(
    call(t, couple.a, 'PUT', '/forgiveness/statements/mine', {
      text: canary('forgiveness statement shared of A'),
      shared: true,
    }),
  );
};
