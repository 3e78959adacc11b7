/**
 * RFC 9457 problem answers with a stable `code`. Services throw `AppError`s;
 * the one error handler turns every error into a problem, hiding internals on 5xx.
 */

export interface FieldError {
  field: string;
  message: string;
}

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    /** Seconds, for 429 and 503 answers. */
    readonly retryAfter?: number,
  ) {
    super(title);
  }
}

/** Refused and missing look the same, so existence never leaks. */
export const notFound = () => new AppError(404, 'not-found', 'Not found');

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', 'Please sign in to continue');

export const conflict = (code: string, title: string, detail?: string) =>
  new AppError(409, code, title, detail);

export const unprocessable = (code: string, title: string, errors?: FieldError[]) =>
  new AppError(422, code, title, undefined, errors);

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
