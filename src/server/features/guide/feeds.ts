/**
 * The guide's feeds and the files search engines ask for: an RSS 2.0 and an
 * Atom feed carrying every article in full, a sitemap of the public pages,
 * and robots.txt, which keeps crawlers out of the app and its API (nothing
 * there is public, and a crawler has no session anyway).
 */
import type { Article } from './articles.js';
import { escapeHtml as x } from './html.js';
import { GUIDE_SUMMARY, GUIDE_TITLE } from './pages.js';

/** Noon UTC of the publication day: no time zone turns it into the day before. */
const instant = (day: string) => new Date(`${day}T12:00:00Z`);

const newest = (articles: readonly Article[]) =>
  articles.reduce((latest, a) => (a.date > latest ? a.date : latest), '1970-01-01');

export function rssFeed(publicUrl: string, articles: readonly Article[]): string {
  const items = [...articles]
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order)
    .map(
      (a) => `    <item>
      <title>${x(a.title)}</title>
      <link>${x(`${publicUrl}/guide/${a.slug}`)}</link>
      <guid isPermaLink="true">${x(`${publicUrl}/guide/${a.slug}`)}</guid>
      <pubDate>${instant(a.date).toUTCString()}</pubDate>
      <description>${x(a.summary)}</description>
      <content:encoded>${x(a.html)}</content:encoded>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${x(GUIDE_TITLE)}</title>
    <link>${x(`${publicUrl}/guide`)}</link>
    <description>${x(GUIDE_SUMMARY)}</description>
    <language>en</language>
    <lastBuildDate>${instant(newest(articles)).toUTCString()}</lastBuildDate>
    <atom:link href="${x(`${publicUrl}/guide/feed.xml`)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}

export function atomFeed(publicUrl: string, articles: readonly Article[]): string {
  const entries = [...articles]
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order)
    .map(
      (a) => `  <entry>
    <title>${x(a.title)}</title>
    <link rel="alternate" type="text/html" href="${x(`${publicUrl}/guide/${a.slug}`)}"/>
    <id>${x(`${publicUrl}/guide/${a.slug}`)}</id>
    <published>${instant(a.date).toISOString()}</published>
    <updated>${instant(a.date).toISOString()}</updated>
    <summary>${x(a.summary)}</summary>
    <content type="html">${x(a.html)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>${x(GUIDE_TITLE)}</title>
  <subtitle>${x(GUIDE_SUMMARY)}</subtitle>
  <id>${x(`${publicUrl}/guide`)}</id>
  <link rel="alternate" type="text/html" href="${x(`${publicUrl}/guide`)}"/>
  <link rel="self" type="application/atom+xml" href="${x(`${publicUrl}/guide/atom.xml`)}"/>
  <updated>${instant(newest(articles)).toISOString()}</updated>
  <author><name>Mend</name></author>
${entries}
</feed>
`;
}

export function sitemap(publicUrl: string, articles: readonly Article[]): string {
  const urls = [
    { loc: `${publicUrl}/guide`, lastmod: newest(articles) },
    ...articles.map((a) => ({ loc: `${publicUrl}/guide/${a.slug}`, lastmod: a.date })),
  ];
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${x(u.loc)}</loc><lastmod>${u.lastmod}</lastmod></url>`).join('\n')}
</urlset>
`;
}

/**
 * Crawlers may read the guide and the app's public shell (its first screen
 * holds nothing about anyone; everything a member wrote is behind the API's
 * sign-in), never the API, and never the pages a mailed link opens (decision 056).
 */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /guide/comments/',
    'Disallow: /guide/subscribe/confirm',
    'Allow: /',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
