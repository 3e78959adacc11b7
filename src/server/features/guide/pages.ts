/**
 * The guide's pages as real HTML, rendered on the server: readable without
 * JavaScript, indexable, and in the app's own look (the same palette, dark
 * mode, and the quick exit on every page). The one script only adds the
 * app's Shift-three-times shortcut; the quick exit is a plain link.
 */
import { NEUTRAL_SITE } from '../../../contract/neutral-site.js';
import type { Article } from './articles.js';
import { markup, raw, type Raw } from './html.js';
import { subscribeForm } from './subscribe-form.js';

export interface SiteInfo {
  /** PUBLIC_URL, without a trailing slash: canonical links and feeds are absolute. */
  publicUrl: string;
  /** Hashed asset addresses, so they can be cached for a year. */
  stylesheet: string;
  script: string;
}

export const GUIDE_TITLE = 'Rebuilding trust: a guide';
export const GUIDE_SUMMARY =
  'A calm, practical guide to rebuilding trust after it was broken — acknowledging, talking, taking responsibility, boundaries, consistency, care, patience, needs, reassurance and forgiveness.';

export interface PageParts {
  title: string;
  description: string;
  /** Path of this page, for the canonical link and og:url. */
  path: string;
  type: 'website' | 'article';
  main: Raw;
  published?: string;
}

/** The frame of every guide page; other public pages (a comment's delete link) use it too. */
export function layout(site: SiteInfo, page: PageParts): string {
  const url = `${site.publicUrl}${page.path}`;
  const published = page.published
    ? markup`
    <meta property="article:published_time" content="${page.published}">`
    : '';
  return markup`<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${page.title}</title>
    <meta name="description" content="${page.description}">
    <link rel="canonical" href="${url}">
    <link rel="alternate" type="application/rss+xml" title="${GUIDE_TITLE} (RSS)" href="/guide/feed.xml">
    <link rel="alternate" type="application/atom+xml" title="${GUIDE_TITLE} (Atom)" href="/guide/atom.xml">
    <meta property="og:site_name" content="Mend">
    <meta property="og:type" content="${page.type}">
    <meta property="og:title" content="${page.title}">
    <meta property="og:description" content="${page.description}">
    <meta property="og:url" content="${url}">${published}
    <link rel="icon" href="/icon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="${site.stylesheet}">
    <script src="${site.script}" defer></script>
  </head>
  <body>
    <a class="skip-link" href="#main">Skip to the text</a>
    <header class="site-header">
      <a class="brand" href="/guide">Mend <span class="brand-part">Guide</span></a>
      <nav aria-label="Site">
        <a href="/guide">All articles</a>
        <a href="/">Open Mend</a>
      </nav>
      <a class="quick-exit" href="${NEUTRAL_SITE}" rel="noreferrer" data-quick-exit>Quick exit</a>
    </header>
    <main id="main">
${page.main}
    </main>
    <footer class="site-footer">
      <p>Mend is a private place for two partners rebuilding trust. If you are not safe, read <a href="/guide/safety-first">safety first</a>.</p>
      <p><a href="/guide/subscribe">New articles by e-mail</a> · <a href="/guide/feed.xml">RSS feed</a> · <a href="/guide/atom.xml">Atom feed</a></p>
    </footer>
  </body>
</html>
`.html;
}

const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'} to read`;

export function indexPage(site: SiteInfo, articles: readonly Article[]): string {
  const items = articles.map(
    (article) => markup`
        <li>
          <h2><a href="/guide/${article.slug}">${article.title}</a></h2>
          <p>${article.summary}</p>
          <p class="meta">${minutes(article.readingMinutes)}</p>
        </li>`,
  );
  const main = markup`      <h1>${GUIDE_TITLE}</h1>
      <p class="lead">${GUIDE_SUMMARY}</p>
      <ol class="article-list">${items}
      </ol>${subscribeForm()}`;
  return layout(site, {
    title: `${GUIDE_TITLE} — Mend`,
    description: GUIDE_SUMMARY,
    path: '/guide',
    type: 'website',
    main,
  });
}

export function articlePage(
  site: SiteInfo,
  article: Article,
  neighbours: { previous?: Article; next?: Article },
  /** What follows the article: its comments, rendered per request. */
  comments?: Raw,
): string {
  const { previous, next } = neighbours;
  const links = [
    previous
      ? markup`
        <a rel="prev" href="/guide/${previous.slug}"><span class="pager-label">Previous</span> ${previous.title}</a>`
      : '',
    next
      ? markup`
        <a rel="next" href="/guide/${next.slug}"><span class="pager-label">Next</span> ${next.title}</a>`
      : '',
  ];
  const main = markup`      <article>
        <h1>${article.title}</h1>
        <p class="meta"><time datetime="${article.date}">${longDate(article.date)}</time> · ${minutes(article.readingMinutes)}</p>
        <p class="lead">${article.summary}</p>
${raw(article.html.trimEnd())}
        <aside class="practice" aria-labelledby="practice-heading">
          <h2 id="practice-heading">Put it into practice</h2>
          <p><a href="${article.practice.path}">${article.practice.label}</a></p>
        </aside>
      </article>${comments ?? ''}
      <nav class="pager" aria-label="More articles">${links}
      </nav>`;
  return layout(site, {
    title: `${article.title} — Mend`,
    description: article.summary,
    path: `/guide/${article.slug}`,
    type: 'article',
    main,
    published: article.date,
  });
}

export function notFoundPage(site: SiteInfo): string {
  const main = markup`      <h1>This article is not here</h1>
      <p>It may have moved. <a href="/guide">All the articles of the guide</a> are one click away.</p>`;
  return layout(site, {
    title: `Not found — Mend`,
    description: 'This article of the guide was not found.',
    path: '/guide',
    type: 'website',
    main,
  });
}
