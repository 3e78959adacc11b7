import { describe, expect, it } from 'vitest';
import { agreementView, type AgreementVersionFacts } from './agreements.js';

const A = 'member-a';
const B = 'member-b';

const version = (
  n: number,
  authorId: string | null,
  answers: AgreementVersionFacts['answers'] = [],
  kind: AgreementVersionFacts['kind'] = 'terms',
): AgreementVersionFacts => ({
  id: `v${n}`,
  version: n,
  kind,
  authorId,
  createdAt: `2026-03-0${n}T10:00:00.000Z`,
  answers,
});
const yes = (memberId: string, day: number) => ({
  memberId,
  answer: 'accepted' as const,
  at: `2026-03-0${day}T12:00:00.000Z`,
});
const no = (memberId: string, day: number) => ({
  memberId,
  answer: 'declined' as const,
  at: `2026-03-0${day}T12:00:00.000Z`,
});

describe('agreements need both partners', () => {
  it('waits for the partner after a proposal; the author’s own yes does not count twice', () => {
    const view = agreementView([version(1, A)]);
    expect(view.status).toBe('proposed');
    expect(view.pendingVersionId).toBe('v1');
    expect(view.versions.get('v1')).toMatchObject({
      state: 'pending',
      acceptedBy: [A],
      locked: false,
    });

    const selfAccepted = agreementView([version(1, A, [yes(A, 1)])]);
    expect(selfAccepted.status).toBe('proposed');
  });

  it('becomes active when the other partner accepts, and locks that version', () => {
    const view = agreementView([version(1, A, [yes(B, 2)])]);
    expect(view).toMatchObject({
      status: 'active',
      activeVersionId: 'v1',
      activeSince: '2026-03-02T12:00:00.000Z',
      pendingVersionId: null,
    });
    expect(view.versions.get('v1')).toMatchObject({
      state: 'accepted',
      acceptedBy: [A, B],
      locked: true,
      lockReason: 'answered',
    });
  });

  it('keeps the accepted terms active while a change waits, then switches to the change', () => {
    const waiting = agreementView([version(1, A, [yes(B, 2)]), version(2, B)]);
    expect(waiting).toMatchObject({
      status: 'active',
      activeVersionId: 'v1',
      pendingVersionId: 'v2',
    });

    const changed = agreementView([version(1, A, [yes(B, 2)]), version(2, B, [yes(A, 4)])]);
    expect(changed).toMatchObject({
      status: 'active',
      activeVersionId: 'v2',
      activeSince: '2026-03-02T12:00:00.000Z',
      pendingVersionId: null,
    });
    expect(changed.versions.get('v1')).toMatchObject({
      state: 'accepted',
      latest: false,
      lockReason: 'answered',
    });
  });

  it('keeps a declined proposal as declined, and an unanswered one as superseded by a newer one', () => {
    const declined = agreementView([version(1, A, [no(B, 2)])]);
    expect(declined).toMatchObject({ status: 'proposed', pendingVersionId: null });
    expect(declined.versions.get('v1')?.state).toBe('declined');

    const superseded = agreementView([version(1, A), version(2, A)]);
    expect(superseded.versions.get('v1')).toMatchObject({
      state: 'superseded',
      locked: true,
      lockReason: 'revised',
    });
    expect(superseded.pendingVersionId).toBe('v2');
  });

  it('retires only when both accept the retirement', () => {
    const asked = agreementView([version(1, A, [yes(B, 2)]), version(2, B, [], 'retire')]);
    expect(asked).toMatchObject({ status: 'active', pendingVersionId: 'v2' });

    const retired = agreementView([
      version(1, A, [yes(B, 2)]),
      version(2, B, [yes(A, 5)], 'retire'),
    ]);
    expect(retired).toMatchObject({
      status: 'retired',
      activeVersionId: null,
      pendingVersionId: null,
      retiredAt: '2026-03-05T12:00:00.000Z',
    });

    const refused = agreementView([
      version(1, A, [yes(B, 2)]),
      version(2, B, [no(A, 5)], 'retire'),
    ]);
    expect(refused.status).toBe('active');
  });

  it('still reads an agreement whose author deleted their account', () => {
    const view = agreementView([version(1, null, [yes(B, 2)])]);
    expect(view.versions.get('v1')?.acceptedBy).toEqual([B]);
  });
});
