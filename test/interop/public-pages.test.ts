/**
 * Interoperability: every public HTML page (the guide's pages, as the sitemap
 * lists them, and the app's shell that every signed-out screen is served in)
 * passes html-validate's recommended rules (formatting left to Prettier), and both guide feeds parse with a
 * maintained feed parser (@rowanmanning/feed-parser) — tools nobody here wrote.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/server/platform/project-root.js';
import { recordProof } from '../support/proof.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The subscription's pages: public too, though not listed for search engines. */
const SUBSCRIPTION_PAGES = ['/guide/subscribe', '/guide/unsubscribe'];

describe('public pages and feeds against independent tools', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    // The app's shell as written (a build only adds hashed asset names to it).
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-public-'));
    fs.copyFileSync(
      path.join(projectRoot(), 'src/web/index.html'),
      path.join(webDir, 'index.html'),
    );
    t = await createTestApp({ webDir });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  const get = (url: string) => t.request({ method: 'GET', url });

  async function publicPages(): Promise<string[]> {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    const guide = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1]!).pathname,
    );
    return ['/', '/sign-up', ...guide, ...SUBSCRIPTION_PAGES];
  }

  it('passes html-validate (recommended) on every public page', async () => {
    // html-validate's own `prettier` preset turns off the three rules about
    // formatting that Prettier decides for the shell (doctype case, `<meta />`,
    // quote style); every rule about structure, content and accessibility stays.
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:prettier'],
    });
    const pages = await publicPages();
    const problems: string[] = [];
    for (const url of pages) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(String(response.headers['content-type'])).toContain('text/html');
      const report = await validator.validateString(response.body);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(`${url}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    recordProof({
      row: 'public HTML, html-validate',
      figure: `pages ${pages.length}; errors ${problems.length}`,
      bar: 'errors 0',
      met: pages.length > 2 && problems.length === 0,
    });
    expect(pages.length).toBeGreaterThan(2);
    expect(problems).toEqual([]);
  });

  it('html-validate does catch a broken page (so a pass means something)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });

  it('parses both guide feeds, each with every article', async () => {
    const failures: string[] = [];
    let items = 0;
    const pages = (await publicPages()).filter(
      (p) => /^\/guide\/[^/]+$/.test(p) && !SUBSCRIPTION_PAGES.includes(p),
    );
    for (const url of ['/guide/feed.xml', '/guide/atom.xml']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      try {
        const feed = parseFeed(response.body);
        items += feed.items.length;
        if (feed.items.length !== pages.length) {
          failures.push(`${url}: ${feed.items.length} items for ${pages.length} articles`);
        }
        for (const item of feed.items)
          if (!item.title || !item.url) failures.push(`${url}: an item without title or link`);
      } catch (error) {
        failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    recordProof({
      row: 'feeds, independent feed parser',
      figure: `feeds 2 (RSS, Atom), items ${items}; parse errors ${failures.length}`,
      bar: 'parse errors 0',
      met: items > 0 && failures.length === 0,
    });
    expect(failures).toEqual([]);
    expect(items).toBeGreaterThan(0);
  });
});
