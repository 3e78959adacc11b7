/**
 * RFC 9457 problem answers with a stable `code`. Services throw `AppError`s;
 * the one error handler turns every error into a problem, hiding internals on 5xx.
 * A code's HTTP status comes from the contract's catalogue, never from the thrower.
 */
import { statusOf, type ProblemCode } from '../../../contract/problems.js';

export interface FieldError {
  field: string;
  message: string;
}

export interface AppErrorOptions {
  code: ProblemCode;
  title: string;
  detail?: string;
  errors?: FieldError[];
  /** Seconds, for 429 and 503 answers. */
  retryAfter?: number;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly code: ProblemCode;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly retryAfter: number | undefined;

  constructor(options: AppErrorOptions) {
    super(options.title);
    this.status = statusOf(options.code);
    this.code = options.code;
    this.title = options.title;
    // A "wait" answer always says, in words, when to try again.
    this.detail =
      options.detail ??
      (options.retryAfter !== undefined ? tryAgainIn(options.retryAfter) : undefined);
    this.errors = options.errors;
    this.retryAfter = options.retryAfter;
  }
}

/** "Please try again in about 40 minutes." from a Retry-After in seconds. */
export function tryAgainIn(seconds: number): string {
  if (seconds < 60) return 'Please try again in a minute.';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60)
    return `Please try again in about ${minutes} minute${minutes === 1 ? '' : 's'}.`;
  const hours = Math.round(minutes / 60);
  return `Please try again in about ${hours} hour${hours === 1 ? '' : 's'}.`;
}

/** Refused and missing look the same, so existence never leaks. */
export const notFound = () => new AppError({ code: 'not-found', title: 'Not found' });

export const unauthenticated = () =>
  new AppError({ code: 'unauthenticated', title: 'Please sign in to continue' });

export const conflict = (code: ProblemCode, title: string, detail?: string) =>
  new AppError({ code, title, detail });

export const unprocessable = (code: ProblemCode, title: string, errors?: FieldError[]) =>
  new AppError({ code, title, errors });

export const invalidField = (field: string, message: string) =>
  unprocessable('validation-failed', 'Some fields need another look', [{ field, message }]);

export function problemBody(error: AppError) {
  return {
    type: `about:blank#${error.code}`,
    title: error.title,
    status: error.status,
    code: error.code,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
  };
}
