/**
 * One person's device, talking to an in-process Mend app through
 * `app.inject`: the operation tables of the shared contract give the method,
 * the path and the types of what is sent and answered (as the web app's
 * `call` does), the session rides in its cookie, and every request carries
 * the Host and Origin a browser on PUBLIC_URL would send, so the host check
 * and the CSRF check see an ordinary visit.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { AnswerOf, CallArguments, Operation } from '../../contract/operation.js';

type Values = Record<string, string | number | boolean | undefined | null>;

/** An answer of 400 or more: the status, the problem's code and its title. */
export class RequestFailed extends Error {
  override name = 'RequestFailed';
  constructor(
    readonly operationId: string,
    readonly status: number,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${operationId} answered ${status}${code ? ` (${code})` : ''}: ${detail}`);
  }
}

/** The operation's path with each `:name` filled in, and its query string. */
function urlFor(path: string, params?: Values, query?: Values): string {
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

/** Counts what all visitors of one app sent, for the summary. */
export interface RequestTally {
  requests: number;
}

export class Visitor {
  private cookie: string | undefined;
  private readonly host: string;
  private readonly origin: string;

  constructor(
    private readonly app: FastifyInstance,
    publicUrl: string,
    /** The device's address: throttles count per address, as for real phones. */
    private readonly remoteAddress: string,
    private readonly tally: RequestTally = { requests: 0 },
  ) {
    const url = new URL(publicUrl);
    this.host = url.host;
    this.origin = url.origin;
  }

  get signedIn(): boolean {
    return this.cookie !== undefined;
  }

  /** Forgets the session (after signing out, or when the server ended it). */
  forgetSession(): void {
    this.cookie = undefined;
  }

  /** Calls one operation; an answer of 400 or more throws RequestFailed. */
  async call<Op extends Operation>(
    operation: Op,
    ...request: CallArguments<Op>
  ): Promise<AnswerOf<Op>> {
    const parts = (request[0] ?? {}) as { params?: Values; query?: Values; body?: unknown };
    const body = parts.body;
    this.tally.requests += 1;
    const response = await this.app.inject({
      method: operation.method,
      url: urlFor(operation.path, parts.params, parts.query),
      remoteAddress: this.remoteAddress,
      headers: {
        host: this.host,
        origin: this.origin,
        accept: 'application/json, application/problem+json',
        'user-agent': 'Mend demo',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
    this.keepSession(response);
    if (response.statusCode >= 400) {
      let code: string | undefined;
      let detail = response.body;
      try {
        const problem = response.json<{ code?: string; title?: string; detail?: string }>();
        code = problem.code;
        detail = [problem.title, problem.detail].filter(Boolean).join(' — ') || detail;
      } catch {
        // Not JSON: the body says what there is to say.
      }
      throw new RequestFailed(operation.operationId, response.statusCode, code, detail);
    }
    if (response.statusCode === 204 || response.body === '') return undefined as AnswerOf<Op>;
    return response.json<AnswerOf<Op>>();
  }

  private keepSession(response: LightMyRequestResponse): void {
    const cookie = response.cookies.find((c) => c.name.endsWith('mend_session'));
    if (!cookie) return;
    // Cleared on sign-out. (Its expiry follows the app's clock, not this machine's.)
    const expired = cookie.value === '' || cookie.maxAge === 0;
    this.cookie = expired ? undefined : `${cookie.name}=${cookie.value}`;
  }
}
