/**
 * Passkeys, with Chromium's virtual authenticator standing in for a phone's
 * fingerprint: add one (recovery codes shown once), sign in with it as the
 * second step, confirm "it is you" with it, and remove it. WebAuthn needs a
 * domain, so this app answers at http://localhost, which the browser is told
 * is 127.0.0.1; nothing leaves this machine.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { ageSessions, person } from './support/people.js';
import { goTo, openSettings, signIn, waitForHeading, waitForStatus } from './support/screens.js';

describe('passkeys', () => {
  const world = useServerAndBrowser({ hostName: 'localhost' });

  it('adds a passkey, signs in and confirms with it, and removes it', async () => {
    const cai = person('Cai');
    const { page, context, problems } = await world.signUp(cai, {
      // Removing it "ten minutes" later first asks the person to confirm.
      expectedRefusals: [{ path: /^\/api\/v1\/me\/second-factor\/passkeys\/[^/]+$/, status: 403 }],
    });
    const cdp = await context.newCDPSession(page);
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
    await ageSessions(world.server, cai);
    await openSettings(page, 'Sign-in protection', 'Sign-in protection');
    await page.getByRole('button', { name: 'Remove this passkey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Please confirm it is you' });
    await dialog.getByLabel('Password', { exact: true }).fill(cai.password);
    await dialog.getByRole('button', { name: 'Confirm with my passkey' }).click();
    await waitForStatus(page, 'is removed');
    await page.getByRole('list', { name: 'Your passkeys' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Add a passkey' }).waitFor();

    expect(problems).toEqual([]);
  });
});
