/**
 * Password rules after NIST SP 800-63B: length, not composition. At least 12
 * characters, at most 128, and not a commonly used password. `isCommon` is given
 * by the caller so this stays free of I/O.
 */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'too-short' | 'too-long' | 'too-common';

export function passwordProblem(
  password: string,
  isCommon: (candidate: string) => boolean,
): PasswordProblem | null {
  // Count code points, not UTF-16 units, so an emoji is one character.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
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
