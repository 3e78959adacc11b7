/** Making notes and gestures in tests, through the API like a partner would. */
import type { TestMember } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { call, ok } from '../repair/factories.js';

export async function sendNote(
  t: TestApp,
  member: TestMember,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  // Only a note needs words; a gesture's word is optional.
  const body =
    overrides.kind && overrides.kind !== 'note'
      ? overrides
      : { kind: 'note', text: 'Thank you for today.', ...overrides };
  const answer = await ok<{ note: { id: string } }>(call(t, member, 'POST', '/notes', body), 201);
  return answer.note.id;
}
