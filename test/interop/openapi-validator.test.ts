/**
 * Interoperability: the OpenAPI document the app serves passes a maintained
 * OpenAPI 3.1 validator that nobody here wrote (@seriousme/openapi-schema-validator),
 * so tools that read it (clients, linters, gateways) read what we meant.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { recordProof } from '../support/proof.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('OpenAPI document against an independent 3.1 validator', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('validates with no errors', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\.1\./);

    const validator = new Validator();
    const result = await validator.validate(document);
    const errors = result.valid ? [] : (result.errors ?? []);
    const errorCount = Array.isArray(errors) ? errors.length : 1;
    recordProof({
      row: 'OpenAPI document, independent 3.1 validator',
      figure: `${Object.keys(document.paths).length} paths; errors ${errorCount}`,
      met: result.valid,
      bar: 'errors 0',
    });
    expect(errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toMatch(/^3\.1/);
  });

  it('the validator does catch a broken document (so a pass means something)', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    const broken = response.json<{ paths: Record<string, Record<string, object>> }>();
    const operations = Object.values(broken.paths)[0]!;
    const method = Object.keys(operations)[0]!;
    // A response map keyed by something other than a status code is invalid in 3.1.
    operations[method] = { ...operations[method], responses: { nope: { description: 'x' } } };
    const result = await new Validator().validate(broken);
    expect(result.valid).toBe(false);
  });
});
