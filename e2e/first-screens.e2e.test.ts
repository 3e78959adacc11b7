/**
 * The JavaScript budget for every screen's first view, signed in: each route
 * is opened in a fresh browser context holding only the session cookie, so
 * nothing comes from a cache, and what it fetched is gzipped and added up.
 * Screens opened rarely are loaded on demand, so none carries another's code.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { firstScreenScripts } from './support/first-screen.js';
import { person } from './support/people.js';

const BUDGET_BYTES = 100 * 1024;

const ROUTES = [
  '/',
  '/check-in',
  '/history',
  '/safety',
  '/settings',
  '/settings/devices',
  '/settings/protection',
  '/settings/account',
  '/settings/therapist',
  '/settings/activity',
  '/settings/summary',
  '/therapist',
  '/therapist/couples/0190a3c4-0000-7000-8000-000000000000',
  '/therapist/join',
  '/join',
  '/docs/api',
];

describe('first-screen JavaScript', () => {
  const world = useServerAndBrowser();

  it('stays within 100 KB gzipped on every route, signed in', async () => {
    const signedUp = await world.signUp(person('Dee'));
    const session = await signedUp.context.storageState();
    await signedUp.context.close();

    const lines: string[] = [];
    let largest = 0;
    for (const route of ROUTES) {
      const scripts = await firstScreenScripts(world.browser, `${world.url}${route}`, session);
      const gzip = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
      largest = Math.max(largest, gzip);
      lines.push(`${route.padEnd(22)} ${scripts.length} file(s) ${(gzip / 1024).toFixed(1)} KB`);
      expect(gzip, route).toBeLessThanOrEqual(BUDGET_BYTES);
      // The passkey library (its chunk is named after its folder, esm/) loads
      // only where passkeys are managed; that it is found there keeps this honest.
      const passkeyLibrary = scripts.some((script) => /\/esm-[^/]*\.js$/.test(script.url));
      expect(passkeyLibrary, route).toBe(route === '/settings/protection');
    }
    console.log(
      `first-screen JS, gzipped (budget 100 KB; largest ${(largest / 1024).toFixed(1)} KB):\n` +
        lines.join('\n'),
    );
  });
});
