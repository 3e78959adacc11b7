/**
 * The whole public guide, built once at start: the articles never change
 * while Mend runs, so every page, feed and asset is a string in memory and a
 * request only picks one. Assets are named by a hash of their content, so a
 * browser may keep them for a year and still sees a new version at once.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/project-root.js';
import { loadArticles, type Article } from './articles.js';
import { atomFeed, robotsTxt, rssFeed, sitemap } from './feeds.js';
import { articlePage, indexPage, notFoundPage, type SiteInfo } from './pages.js';
import { raw, type Raw } from './html.js';

export interface GuideSite {
  articles: readonly Article[];
  index: string;
  /** Article pages by slug, without comments. */
  pages: ReadonlyMap<string, string>;
  /** What the pages are built with (addresses, hashed assets), for pages rendered per request. */
  info: SiteInfo;
  /** An article's page with its comments section; undefined for an unknown slug. */
  renderArticle(slug: string, comments: Raw): string | undefined;
  notFound: string;
  rss: string;
  atom: string;
  sitemap: string;
  robots: string;
  stylesheet: { path: string; body: string };
  script: { path: string; body: string };
}

export const defaultGuideDir = () => path.join(projectRoot(), 'content', 'guide');

const hashOf = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 12);

function readAsset(file: string): string {
  return fs.readFileSync(path.join(projectRoot(), file), 'utf8');
}

export function buildGuideSite(options: { publicUrl: string; dir?: string }): GuideSite {
  const articles = loadArticles(options.dir ?? defaultGuideDir());
  // The app's palette first, so the guide has the same colours and dark mode.
  const css =
    readAsset('src/web/styles/palette.css') +
    '\n' +
    readAsset('src/server/features/guide/guide.css');
  const js = readAsset('src/server/features/guide/quick-exit-shortcut.js');
  const stylesheet = { path: `/guide/assets/guide.${hashOf(css)}.css`, body: css };
  const script = { path: `/guide/assets/guide.${hashOf(js)}.js`, body: js };
  const site: SiteInfo = {
    publicUrl: options.publicUrl,
    stylesheet: stylesheet.path,
    script: script.path,
  };
  const pages = new Map(
    articles.map((article, i) => [
      article.slug,
      articlePage(site, article, { previous: articles[i - 1], next: articles[i + 1] }),
    ]),
  );
  // An article page with comments is its fixed page with the comments put in
  // its one place: built once around a marker, so a request joins three strings.
  const COMMENTS_MARK = '<!--comments-->';
  const framed = new Map(
    articles.map((article, i) => {
      const page = articlePage(
        site,
        article,
        { previous: articles[i - 1], next: articles[i + 1] },
        raw(COMMENTS_MARK),
      );
      const at = page.indexOf(COMMENTS_MARK);
      return [article.slug, [page.slice(0, at), page.slice(at + COMMENTS_MARK.length)]] as const;
    }),
  );
  return {
    articles,
    index: indexPage(site, articles),
    pages,
    info: site,
    renderArticle(slug, comments) {
      const parts = framed.get(slug);
      return parts ? parts[0] + comments.html + parts[1] : undefined;
    },
    notFound: notFoundPage(site),
    rss: rssFeed(options.publicUrl, articles),
    atom: atomFeed(options.publicUrl, articles),
    sitemap: sitemap(options.publicUrl, articles),
    robots: robotsTxt(options.publicUrl),
    stylesheet,
    script,
  };
}
