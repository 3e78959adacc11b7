// `npm start`: build what is missing or stale, then run the built server in
// this same process, so signals (Ctrl-C, SIGTERM) reach its graceful shutdown
// directly. Configuration comes from the environment (see README.md).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildServer, buildWeb, root, serverIsStale, webIsStale } from './lib/build.mjs';

try {
  if (serverIsStale()) await buildServer();
  if (webIsStale()) await buildWeb();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

await import(pathToFileURL(path.join(root, 'dist', 'server', 'main.js')).href);
