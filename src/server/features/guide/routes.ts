/**
 * The public guide's addresses. Plain HTML, XML and text for anyone, no
 * session needed: these pages hold nothing about any member.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Raw } from './html.js';
import type { GuideSite } from './site.js';

/** What another feature adds under an article, per request (the comments). */
export interface ArticleExtras {
  section(request: FastifyRequest, slug: string): Promise<Raw>;
}

const PAGE_CACHE = 'public, max-age=300';
const ASSET_CACHE = 'public, max-age=31536000, immutable';

export function registerGuideRoutes(
  app: FastifyInstance,
  site: GuideSite,
  extras?: ArticleExtras,
): void {
  const public_ = { config: { auth: 'public' as const } };
  const send = (reply: FastifyReply, type: string, body: string, cache = PAGE_CACHE) =>
    reply.header('cache-control', cache).type(type).send(body);
  const htmlType = 'text/html; charset=utf-8';

  app.get('/guide', public_, async (_request, reply) => send(reply, htmlType, site.index));
  app.get<{ Params: { slug: string } }>('/guide/:slug', public_, async (request, reply) => {
    const { slug } = request.params;
    if (!site.pages.has(slug)) return send(reply.status(404), htmlType, site.notFound, 'no-cache');
    if (!extras) return send(reply, htmlType, site.pages.get(slug)!);
    // With comments the page changes as they come: rendered per request, revalidated each time.
    const page = site.renderArticle(slug, await extras.section(request, slug))!;
    return send(reply, htmlType, page, 'no-cache');
  });
  app.get('/guide/feed.xml', public_, async (_request, reply) =>
    send(reply, 'application/rss+xml; charset=utf-8', site.rss),
  );
  app.get('/guide/atom.xml', public_, async (_request, reply) =>
    send(reply, 'application/atom+xml; charset=utf-8', site.atom),
  );
  // One route for the hashed assets, so the route list does not change with their content.
  const assets = new Map(
    [
      { ...site.stylesheet, type: 'text/css; charset=utf-8' },
      { ...site.script, type: 'text/javascript; charset=utf-8' },
    ].map((asset) => [asset.path.slice('/guide/assets/'.length), asset]),
  );
  app.get<{ Params: { file: string } }>('/guide/assets/:file', public_, async (request, reply) => {
    const asset = assets.get(request.params.file);
    if (!asset) return reply.callNotFound();
    return send(reply, asset.type, asset.body, ASSET_CACHE);
  });
  app.get('/sitemap.xml', public_, async (_request, reply) =>
    send(reply, 'application/xml; charset=utf-8', site.sitemap),
  );
  app.get('/robots.txt', public_, async (_request, reply) =>
    send(reply, 'text/plain; charset=utf-8', site.robots),
  );
}
