/**
 * The typed client: what `call` sends for an operation of the contract, and
 * what it makes of each kind of answer. `fetch` is stubbed, so these run
 * without a server; the end-to-end suites cover the real one. The
 * `@ts-expect-error` lines at the end are checked by tsc (npm test runs it over
 * test files): each must stay a compile error, or tsc reports the directive.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { accountOperations } from '../../contract/operations/accounts';
import { checkInOperations } from '../../contract/operations/check-ins';
import { sessionOperations } from '../../contract/operations/sessions';
import { therapistOperations } from '../../contract/operations/therapist';
import { ApiError, OfflineError, call, isProblem, urlFor, whenUnauthenticated } from './client';

interface Sent {
  url: string;
  init: RequestInit;
}

let sent: Sent[];
let answer: () => Response | Promise<Response>;

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  json(
    status,
    { type: 'about:blank', title: 'Not this time', status, code, ...extra },
    'application/problem+json',
  );

beforeEach(() => {
  sent = [];
  answer = () => json(200, {});
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    sent.push({ url, init });
    return answer();
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  whenUnauthenticated(() => undefined);
});

const headersOf = (request: Sent) => new Headers(request.init.headers);

describe('urlFor', () => {
  it('fills each :name with its encoded value', () => {
    expect(urlFor('/api/v1/therapist/spaces/:spaceId/notes', { spaceId: 'a/b c?' })).toBe(
      '/api/v1/therapist/spaces/a%2Fb%20c%3F/notes',
    );
  });

  it('leaves out query values that are undefined or null, and the ? when none is left', () => {
    expect(urlFor('/api/v1/check-ins', {}, { from: '2025-03-01', to: undefined })).toBe(
      '/api/v1/check-ins?from=2025-03-01',
    );
    expect(urlFor('/api/v1/check-ins', {}, { from: undefined, to: null })).toBe(
      '/api/v1/check-ins',
    );
    expect(urlFor('/api/v1/crisis-resources', {}, { country: 'a&b=c' })).toBe(
      '/api/v1/crisis-resources?country=a%26b%3Dc',
    );
  });
});

describe('call', () => {
  it("sends the operation's method to its path with the params filled in", async () => {
    answer = () => json(201, { note: { id: 'n1' } });
    await call(therapistOperations.writeTherapistNote, {
      params: { spaceId: 'space/1' },
      body: { text: 'See you Thursday' },
    });
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request!.url).toBe('/api/v1/therapist/spaces/space%2F1/notes');
    expect(request!.init.method).toBe('POST');
    expect(request!.init.credentials).toBe('same-origin');
  });

  it('sends the body as JSON, saying so', async () => {
    await call(checkInOperations.putCheckIn, {
      body: { day: '2025-03-01', trust: 4, note: { text: 'A good walk', visibility: 'private' } },
    });
    const [request] = sent;
    expect(request!.init.method).toBe('PUT');
    expect(request!.url).toBe('/api/v1/check-ins');
    expect(headersOf(request!).get('content-type')).toBe('application/json');
    expect(JSON.parse(request!.init.body as string)).toEqual({
      day: '2025-03-01',
      trust: 4,
      note: { text: 'A good walk', visibility: 'private' },
    });
  });

  it('sends no body and no content type when the operation takes none', async () => {
    await call(checkInOperations.listCheckIns, { query: { from: '2025-03-01', to: undefined } });
    const [request] = sent;
    expect(request!.init.method).toBe('GET');
    expect(request!.url).toBe('/api/v1/check-ins?from=2025-03-01');
    expect(request!.init.body).toBeUndefined();
    expect(headersOf(request!).has('content-type')).toBe(false);
    expect(headersOf(request!).get('accept')).toContain('application/problem+json');
  });

  it('calls an operation that takes nothing with no second argument', async () => {
    answer = () => json(200, { revoked: 2 });
    await expect(call(sessionOperations.revokeOtherSessions)).resolves.toEqual({ revoked: 2 });
    expect(sent[0]!.url).toBe('/api/v1/sessions/others');
    expect(sent[0]!.init.method).toBe('DELETE');
  });

  it('may leave out a part whose fields are all optional', async () => {
    await call(checkInOperations.listCheckIns);
    expect(sent[0]!.url).toBe('/api/v1/check-ins');
  });

  it('answers undefined for 204', async () => {
    answer = () => new Response(null, { status: 204 });
    await expect(call(accountOperations.signOut)).resolves.toBeUndefined();
  });

  it('answers the JSON the server sent', async () => {
    const me = { member: { id: 'm1', displayName: 'Alex' }, space: null };
    answer = () => json(200, me);
    await expect(call(accountOperations.getMe)).resolves.toEqual(me);
  });

  it('turns a problem answer into an ApiError with its code, title and field messages', async () => {
    answer = () =>
      problem(422, 'validation-failed', {
        detail: 'Please look at the marked fields.',
        errors: [{ field: 'text', message: 'must not be empty' }],
      });
    const failure: unknown = await call(therapistOperations.writeTherapistNote, {
      params: { spaceId: 's1' },
      body: { text: ' ' },
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    const error = failure as ApiError;
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation-failed');
    expect(error.is('validation-failed')).toBe(true);
    expect(error.is('not-found')).toBe(false);
    expect(isProblem(error, 'validation-failed')).toBe(true);
    expect(error.title).toBe('Not this time');
    expect(error.detail).toBe('Please look at the marked fields.');
    expect(error.messageFor('text')).toBe('must not be empty');
  });

  it('gives code "unknown" to an error answer that is not a problem document', async () => {
    answer = () => new Response('<h1>Bad gateway</h1>', { status: 502 });
    const failure = await call(accountOperations.getMe).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(502);
    expect((failure as ApiError).code).toBe('unknown');
  });

  it('tells the session store when a member operation answers 401', async () => {
    const heard = vi.fn();
    whenUnauthenticated(heard);
    answer = () => problem(401, 'unauthenticated');
    await expect(call(accountOperations.getMe)).rejects.toBeInstanceOf(ApiError);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('does not when a public operation answers 401 (a wrong password is no lost session)', async () => {
    const heard = vi.fn();
    whenUnauthenticated(heard);
    answer = () => problem(401, 'invalid-credentials');
    const failure = await call(accountOperations.signIn, {
      body: { email: 'alex@example.com', password: 'not the password' },
    }).catch((error: unknown) => error);
    expect(isProblem(failure, 'invalid-credentials')).toBe(true);
    expect(heard).not.toHaveBeenCalled();
  });

  it('does not for other refusals of a member operation', async () => {
    const heard = vi.fn();
    whenUnauthenticated(heard);
    answer = () => problem(403, 'reauthentication-required');
    await expect(call(accountOperations.signOut)).rejects.toBeInstanceOf(ApiError);
    expect(heard).not.toHaveBeenCalled();
  });

  it('turns a request that never reached the server into an OfflineError', async () => {
    const cause = new TypeError('Failed to fetch');
    answer = () => Promise.reject(cause);
    const failure = await call(accountOperations.getMe).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OfflineError);
    expect((failure as OfflineError).cause).toBe(cause);
    expect(failure).not.toBeInstanceOf(ApiError);
  });
});

/** Never run: each line below must fail to compile. */
export function shouldNotCompile(error: unknown): void {
  const params = { spaceId: 's1' };
  // @ts-expect-error: the note's body has `text`, not `txt`
  void call(therapistOperations.writeTherapistNote, { params, body: { txt: 'Hello' } });
  // @ts-expect-error: the path needs its :spaceId
  void call(therapistOperations.writeTherapistNote, { body: { text: 'Hello' } });
  // @ts-expect-error: an operation that takes a body cannot be called without one
  void call(therapistOperations.proposeTherapist);
  // @ts-expect-error: not a code in the catalogue (src/contract/problems.ts)
  void isProblem(error, 'no-such-problem');
  // @ts-expect-error: nor here
  void (error as ApiError).is('invite-gone');
}
