/**
 * Making an operator account (`mend admin create EMAIL`). An operator is a new
 * account of its own, never a promoted member: a member may be in a space,
 * and an operator must have no way into any (decision 048).
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Email } from '../../../contract/common.js';
import { checkPassword, hashPassword } from '../../platform/auth/passwords.js';
import type { DB } from '../../platform/db/schema.js';
import { newId } from '../../platform/ids.js';

export class OperatorError extends Error {
  override name = 'OperatorError';
}

/** 144 random bits in 24 characters: well past the single-factor rule. */
export const newOperatorPassword = () => randomBytes(18).toString('base64url');

export async function createOperator(
  db: Kysely<DB>,
  input: { email: string; password: string },
  now: Date,
): Promise<{ id: string; email: string }> {
  const parsed = Email.safeParse(input.email);
  if (!parsed.success) throw new OperatorError(`"${input.email}" is not an e-mail address.`);
  const email = parsed.data;
  const problem = checkPassword(input.password, { hasSecondFactor: false });
  if (problem) throw new OperatorError('The password is too weak for an operator account.');
  const taken = await db
    .selectFrom('members')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (taken)
    throw new OperatorError(
      `An account with ${email} exists already. An operator is an account of its own: use another address.`,
    );
  const id = newId(now.getTime());
  await db
    .insertInto('members')
    .values({
      id,
      email,
      displayName: 'Operator',
      passwordHash: await hashPassword(input.password),
      timeZone: 'UTC',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      passwordOkWithoutFactor: 1,
      // Made on the server by whoever runs it: the address needs no mailed link to be trusted.
      emailConfirmedAt: now.toISOString(),
      role: 'operator',
    })
    .execute();
  return { id, email };
}
