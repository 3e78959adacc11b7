/**
 * Agreements (step 4): either partner proposes; a version becomes binding only
 * when both have accepted it — its author by proposing it, the other by saying
 * yes. A change is a new version that needs both again, and so is retiring the
 * agreement. The earlier accepted version stays active until a change is
 * accepted. Nothing is ever deleted: every version and every answer is kept.
 */
import { isLocked, lockReason, type LockReason } from './versions.js';

export type AgreementVersionKind = 'terms' | 'retire';
export type AgreementAnswer = 'accepted' | 'declined';
export type AgreementVersionState = 'pending' | 'accepted' | 'declined' | 'superseded';
export type AgreementStatus = 'proposed' | 'active' | 'retired';

export interface AgreementAnswerFacts {
  memberId: string;
  answer: AgreementAnswer;
  at: string;
}

export interface AgreementVersionFacts {
  id: string;
  version: number;
  kind: AgreementVersionKind;
  /** Null once the author deleted their account. */
  authorId: string | null;
  createdAt: string;
  answers: AgreementAnswerFacts[];
}

export interface AgreementVersionView {
  id: string;
  state: AgreementVersionState;
  /** Who has accepted: the author (by proposing) and whoever said yes. */
  acceptedBy: string[];
  /** When it was accepted by both, or null. */
  acceptedAt: string | null;
  latest: boolean;
  locked: boolean;
  lockReason: LockReason | null;
}

export interface AgreementView {
  status: AgreementStatus;
  /** The terms in force: the newest terms version accepted by both. */
  activeVersionId: string | null;
  activeSince: string | null;
  /** The newest version while it waits for an answer. */
  pendingVersionId: string | null;
  retiredAt: string | null;
  versions: Map<string, AgreementVersionView>;
}

function acceptance(version: AgreementVersionFacts): { by: string[]; at: string | null } {
  const yes = version.answers.filter(
    (a) => a.answer === 'accepted' && a.memberId !== version.authorId,
  );
  const by = [
    ...new Set([...(version.authorId ? [version.authorId] : []), ...yes.map((a) => a.memberId)]),
  ];
  if (yes.length === 0) return { by, at: null };
  const at = yes.map((a) => a.at).sort()[0] ?? null;
  return { by, at };
}

export function agreementView(versionsIn: readonly AgreementVersionFacts[]): AgreementView {
  const versions = [...versionsIn].sort((a, b) => a.version - b.version);
  const latestNumber = versions.at(-1)?.version ?? 0;
  const views = new Map<string, AgreementVersionView>();
  let activeVersionId: string | null = null;
  let activeSince: string | null = null;
  let retiredAt: string | null = null;
  let pendingVersionId: string | null = null;

  for (const version of versions) {
    const { by, at } = acceptance(version);
    const declined = version.answers.some(
      (a) => a.answer === 'declined' && a.memberId !== version.authorId,
    );
    const latest = version.version === latestNumber;
    const state: AgreementVersionState =
      at !== null ? 'accepted' : declined ? 'declined' : latest ? 'pending' : 'superseded';
    const facts = { hasNewer: !latest, answered: version.answers.length > 0 };
    views.set(version.id, {
      id: version.id,
      state,
      acceptedBy: by,
      acceptedAt: at,
      latest,
      locked: isLocked(facts),
      lockReason: lockReason(facts),
    });
    if (state === 'accepted' && version.kind === 'terms' && retiredAt === null) {
      activeVersionId = version.id;
      // A renegotiated agreement has been active since its first acceptance.
      activeSince ??= at;
    }
    if (state === 'accepted' && version.kind === 'retire') retiredAt ??= at;
    if (state === 'pending') pendingVersionId = version.id;
  }

  const status: AgreementStatus =
    retiredAt !== null ? 'retired' : activeVersionId !== null ? 'active' : 'proposed';
  return {
    status,
    activeVersionId: status === 'retired' ? null : activeVersionId,
    activeSince: status === 'retired' ? null : activeSince,
    pendingVersionId: status === 'retired' ? null : pendingVersionId,
    retiredAt,
    versions: views,
  };
}
