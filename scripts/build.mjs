// `npm run build`: always builds both the server and the web app.
import { buildServer, buildWeb } from './lib/build.mjs';

try {
  await buildServer();
  await buildWeb();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
