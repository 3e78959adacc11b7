/**
 * Passkeys, with Chromium's virtual authenticator standing in for a phone's
 * fingerprint: add one (recovery codes shown once), sign in with it as the
 * second step, confirm "it is you" with it, and remove it. WebAuthn needs a
 * domain, so this app answers at http://localhost, which the browser is told
 * is 127.0.0.1; nothing leaves this machine.
 */
import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server.js';
import { launchChromium } from './support/browser.js';
import { ageSessions, person, signUpNew } from './support/people.js';
import { goTo, openSettings, signIn, waitForHeading, waitForStatus } from './support/screens.js';

describe('passkeys', () => {
  let server: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startAppServer({ hostName: 'localhost' });
    browser = await launchChromium({ mapLocalhost: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a passkey, signs in and confirms with it, and removes it', async () => {
    const cai = person('Cai');
    const { page, context, problems } = await signUpNew(browser, server, cai, {
      // Removing it "ten minutes" later first asks the person to confirm.
      expectedRefusals: [{ path: /^\/api\/v1\/me\/second-factor\/passkeys\/[^/]+$/, status: 403 }],
    });
    let cdp: CDPSession | undefined;
    try {
      cdp = await context.newCDPSession(page);
      await cdp.send('WebAuthn.enable');
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'internal',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });

      await openSettings(page, 'Sign-in protection', 'Sign-in protection');
      await page.getByRole('button', { name: 'Add a passkey' }).click();
      await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
      await page.getByLabel('I have saved these codes somewhere safe').check();
      await page.getByRole('button', { name: 'Done' }).click();
      const passkeys = page.getByRole('list', { name: 'Your passkeys' }).getByRole('listitem');
      await passkeys.first().getByText('Passkey from Chrome').waitFor();
      expect(await passkeys.count()).toBe(1);

      // Signing in asks for the passkey after the password.
      await goTo(page, 'Settings', 'Settings');
      await page.getByRole('button', { name: 'Sign out' }).click();
      await waitForHeading(page, 'Welcome to Mend');
      await signIn(page, cai);
      await page.getByText('Use the passkey on this device').waitFor();
      await page.getByRole('button', { name: 'Use my passkey' }).click();
      await waitForHeading(page, 'Hello, Cai');

      // Later, removing it asks "is it you?"; the passkey answers with the password.
      await ageSessions(server, cai);
      await openSettings(page, 'Sign-in protection', 'Sign-in protection');
      await page.getByRole('button', { name: 'Remove this passkey' }).click();
      const dialog = page.getByRole('dialog', { name: 'Please confirm it is you' });
      await dialog.getByLabel('Password', { exact: true }).fill(cai.password);
      await dialog.getByRole('button', { name: 'Confirm with my passkey' }).click();
      await waitForStatus(page, 'is removed');
      await page.getByRole('list', { name: 'Your passkeys' }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Add a passkey' }).waitFor();

      expect(problems).toEqual([]);
    } finally {
      await cdp?.detach();
      await context.close();
    }
  });
});
