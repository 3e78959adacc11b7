/**
 * Versioned writing (acknowledgments, impact statements, apologies, agreement
 * proposals): every version is kept. The newest version may still be corrected
 * by its author until the other partner has answered it; after that, or once a
 * newer version exists, it is locked — a change is a new version.
 */

export type LockReason = 'answered' | 'revised';

export interface VersionFacts {
  /** Whether a newer version by the same author exists in the same thread. */
  hasNewer: boolean;
  /** Whether the other partner has answered it (a response, rating, acceptance, an apology). */
  answered: boolean;
}

export function lockReason(version: VersionFacts): LockReason | null {
  if (version.answered) return 'answered';
  if (version.hasNewer) return 'revised';
  return null;
}

export function isLocked(version: VersionFacts): boolean {
  return lockReason(version) !== null;
}

/** The number of the next version in a thread whose highest number is `latest` (0 when empty). */
export function nextVersionNumber(latest: number | null | undefined): number {
  return (latest ?? 0) + 1;
}

interface Authored {
  authorId: string;
  version: number;
}

/** Whether `thread` holds a newer version of `entry` by the same author. */
export function hasNewerVersion(entry: Authored, thread: readonly Authored[]): boolean {
  return thread.some((other) => other.authorId === entry.authorId && other.version > entry.version);
}

/**
 * Whether a new version says nothing its author's last one did not: the same
 * words, spaces and line breaks aside. Such a version is refused, so the
 * partner is never asked to read "a new version" that is the old one again.
 */
export function isUnchanged(
  previous: readonly (string | null)[],
  next: readonly (string | null)[],
): boolean {
  const words = (text: string | null) => (text ?? '').trim().split(/\s+/).join(' ');
  return previous.length === next.length && previous.every((p, i) => words(p) === words(next[i]!));
}
