// `npm run bench`: prints figures, asserts nothing. The HTTP table (wrk
// against the app and a bare node:http server in the same run, on separate
// cores; PostgreSQL too when TEST_DATABASE_URL is set), then the first-screen
// JavaScript size of the built web app, and Lighthouse's four scores for the
// public guide's pages.
import { buildWeb, hasWebConfig, run, tool, webIsStale } from './lib/build.mjs';

let failed = false;

console.log('━━ HTTP: requests per second, latency, ratio to bare node:http');
if ((await run(tool('tsx'), ['bench/http.ts'])) !== 0) failed = true;

console.log('\n━━ forecast fit time (full validation table: npm run bench:forecast)');
if ((await run(tool('tsx'), ['bench/forecast.ts', '--fit-only'])) !== 0) failed = true;

console.log('\n━━ first-screen JavaScript');
if (!hasWebConfig()) {
  console.log('No vite.config.ts yet: there is no web app to measure.');
} else {
  try {
    if (webIsStale()) await buildWeb();
    if ((await run(tool('tsx'), ['bench/first-screen.ts'])) !== 0) failed = true;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    failed = true;
  }
}

console.log('\n━━ Lighthouse (mobile) on the public guide');
if (hasWebConfig()) {
  if (webIsStale()) await buildWeb();
  if ((await run(tool('tsx'), ['bench/lighthouse.ts'])) !== 0) failed = true;
}

process.exitCode = failed ? 1 : 0;
