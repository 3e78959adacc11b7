/**
 * Second-factor rows. Every query takes the member id: a factor, code or
 * challenge of another member is never found by id alone.
 */
import type { Kysely } from 'kysely';
import type {
  DB,
  PasskeysTable,
  TotpFactorsTable,
  WebauthnChallengesTable,
} from '../../platform/db/schema.js';
import { holdMember } from '../../platform/db/hold.js';
import { newId } from '../../platform/ids.js';
import { hashRecoveryCode } from './recovery-codes.js';

// TOTP ---------------------------------------------------------------------

export function findConfirmedTotp(
  db: Kysely<DB>,
  memberId: string,
): Promise<TotpFactorsTable | undefined> {
  return db
    .selectFrom('totpFactors')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('confirmedAt', 'is not', null)
    .executeTakeFirst();
}

export function findPendingTotp(
  db: Kysely<DB>,
  memberId: string,
): Promise<TotpFactorsTable | undefined> {
  return db
    .selectFrom('totpFactors')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('confirmedAt', 'is', null)
    .executeTakeFirst();
}

/** A new pending setup replaces any earlier pending one. */
export async function insertPendingTotp(db: Kysely<DB>, row: TotpFactorsTable): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('totpFactors')
      .where('memberId', '=', row.memberId)
      .where('confirmedAt', 'is', null)
      .execute();
    await trx.insertInto('totpFactors').values(row).execute();
  });
}

/**
 * Records that a code for `step` was accepted, only if no code for this step
 * or a later one was accepted before: the update itself is the reuse check,
 * so two requests racing with one code cannot both pass.
 */
