/**
 * Password hashing (argon2id) and the common-password check. Unknown e-mails are
 * verified against a dummy hash so a sign-in takes the same time either way.
 */
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import {
  passwordProblem,
  type PasswordContext,
  type PasswordProblem,
} from '../../../domain/password-policy.js';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const ARGON2 = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  // About 49,000 passwords seen most often in breaches, loaded on first use.
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/** Without a context the stricter single-factor rule applies (15 characters). */
export function checkPassword(
  password: string,
  context: PasswordContext = { hasSecondFactor: false },
): PasswordProblem | null {
  return passwordProblem(password, (candidate) => commonPasswords().has(candidate), context);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

let dummyHash: Promise<string> | undefined;

/** Verifies against `stored`, or against a dummy hash when there is no account. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash('not-a-real-password-for-timing', ARGON2);
  const target = stored ?? (await dummyHash);
  const ok = await verify(target, password).catch(() => false);
  return stored !== null && ok;
}
