/**
 * The server serves the contract, all of it and nothing else: each operation
 * of src/contract/operations is registered once, with the method, path, auth,
 * status and schemas the contract names; a problem's status comes from the
 * catalogue whatever the thrower.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../../../contract/operation.js';
import { operations } from '../../../contract/operations/index.js';
import { PROBLEMS } from '../../../contract/problems.js';
import * as schemas from '../../../contract/schemas.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { AppError, conflict, problemBody } from './problem.js';

describe('registerOperations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('registers every operation of the contract once, as the contract says', () => {
    const served = new Map(t.app.apiRoutes.map((route) => [route.operationId, route]));
    expect(served.size).toBe(t.app.apiRoutes.length);
    expect([...served.keys()].sort()).toEqual(Object.keys(operations).sort());
    const all: Operation[] = Object.values(operations);
    for (const operation of all) {
      const route = served.get(operation.operationId);
      expect(route).toMatchObject({
        method: operation.method,
        url: operation.path,
        auth: operation.auth,
        tag: operation.tag,
        status: operation.status ?? 200,
      });
      for (const part of ['params', 'query', 'body', 'response'] as const) {
        const name = operation[part];
        expect(route?.[part]).toBe(
          name === undefined ? undefined : (schemas as Record<string, unknown>)[name],
        );
      }
    }
  });

  it('answers a contract path that is not registered with 404, like any unknown path', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/agreements/x/unknown' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ code: string }>().code).toBe('not-found');
  });
});

describe('AppError', () => {
  it('takes its status from the catalogue, for every code', () => {
    for (const [code, status] of Object.entries(PROBLEMS)) {
      const error = new AppError({ code: code as keyof typeof PROBLEMS, title: 'A title' });
      expect(error.status).toBe(status);
      expect(problemBody(error)).toEqual({
        type: `about:blank#${code}`,
        title: 'A title',
        status,
        code,
      });
    }
  });

  it('keeps detail, field errors and retry-after', () => {
    const error = new AppError({
      code: 'too-many-attempts',
      title: 'Please wait',
      detail: 'A minute will do.',
      errors: [{ field: 'text', message: 'is too long' }],
      retryAfter: 60,
    });
    expect(error.retryAfter).toBe(60);
    expect(problemBody(error)).toMatchObject({
      status: 429,
      detail: 'A minute will do.',
      errors: [{ field: 'text', message: 'is too long' }],
    });
    expect(conflict('version-locked', 'Locked').status).toBe(409);
    // @ts-expect-error a code that is not in the catalogue does not compile
    expect(() => new AppError({ code: 'no-such-code', title: 'x' })).not.toThrow();
  });
});
