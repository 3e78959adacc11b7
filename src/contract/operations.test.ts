/**
 * The contract checks itself: every name an operation gives resolves to a zod
 * schema, ids and method+path pairs are unique, a path's `:params` are exactly
 * its params schema's keys, and every code the server can answer is in the
 * catalogue. The server serving exactly these operations is checked in
 * src/server/platform/http/route.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Operation } from './operation.js';
import { operations } from './operations/index.js';
import { PROBLEMS } from './problems.js';
import * as schemas from './schemas.js';

const all: Operation[] = Object.values(operations);
const parts = ['params', 'query', 'body', 'response'] as const;

describe('the operation contract', () => {
  it('names only schemas that exist in schemas.ts', () => {
    const unknown = all.flatMap((operation) =>
      parts
        .map((part): string | undefined => operation[part])
        .filter((name): name is string => name !== undefined)
        .filter((name) => !((schemas as Record<string, unknown>)[name] instanceof z.ZodType))
        .map((name) => `${operation.operationId}: ${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it('keys each operation by its own operationId, once', () => {
    for (const [key, operation] of Object.entries(operations)) {
      expect(operation.operationId).toBe(key);
    }
    const routes = all.map((operation) => `${operation.method} ${operation.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('takes path parameters exactly as its params schema names them', () => {
    const mismatched = all.flatMap((operation) => {
      const inPath = [...operation.path.matchAll(/:(\w+)/g)].map((match) => match[1]).sort();
      const name = operation.params;
      const schema = name ? (schemas as Record<string, unknown>)[name] : undefined;
      const inSchema = schema instanceof z.ZodObject ? Object.keys(schema.shape).sort() : [];
      return JSON.stringify(inPath) === JSON.stringify(inSchema)
        ? []
        : [`${operation.operationId}: path ${inPath.join(',')} vs schema ${inSchema.join(',')}`];
    });
    expect(mismatched).toEqual([]);
  });

  it('answers 204 exactly when it names no response', () => {
    for (const operation of all) {
      const hasResponse = operation.response !== undefined;
      expect(`${operation.operationId}: ${hasResponse}`).toBe(
        `${operation.operationId}: ${operation.status !== 204}`,
      );
    }
  });

  it('gives every problem code one status of 4xx or 5xx', () => {
    for (const [code, status] of Object.entries(PROBLEMS)) {
      expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
      expect(status >= 400 && status < 600).toBe(true);
    }
  });
});