export async function claimTotpStep(
  db: Kysely<DB>,
  memberId: string,
  factorId: string,
  step: number,
): Promise<boolean> {
  const result = await db
    .updateTable('totpFactors')
    .set({ lastUsedStep: step })
    .where('id', '=', factorId)
    .where('memberId', '=', memberId)
    .where((eb) => eb.or([eb('lastUsedStep', 'is', null), eb('lastUsedStep', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Turns the pending TOTP on, replacing a confirmed one; true only for the one
 * request whose update found it still pending.
 */
export async function confirmPendingTotp(
  db: Kysely<DB>,
  memberId: string,
  pendingId: string,
  step: number,
  now: Date,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('totpFactors')
      .where('memberId', '=', memberId)
      .where('confirmedAt', 'is not', null)
      .where('id', '!=', pendingId)
      .execute();
    const result = await trx
      .updateTable('totpFactors')
      .set({ confirmedAt: now.toISOString(), lastUsedStep: step })
      .where('id', '=', pendingId)
      .where('memberId', '=', memberId)
      .where('confirmedAt', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  });
}

export async function deleteTotp(db: Kysely<DB>, memberId: string): Promise<number> {
  const result = await db
    .deleteFrom('totpFactors')
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// Recovery codes -----------------------------------------------------------

export async function countUnusedRecoveryCodes(db: Kysely<DB>, memberId: string): Promise<number> {
  const row = await db
    .selectFrom('recoveryCodes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('memberId', '=', memberId)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Replaces every code of the member with `codes` (stored as hashes). */
export async function replaceRecoveryCodes(
  db: Kysely<DB>,
  memberId: string,
  codes: string[],
  now: Date,
): Promise<void> {
  await db.deleteFrom('recoveryCodes').where('memberId', '=', memberId).execute();
  if (codes.length === 0) return;
  await db
    .insertInto('recoveryCodes')
    .values(
      codes.map((code) => ({
        id: newId(now.getTime()),
        memberId,
        codeHash: hashRecoveryCode(code),
        createdAt: now.toISOString(),
        usedAt: null,
      })),
    )
    .execute();
}

/** Uses up one code; true only for the one request that marked it used. */
export async function consumeRecoveryCode(
  db: Kysely<DB>,
  memberId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('recoveryCodes')
    .set({ usedAt: now.toISOString() })
    .where('memberId', '=', memberId)
    .where('codeHash', '=', hashRecoveryCode(code))
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteRecoveryCodes(db: Kysely<DB>, memberId: string): Promise<void> {
  await db.deleteFrom('recoveryCodes').where('memberId', '=', memberId).execute();
}

// Passkeys -----------------------------------------------------------------

export function listPasskeys(db: Kysely<DB>, memberId: string): Promise<PasskeysTable[]> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('memberId', '=', memberId)
    .orderBy('createdAt', 'asc')
    .orderBy('id', 'asc')
    .execute();
}

export function findPasskeyByCredential(
  db: Kysely<DB>,
  memberId: string,
  credentialId: string,
): Promise<PasskeysTable | undefined> {
  return db
    .selectFrom('passkeys')
    .selectAll()
    .where('memberId', '=', memberId)
    .where('credentialId', '=', credentialId)
    .executeTakeFirst();
}

export async function credentialIdTaken(db: Kysely<DB>, credentialId: string): Promise<boolean> {
  const row = await db
    .selectFrom('passkeys')
    .select('id')
    .where('credentialId', '=', credentialId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Adds a passkey unless the member has `max` already; false when the limit
 * stopped it. The member is held while counting, so registrations at the same
 * moment are counted one after another.
 */
export async function insertPasskeyWithinLimit(
  db: Kysely<DB>,
  row: PasskeysTable,
  max: number,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await holdMember(trx, row.memberId);
    const { n } = await trx
      .selectFrom('passkeys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('memberId', '=', row.memberId)
      .executeTakeFirstOrThrow();
    if (Number(n) >= max) return false;
    await trx.insertInto('passkeys').values(row).execute();
    return true;
  });
}

export async function recordPasskeyUse(
  db: Kysely<DB>,
  memberId: string,
  passkeyId: string,
  counter: number,
  now: Date,
): Promise<void> {
  await db
    .updateTable('passkeys')
    .set({ counter, lastUsedAt: now.toISOString() })
    .where('id', '=', passkeyId)
    .where('memberId', '=', memberId)
    .execute();
}

export async function deletePasskey(
  db: Kysely<DB>,
  memberId: string,
  passkeyId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('passkeys')
    .where('id', '=', passkeyId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function passkeyExists(
  db: Kysely<DB>,
  memberId: string,
  passkeyId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('passkeys')
    .select('id')
    .where('id', '=', passkeyId)
    .where('memberId', '=', memberId)
    .executeTakeFirst();
  return row !== undefined;
}

// WebAuthn challenges ------------------------------------------------------

export async function insertChallenge(
  db: Kysely<DB>,
  row: WebauthnChallengesTable,
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Old challenges of this member are useless; keep the table small.
    await trx
      .deleteFrom('webauthnChallenges')
      .where('memberId', '=', row.memberId)
      .where('expiresAt', '<=', now.toISOString())
      .execute();
    await trx.insertInto('webauthnChallenges').values(row).execute();
  });
}

/** Takes a live challenge away; true only once, for the request that removed it. */
export async function consumeChallenge(
  db: Kysely<DB>,
  where: {
    memberId: string;
    purpose: WebauthnChallengesTable['purpose'];
    boundTo: string;
    challengeHash: string;
  },
  now: Date,
): Promise<boolean> {
  const result = await db
    .deleteFrom('webauthnChallenges')
    .where('memberId', '=', where.memberId)
    .where('purpose', '=', where.purpose)
    .where('boundTo', '=', where.boundTo)
    .where('challengeHash', '=', where.challengeHash)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

// Members ------------------------------------------------------------------

export function findMemberForFactors(db: Kysely<DB>, memberId: string) {
  return db
    .selectFrom('members')
    .select(['id', 'email', 'displayName', 'passwordOkWithoutFactor'])
    .where('id', '=', memberId)
    .executeTakeFirst();
}
