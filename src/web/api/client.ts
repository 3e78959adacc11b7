/**
 * The one way the web app talks to the server: `call(operation, request)` with
 * an operation from the shared contract (src/contract/operations), so the
 * method, path, what is sent and what comes back are the server's own and a
 * changed schema fails to compile here. JSON over same-origin fetch, the
 * session riding in its HttpOnly cookie. Problem answers (RFC 9457) become
 * `ApiError`s that keep each field's message, so forms can show it beside the
 * field; a request that never reached the server becomes an `OfflineError`.
 */
import type { Problem } from '../../contract/common';
import type { AnswerOf, CallArguments, Operation } from '../../contract/operation';
import type { ProblemCode } from '../../contract/problems';

/** Where the API lives; every operation's path starts with it. */
export const API_BASE = '/api/v1';

export interface FieldError {
  field: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  /** A code from the contract's catalogue; `unknown` when the answer carried none. */
  readonly code: ProblemCode | 'unknown';
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

  /** Whether the server answered with this problem code. */
  is(code: ProblemCode): boolean {
    return this.code === code;
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

/** Lets the session store hear about an expired session from any request. */
let onUnauthenticated: (() => void) | undefined;
export function whenUnauthenticated(listener: () => void): void {
  onUnauthenticated = listener;
}

/** True when `error` is the server's answer with this problem code. */
export const isProblem = (error: unknown, code: ProblemCode): error is ApiError =>
  error instanceof ApiError && error.code === code;

type Values = Record<string, string | number | boolean | undefined | null>;

/** The operation's path with each `:name` filled in from `params`, and its query. */
export function urlFor(path: string, params?: Values, query?: Values): string {
  const filled = path.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** Calls one operation of the contract; parts it takes are given as `{ params, query, body }`. */
export async function call<Op extends Operation>(
  operation: Op,
  ...request: CallArguments<Op>
): Promise<AnswerOf<Op>> {
  const parts = (request[0] ?? {}) as { params?: Values; query?: Values; body?: unknown };
  const body = parts.body;
  let response: Response;
  try {
    response = await fetch(urlFor(operation.path, parts.params, parts.query), {
      method: operation.method,
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

  if (response.status === 204) return undefined as AnswerOf<Op>;
  const type = response.headers.get('content-type') ?? '';
  const payload: unknown = type.includes('json') ? await response.json() : undefined;
  if (response.ok) return payload as AnswerOf<Op>;

  const problem: Partial<Problem> = typeof payload === 'object' && payload !== null ? payload : {};
  const error = new ApiError(response.status, problem);
  // A 401 from a public operation (signing in) means "wrong password or code",
  // not "the session is gone".
  if (error.status === 401 && operation.auth === 'member') onUnauthenticated?.();
  throw error;
}
