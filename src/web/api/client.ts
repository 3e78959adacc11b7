/**
 * The one way the web app talks to the server: JSON over same-origin fetch, the
 * session riding in its HttpOnly cookie. Problem answers (RFC 9457) become
 * `ApiError`s that keep each field's message, so forms can show it beside the
 * field; a request that never reached the server becomes an `OfflineError`.
 */
import type { Problem } from '../../contract/common';

export const API_BASE = '/api/v1';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];

  constructor(status: number, problem: Partial<Problem>) {
    super(problem.title ?? `The server answered ${status}`);
    this.status = status;
    this.code = problem.code ?? 'unknown';
    this.title = problem.title ?? 'Something went wrong';
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** The message for one field, if the server named it. */
  messageFor(field: string): string | undefined {
    return this.errors.find((error) => error.field === field)?.message;
  }
}

/** The device could not reach the server at all (offline, or the server is down). */
export class OfflineError extends Error {
  override name = 'OfflineError';
}

/**
 * The person closed the "confirm it is you" dialog: nothing was done, and
 * there is nothing to report beside the button they pressed.
 */
export class StepUpCancelled extends Error {
  override name = 'StepUpCancelled';
}

const SIGN_IN_PATHS = new Set([
  '/sessions',
  '/sessions/second-factor',
  '/sessions/second-factor/passkey-options',
]);

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Lets the session store hear about an expired session from any request. */
let onUnauthenticated: (() => void) | undefined;
export function whenUnauthenticated(listener: () => void): void {
  onUnauthenticated = listener;
}

export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API_BASE}${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new OfflineError('Mend could not reach the server', { cause });
  }

  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : undefined;
  if (response.ok) return payload as T;

  const problem: Partial<Problem> = typeof payload === 'object' && payload !== null ? payload : {};
  const error = new ApiError(response.status, problem);
  // On sign-in routes a 401 means "wrong password or code", not "session gone".
  if (error.status === 401 && !SIGN_IN_PATHS.has(path)) onUnauthenticated?.();
  throw error;
}
