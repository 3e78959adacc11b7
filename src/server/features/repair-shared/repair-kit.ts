/**
 * What the repair-phase features share: their problem answers (each with a
 * stable code), the write throttle, the "not in the future" rule for days, the
 * member's time zone, and the rules for writing on a breach's thread.
 *
 * This folder, `repair-shared`, is not a feature: it has no routes and no
 * tables of its own. It holds what breaches, apologies, conversations,
 * agreements, setbacks, prompts and the path all use, so that none of them has
 * to reach into another one's folder for it (it used to live beside breaches,
 * because every other repair feature hangs on a breach or sits beside one).
 * `thread-entries.ts` keeps the queries of the versioned entries of a breach's
 * thread; `data-scope.ts` the export's scope for the repair tables.
 */
import type { Kysely } from 'kysely';
import { dayIn, type Day } from '../../../domain/calendar.js';
import { DAY_BOUNDS, pastDayProblem } from '../../../domain/day-bounds.js';
import { isUnchanged, lockReason, type LockReason } from '../../../domain/path/versions.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { DatabaseKind } from '../../platform/db/dialect.js';
import type { DB } from '../../platform/db/schema.js';
import { AppError, conflict, invalidField, notFound } from '../../platform/http/problem.js';
import type { Reader } from '../../../domain/visibility.js';
import type { RateLimiter } from '../../platform/rate-limit/rate-limiter.js';
import { findMemberById } from '../accounts/reads.js';
import { findBreachForUpdate, type BreachRow } from '../breaches/reads.js';
import {
  latestThreadEntry,
  latestVersionNumber,
  type Row,
  type ThreadTable,
} from './thread-entries.js';

/** Writes in the repair phase: generous for a person, tight for a script. */
export const REPAIR_WRITE_LIMIT = 300;
export const REPAIR_WRITE_WINDOW_MS = 15 * 60_000;

export async function throttleRepairWrite(limiter: RateLimiter, memberId: string): Promise<void> {
  const hits = await limiter.hit(`repair-write:${memberId}`, REPAIR_WRITE_WINDOW_MS);
  if (hits.count > REPAIR_WRITE_LIMIT) {
    throw new AppError({
      code: 'too-many-attempts',
      title: 'Please wait a little before writing more',
      retryAfter: Math.max(1, Math.ceil(hits.resetInMs / 1000)),
    });
  }
}

export async function timeZoneOf(db: Kysely<DB>, memberId: string): Promise<string> {
  const member = await findMemberById(db, memberId);
  if (!member) throw notFound();
  return member.timeZone;
}

/**
 * A day something happened: today or earlier in the member's own time zone,
 * and not more than `yearsBack` years ago (domain/day-bounds.ts).
 */
export function requireNotInFuture(
  field: string,
  day: Day,
  now: Date,
  timeZone: string,
  yearsBack: number = DAY_BOUNDS.eventYearsBack,
): void {
  const problem = pastDayProblem(day, dayIn(now, timeZone), yearsBack);
  if (problem) throw invalidField(field, problem);
}

export const partnerNeeded = () =>
  conflict(
    'partner-not-joined',
    'Your partner has not joined yet',
    'This names both of you, so it waits until your partner has joined the space.',
  );

export const onlyPartnerWhoBrokeTrust = () =>
  new AppError({
    code: 'not-partner-who-broke-trust',
    title: 'Only the partner who broke trust writes this',
    detail:
      'In this breach, the acknowledgment and the apology are written by the partner who broke trust.',
  });

export const onlyHurtPartner = () =>
  new AppError({
    code: 'not-hurt-partner',
    title: 'Only the hurt partner can do this',
    detail:
      'In this breach, the impact statement and the answers to an acknowledgment or an apology are the hurt partner’s.',
  });

export const ownWords = () =>
  new AppError({
    code: 'own-entry',
    title: 'This is yours to write, not to answer',
    detail: 'Your partner answers what you wrote.',
  });

export const notTheAuthor = () =>
  new AppError({ code: 'not-author', title: 'Only its author can change this' });

export function versionLocked(reason: LockReason): AppError {
  return conflict(
    'version-locked',
    'This version can no longer be changed',
    reason === 'answered'
      ? 'Your partner has answered it. Every version is kept; write a new version instead.'
      : 'A newer version exists. Every version is kept; change the newest one, or write another.',
  );
}

