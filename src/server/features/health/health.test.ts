import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../../../../test/support/databases.js';
import { createTestApp, TEST_HOST, type TestApp } from '../../../../test/support/test-app.js';

describeEachDatabase('platform answers', (kind) => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-web-'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Mend</title>');
    t = await createTestApp({ kind, webDir });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('is alive and ready', async () => {
    expect((await t.request({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.request({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
    });
  });

  it('sends a strict CSP and no-store on the API', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    const csp = String(response.headers['content-security-policy']);
    for (const directive of [
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('documents every API operation with an operationId', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      openapi: string;
      paths: Record<string, Record<string, { operationId?: string }>>;
    }>();
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods));
    expect(operations.length).toBe(t.app.apiRoutes.length);
    const ids = operations.map((o) => o.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const name of [
      'signUp',
      'signIn',
      'signOut',
      'getMe',
      'createSpace',
      'createInvite',
      'acceptInvite',
      'leaveSpace',
      'putCheckIn',
      'listCheckIns',
    ]) {
      expect(ids).toContain(name);
    }
  });

  it('answers problems for unknown API paths and undecodable URLs, pages for the rest', async () => {
    for (const url of ['/api', '/api/v1/nothing-here']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const broken = await t.request({ method: 'GET', url: '/%E0%A4%A' });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    const page = await t.request({ method: 'GET', url: '/history' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
  });

  it('accepts an empty body with a JSON content type as no body', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/spaces',
      headers: {
        host: TEST_HOST,
        origin: 'http://localhost:3000',
        'content-type': 'application/json',
      },
    });
    expect(response.statusCode).toBe(401);
  });
});

describeEachDatabase('the built web app', (kind) => {
  it('sends a pre-compressed copy of an asset when the browser accepts it', async () => {
    const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-web-'));
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Mend</title>');
    const js = 'console.log("mend");\n'.repeat(200);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), js);
    fs.writeFileSync(path.join(webDir, 'assets', 'app.js.br'), zlib.brotliCompressSync(js));
    const t = await createTestApp({ kind, webDir });
    try {
      const compressed = await t.app.inject({
        method: 'GET',
        url: '/assets/app.js',
        headers: { host: TEST_HOST, 'accept-encoding': 'br, gzip' },
      });
      expect(compressed.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(compressed.rawPayload).toString()).toBe(js);
      expect(compressed.headers['cache-control']).toContain('immutable');
      const plain = await t.app.inject({
        method: 'GET',
        url: '/assets/app.js',
        headers: { host: TEST_HOST },
      });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(js);
    } finally {
      await t.close();
      fs.rmSync(webDir, { recursive: true, force: true });
    }
  });
});
