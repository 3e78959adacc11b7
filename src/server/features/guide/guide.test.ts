/**
 * The public guide: every article renders, every internal link and anchor
 * resolves, every page passes html-validate, the feeds parse with a feed
 * parser nobody here wrote and carry every article, and Markdown cannot
 * smuggle markup past the sanitiser.
 */
import fs from 'node:fs';
import path_ from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { NEUTRAL_SITE } from '../../../contract/neutral-site.js';
import { projectRoot } from '../../platform/project-root.js';
import { ArticleError, parseArticle } from './articles.js';
import { renderMarkdown } from './markdown.js';
import { buildGuideSite } from './site.js';

const site = buildGuideSite({ publicUrl: 'http://localhost:3000' });
let t: TestApp;
let findRoute: (path: string) => unknown;

beforeAll(async () => {
  t = await createTestApp();
  // The web route table's modules reach for the browser when they load.
  vi.stubGlobal('window', {
    location: { pathname: '/' },
    history: { replaceState: () => {}, state: null },
    addEventListener: () => {},
  });
  // The web app's own table (TSX, outside the server's compile): what an app link must match.
  const table = '../../../web/routes/table.js';
  ({ findRoute } = (await import(/* @vite-ignore */ table)) as {
    findRoute: (path: string) => unknown;
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t.close();
});

const get = (url: string) => t.request({ method: 'GET', url });

/** Every public page of the guide, fetched through the app. */
async function publicPages(): Promise<{ url: string; status: number; body: string }[]> {
  const urls = ['/guide', ...site.articles.map((a) => `/guide/${a.slug}`), '/guide/no-such-page'];
  return Promise.all(
    urls.map(async (url) => {
      const response = await get(url);
      return { url, status: response.statusCode, body: response.body };
    }),
  );
}

const hrefs = (page: string) =>
  [...page.matchAll(/<(?:a|link)\b[^>]*\shref="([^"]+)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );

describe('the guide', () => {
  it('has at least ten articles, each rendered with its title, reading time and neighbours', async () => {
    expect(site.articles.length).toBeGreaterThanOrEqual(10);
    const index = await get('/guide');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toMatch(/^text\/html/);
    site.articles.forEach((article, i) => {
      expect(index.body).toContain(`href="/guide/${article.slug}"`);
      const page = site.pages.get(article.slug)!;
      expect(page).toContain(`<h1>${article.title.replace(/'/g, '&#39;')}</h1>`);
      expect(page).toMatch(/\d+ minutes? to read/);
      expect(page).toContain(`href="${article.practice.path}"`);
      const previous = site.articles[i - 1];
      const next = site.articles[i + 1];
      if (previous) expect(page).toContain(`rel="prev" href="/guide/${previous.slug}"`);
      else expect(page).not.toContain('rel="prev"');
      if (next) expect(page).toContain(`rel="next" href="/guide/${next.slug}"`);
      else expect(page).not.toContain('rel="next"');
    });
    for (const article of site.articles) {
      const response = await get(`/guide/${article.slug}`);
      expect(response.statusCode, article.slug).toBe(200);
      // Rendered per request with its comments: the article as built, then the comments section.
      const [before, after] = site.pages.get(article.slug)!.split('      <nav class="pager"');
      expect(response.body.startsWith(before!.trimEnd().replace(/<\/article>$/, ''))).toBe(true);
      expect(response.body).toContain('<section class="comments" id="comments"');
      expect(response.body.endsWith(`      <nav class="pager"${after}`)).toBe(true);
    }
    const missing = await get('/guide/no-such-page');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toContain('This article is not here');
  });

  it('links only to pages, anchors and app screens that exist, and out only to the quick exit', async () => {
    const broken: string[] = [];
    for (const page of await publicPages()) {
      for (const href of hrefs(page.body)) {
        if (href.startsWith('https://') || href.startsWith('http://localhost:3000/')) {
          // Absolute addresses: our own canonical links, or the quick exit.
          if (href !== NEUTRAL_SITE && !href.startsWith('http://localhost:3000/'))
            broken.push(`${page.url} → ${href} (outside link)`);
          continue;
        }
        const [path, anchor] = href.split('#') as [string, string | undefined];
        if (path === '') {
          // An anchor on the same page.
          if (!page.body.includes(`id="${anchor}"`)) broken.push(`${page.url} → ${href}`);
          continue;
        }
        if (path.startsWith('/guide')) {
          const response = await get(path);
          if (response.statusCode !== 200)
            broken.push(`${page.url} → ${href} (${response.statusCode})`);
          else if (anchor && !response.body.includes(`id="${anchor}"`))
            broken.push(`${page.url} → ${href} (no such anchor)`);
        } else if (path === '/icon.svg') {
          // The app's own icon, served from its build.
          if (!fs.existsSync(path_.join(projectRoot(), 'src/web/public/icon.svg')))
            broken.push(`${page.url} → ${href}`);
        } else if (path === '/sitemap.xml' || path === '/robots.txt') {
          if ((await get(path)).statusCode !== 200) broken.push(`${page.url} → ${href}`);
        } else if (!findRoute(path)) {
          broken.push(`${page.url} → ${href} (no screen of the app)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('passes html-validate on every public page', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of await publicPages()) {
      const report = await validator.validateString(page.body);
      for (const result of report.results)
        for (const message of result.messages)
          problems.push(`${page.url}:${message.line}: ${message.ruleId} ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('links both feeds from every page, and both parse and carry every article', async () => {
    for (const page of await publicPages()) {
      expect(page.body).toContain(
        '<link rel="alternate" type="application/rss+xml" title="Rebuilding trust: a guide (RSS)" href="/guide/feed.xml">',
      );
      expect(page.body).toContain('type="application/atom+xml"');
      expect(page.body).toMatch(/<link rel="canonical" href="http:\/\/localhost:3000\/guide/);
      expect(page.body).toContain('<meta property="og:title"');
    }
    for (const [url, type] of [
      ['/guide/feed.xml', 'rss'],
      ['/guide/atom.xml', 'atom'],
    ] as const) {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      const feed = parseFeed(response.body);
      expect(feed.meta.type).toBe(type);
      expect(feed.title).toBe('Rebuilding trust: a guide');
      expect(feed.items.map((item) => item.url).sort()).toEqual(
        site.articles.map((a) => `http://localhost:3000/guide/${a.slug}`).sort(),
      );
      for (const item of feed.items) {
        const article = site.articles.find((a) => item.url?.endsWith(`/${a.slug}`))!;
        expect(item.title).toBe(article.title);
        expect(item.content).toContain(article.html.slice(0, 40));
        expect(item.published?.toISOString().slice(0, 10)).toBe(article.date);
      }
    }
  });

  it('serves a sitemap of every page, robots.txt keeping crawlers out of the API and mailed links, and cacheable assets', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'http://localhost:3000/guide',
      ...site.articles.map((a) => `http://localhost:3000/guide/${a.slug}`),
    ]);
    const robots = await get('/robots.txt');
    expect(robots.body).toContain(
      'Disallow: /api/\nDisallow: /guide/comments/\nDisallow: /guide/subscribe/confirm\nAllow: /\n',
    );
    expect(robots.body).toContain('Sitemap: http://localhost:3000/sitemap.xml');
    const css = await get(site.stylesheet.path);
    expect(css.statusCode).toBe(200);
    expect(css.headers['cache-control']).toContain('immutable');
    // The app's palette, dark mode included.
    expect(css.body).toContain('prefers-color-scheme: dark');
    expect((await get('/guide/assets/guide.0000.css')).statusCode).toBe(404);
    expect((await get('/guide')).headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('puts the quick exit on every page, as a link that works without JavaScript', async () => {
    for (const page of await publicPages())
      expect(page.body).toContain(`<a class="quick-exit" href="${NEUTRAL_SITE}"`);
  });
});

describe('guide Markdown', () => {
  it('keeps headings as anchors and strips scripts, handlers and unsafe links', () => {
    const { html, anchors } = renderMarkdown(
      [
        '## Why it helps',
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(2)">',
        '[a link](javascript:alert(3)) and [ok](/guide/safety-first)',
        '<a href="https://example.org" onclick="alert(4)">out</a>',
      ].join('\n\n'),
    );
    expect(anchors).toEqual(['why-it-helps']);
    expect(html).toContain('<h2 id="why-it-helps">Why it helps</h2>');
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<img/i);
    expect(html).toContain('<a href="/guide/safety-first">ok</a>');
  });

  it('refuses an article without front matter or with a field missing, naming the file', () => {
    expect(() => parseArticle('x.md', '# no front matter')).toThrow(ArticleError);
    expect(() =>
      parseArticle('y.md', '---\ntitle: Hello there\nslug: Bad Slug\n---\nText'),
    ).toThrow(/y\.md: front matter is not valid[\s\S]*slug/);
  });
});