export const notLatestVersion = () =>
  conflict(
    'not-latest-version',
    'A newer version exists',
    'Answer the newest version; the earlier ones are kept as they were.',
  );

export const unchangedVersion = () =>
  conflict(
    'unchanged-version',
    'This is the same as your last version',
    'Nothing in it has changed yet, so there is nothing new for your partner to read. Take your time; when you would like to add or say something differently, share it then.',
  );

/**
 * Refuses a new version that says word for word what its author's last one in
 * this thread said (`isUnchanged`): the partner is never asked to read "a new
 * version" that is the old one again. `columns` are the entry's encrypted text
 * columns, compared in order with `next`.
 */
export async function refuseUnchangedVersion<K extends ThreadTable>(
  trx: Kysely<DB>,
  cipher: FieldCipher,
  table: K,
  thread: { spaceId: string; breachId: string; authorId: string },
  columns: readonly (keyof Row<K> & string)[],
  next: readonly string[],
): Promise<void> {
  const last = await latestThreadEntry(
    trx,
    table,
    thread.spaceId,
    thread.breachId,
    thread.authorId,
  );
  if (!last) return;
  // Every thread table has an id; the generic row type cannot say so. The
  // query is scoped to the thread's space, so that is the space it is bound to.
  const binding = { rowId: (last as { id: string }).id, spaceId: thread.spaceId };
  const previous = columns.map((column) => cipher.decrypt(last[column] as string, binding));
  if (isUnchanged(previous, next)) throw unchangedVersion();
}

interface ThreadEntry {
  spaceId: string;
  breachId: string | null;
  authorId: string;
  version: number;
}

/** Its author may correct an entry only while it is unanswered and the newest (inside the write's transaction). */
export async function requireEditableVersion(
  db: Kysely<DB>,
  table: ThreadTable,
  entry: ThreadEntry,
  answered: boolean,
): Promise<void> {
  const latest = await latestVersionNumber(
    db,
    table,
    entry.spaceId,
    entry.breachId!,
    entry.authorId,
  );
  const reason = lockReason({ hasNewer: latest > entry.version, answered });
  if (reason) throw versionLocked(reason);
}

/** Only the newest version is answered; earlier ones stay as they were. */
export async function requireLatestVersion(
  db: Kysely<DB>,
  table: ThreadTable,
  entry: ThreadEntry,
): Promise<void> {
  const latest = await latestVersionNumber(
    db,
    table,
    entry.spaceId,
    entry.breachId!,
    entry.authorId,
  );
  if (latest > entry.version) throw notLatestVersion();
}

/**
 * Whether a stored answer (a response, a rating) has this author and this
 * comment, word for word: the part of "the same answer again" that every
 * answer shares. A retried tap that sends the same answer is no error.
 */
export function sameAuthorAndComment(
  cipher: FieldCipher,
  given: { id: string; spaceId: string; authorId: string; comment: string | null },
  authorId: string,
  comment: string | null | undefined,
): boolean {
  if (given.authorId !== authorId) return false;
  const stored = cipher.decryptNullable(given.comment, { rowId: given.id, spaceId: given.spaceId });
  return stored === (comment ?? null);
}

export const alreadyAnswered = () =>
  conflict('already-answered', 'This has been answered already', 'Every answer is kept as given.');

/** A unique index refused a row: another request got there first. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  return (
    e?.code === '23505' ||
    e?.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (typeof e?.message === 'string' && e.message.includes('UNIQUE constraint failed'))
  );
}

export const tryAgain = () =>
  conflict('write-conflict', 'Something changed at the same moment', 'Please try again.');

/**
 * Runs a write on a breach's thread in a transaction that holds the breach row,
 * so writes on one thread go one at a time; a unique clash asks for a retry.
 */
export async function onBreach<T>(
  db: Kysely<DB>,
  dbKind: DatabaseKind,
  spaceId: string,
  reader: Reader,
  breachId: string,
  work: (trx: Kysely<DB>, breach: BreachRow) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const breach = await findBreachForUpdate(trx, dbKind, spaceId, breachId, reader);
      if (!breach) throw notFound();
      return work(trx, breach);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw tryAgain();
    throw error;
  }
}
