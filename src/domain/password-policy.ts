/**
 * Password rules after NIST SP 800-63B: length, not composition. At least 15
 * characters when the password is the only factor, 12 when a second factor
 * (TOTP or a passkey) guards the account too; at most 128; and not a commonly
 * used password. `isCommon` is given by the caller so this stays free of I/O.
 */

/** The floor when a second factor is enabled. */
export const PASSWORD_MIN_LENGTH = 12;
/** The floor when the password stands alone (sign-up always, as no factor exists yet). */
export const PASSWORD_MIN_LENGTH_SINGLE_FACTOR = 15;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common';

export interface PasswordContext {
  /** Whether the account has a second factor enabled. */
  hasSecondFactor: boolean;
}

export function minimumLength(context: PasswordContext): number {
  return context.hasSecondFactor ? PASSWORD_MIN_LENGTH : PASSWORD_MIN_LENGTH_SINGLE_FACTOR;
}

/** Code points, not UTF-16 units, so an emoji is one character. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export function passwordProblem(
  password: string,
  isCommon: (candidate: string) => boolean,
  context: PasswordContext = { hasSecondFactor: false },
): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < minimumLength(context)) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  if (isCommon(lower)) return 'too-common';
  // "password1234!" is as weak as "password": strip a trailing run of digits and symbols.
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (stem.length >= 4 && stem !== lower && isCommon(stem)) return 'too-common';
  // One character repeated, or a plain run such as "123456789012".
  if (new Set(lower).size <= 2) return 'too-common';
  return null;
}
