/**
 * The catalogue of problem codes: every `code` an answer of Mend's API can
 * carry, with the HTTP status it always comes with. The server can throw no
 * other code (AppError takes a `ProblemCode`), and the web app matches codes
 * by this type, so a renamed code fails to compile on both sides.
 * Zod-free: the web app imports it at run time.
 */
export const PROBLEMS = {
  // Requests Mend could not read
  'bad-request': 400,
  'malformed-json': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'validation-failed': 422,
  'range-too-long': 422,
  /** "How much do you think your partner trusts you?" answered by someone who broke trust in no breach. */
  'perceived-trust-not-asked': 422,
  /** A Host Mend does not answer for (DNS rebinding, a wrong name): refused before routing. */
  'unknown-host': 421,

  // Who you are
  unauthenticated: 401,
  'invalid-credentials': 401,
  'invalid-second-factor': 401,
  'sign-in-expired': 401,
  'second-factor-required': 403,
  'reauthentication-required': 403,
  'reauthentication-failed': 403,
  'password-too-short-without-factor': 409,
  'no-second-factor': 409,
  'no-totp-setup': 409,
  'cross-origin': 403,
  'too-many-attempts': 429,
  /** A right password on an account whose sign-up link was not followed yet. */
  'email-not-confirmed': 403,
  /** A mailed link (sign-up, new address, reset) that is unknown, used or expired. */
  'link-used-or-expired': 410,

  // Not there, or not yours (the same answer, so existence never leaks)
  'not-found': 404,

  // Accounts, second factors, spaces and invites
  'email-taken': 409,
  'passkey-exists': 409,
  'too-many-passkeys': 409,
  'no-passkey': 409,
  'passkey-not-verified': 422,
  'space-full': 409,
  'already-in-space': 409,
  'partner-required': 409,
  'partner-not-joined': 409,
  alone: 409,
  'invite-not-found': 404,
  'invite-used': 410,
  'invite-revoked': 410,
  'invite-expired': 410,

  // Safety before joint features
  'safety-check-required': 409,
  'safety-choice-required': 409,
  'joint-features-paused': 409,

  // Therapist access
  'too-many-therapists': 409,
  'grant-closed': 409,
  'grant-not-awaiting-consent': 409,
  'partner-cannot-be-therapist': 409,

  // The repair phase
  'not-a-party': 403,
  'not-hurt-partner': 403,
  'not-partner-who-broke-trust': 403,
  'own-entry': 403,
  'own-proposal': 403,
  'not-author': 403,
  'version-locked': 409,
  'not-latest-version': 409,
  'already-answered': 409,
  /** A new version word for word the same as its author's last one. */
  'unchanged-version': 409,
  'agreement-retired': 409,
  'agreement-not-active': 409,
  'write-conflict': 409,
  // Commitments (step 5)
  'not-owner': 403,
  'day-not-due': 422,
  'mark-differs': 409,
  'mark-reviewed': 409,
  'week-full': 409,
  'commitment-ended': 409,
  'not-questioned': 409,

  // Needs and forgiveness
  /** Acknowledging a need of one's own: the other partner acknowledges it. */
  'own-need': 403,
  'need-retired': 409,
  /** A forgiveness reflection was already written in this 30-day period. */
  'reflection-not-due': 409,

  // Notes and reassurance
  /** An affirmation whose phrase id is not in the library. */
  'unknown-phrase': 422,

  // Ours
  internal: 500,
} as const satisfies Record<string, number>;

export type ProblemCode = keyof typeof PROBLEMS;

export const statusOf = (code: ProblemCode): number => PROBLEMS[code];
