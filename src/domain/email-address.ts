/**
 * The address check of the guide's plain forms (comments, subscription): one
 * @, something on each side, a dot in the domain, no spaces or brackets, at
 * most 254 characters. Pragmatic, as a reader expects; the mailed link is the
 * real proof an address works.
 */
export const EMAIL_MAX = 254;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/u;

/** What is wrong with a typed address, in words for the reader; null when it will do. */
export function emailProblem(typed: string): string | null {
  const email = typed.trim();
  if (email === '') return 'Enter your e-mail address';
  if (email.length > EMAIL_MAX || !EMAIL.test(email))
    return 'Enter an e-mail address like name@example.org';
  return null;
}
