/**
 * Serves the built single-page app from dist/web: hashed assets cached for a
 * year, every other page path answered with index.html (client-side routing).
 */
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export async function installWebApp(app: FastifyInstance, webDir: string): Promise<boolean> {
  const index = path.join(webDir, 'index.html');
  if (!fs.existsSync(index)) return false;
  const indexHtml = fs.readFileSync(index);
  await app.register(fastifyStatic, {
    root: webDir,
    // No route per file: the one page route below decides, so the route list
    // (and the access matrix) does not change with every build's file names.
    serve: false,
    index: false,
    // The build writes .br and .gz copies of text assets; send the one accepted.
    preCompressed: true,
    setHeaders: (res, filePath) => {
      void res.header(
        'cache-control',
        filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache',
      );
    },
  });
  const sendIndex = (_request: unknown, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(indexHtml);
  app.get('/', { config: { auth: 'public' } }, sendIndex);
  app.get('/*', { config: { auth: 'public' } }, async (request, reply) => {
    const filePath = request.url.split('?')[0] ?? '/';
    if (filePath === '/api' || filePath.startsWith('/api/')) {
      return reply.callNotFound();
    }
    const file = path.join(webDir, path.normalize(decodeURIComponent(filePath)));
    if (file.startsWith(webDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(webDir, file));
    }
    // Unknown asset-like paths are real 404s; page paths get the app.
    if (/\.[a-z0-9]+$/i.test(filePath)) return reply.callNotFound();
    return sendIndex(request, reply);
  });
  return true;
}
