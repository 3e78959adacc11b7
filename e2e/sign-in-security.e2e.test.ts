/**
 * Signing in safely, through the screens: a new sign-in shows as a calm
 * notice; signed-in devices are listed and the others signed out at once; an
 * authenticator app is set up (QR code, key, first code), its recovery codes
 * shown once, asked for at sign-in, and turned off again after confirming it
 * is you with a recovery code; a new password too short is refused beside the
 * field.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { base32Decode, totp } from '../src/server/features/second-factor/totp.js';
import { useServerAndBrowser } from './support/fixture.js';
import { ageSessions, person } from './support/people.js';
import { goTo, openSettings, signIn, waitForHeading, waitForStatus } from './support/screens.js';

/** The code an authenticator app would show, `offsetSeconds` from now. */
const codeFor = (secret: string, offsetSeconds = 0) =>
  totp(base32Decode(secret), Date.now() + offsetSeconds * 1000);

describe('signing in safely', () => {
  const world = useServerAndBrowser();

  it('shows a new sign-in calmly, lists the devices and signs the others out', async () => {
    const ana = person('Ana');
    const phone = await world.signUp(ana);
    const laptop = await world.newPhone();
    await laptop.page.goto(`${world.url}/`);
    await waitForHeading(laptop.page, 'Welcome to Mend');
    await signIn(laptop.page, ana);
    await waitForHeading(laptop.page, 'Hello, Ana');

    // The first device hears about it inside Mend, calmly.
    const { page } = phone;
    await goTo(page, 'Home', 'Hello, Ana');
    const notices = page.getByRole('region', { name: 'About your account' });
    await notices.getByText('A new sign-in to your account').waitFor();
    await notices.getByText('If that was you, there is nothing to do').waitFor();
    await notices.getByRole('button', { name: /^Dismiss/ }).click();
    await waitForStatus(page, 'Notice dismissed');
    await notices.waitFor({ state: 'detached' });

    await openSettings(page, 'Signed-in devices', 'Signed-in devices');
    const devices = page
      .getByRole('list', { name: 'Your signed-in devices' })
      .getByRole('listitem');
    await devices.first().waitFor();
    expect(await devices.count()).toBe(2);
    const thisDevice = page.getByText('This device', { exact: true });
    expect(await devices.filter({ has: thisDevice }).count()).toBe(1);
    await devices.first().getByText('Last active').waitFor();
    // Each button says what it does: this device signs you out here; the
    // other one names the device it signs out.
    const current = devices.filter({ has: thisDevice });
    expect(await current.getByRole('button').textContent()).toBe('Sign me out here');
    const other = devices.filter({ hasNot: thisDevice });
    const otherName = (await other.getByRole('heading').textContent())!.trim();
    expect(await other.getByRole('button').textContent()).toBe(`Sign out ${otherName}`);

    await page.getByRole('button', { name: 'Sign out all other devices' }).click();
    await waitForStatus(page, 'Signed out of 1 other device');
    await devices.nth(1).waitFor({ state: 'detached' });
    expect(await devices.count()).toBe(1);

    // The other device is signed out on its next request.
    await laptop.page.reload();
    await waitForHeading(laptop.page, 'Welcome to Mend');

    expect(phone.problems).toEqual([]);
    expect(laptop.problems).toEqual([]);
  });

  it('sets up an authenticator app, asks for it at sign-in, and turns it off after confirming', async () => {
    const ben = person('Ben');
    const { page, problems } = await world.signUp(ben, {
      expectedRefusals: [
        // A wrong first code.
        { path: '/api/v1/me/second-factor/totp', status: 422 },
        // Turning it off after "ten minutes" first asks the person to confirm.
        { path: '/api/v1/me/second-factor/totp', status: 403 },
        // A new password that is too short, refused beside its field.
        { path: '/api/v1/me/password', status: 422 },
      ],
    });
    await openSettings(page, 'Sign-in protection', 'Sign-in protection');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('heading', { name: 'Add Mend to your authenticator app' }).waitFor();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const openLink = page.getByRole('link', { name: 'open the app with this link' });
    expect(await openLink.getAttribute('href')).toMatch(/^otpauth:\/\/totp\/Mend:/);
    const secret = (await page.locator('code.secret').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    // A wrong code is said beside the field.
    await page.getByLabel('The 6 digits your app shows now').fill('000000');
    await page.getByRole('button', { name: 'Turn it on' }).click();
    await page.getByText('The code is not the code your app shows right now').waitFor();
    await page.getByLabel('The 6 digits your app shows now').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Turn it on' }).click();

    // The recovery codes, once, with a clear "I saved them" step.
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    const codes = await page
      .getByRole('list', { name: 'Your recovery codes' })
      .getByRole('listitem')
      .allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByText('Please save the codes first').waitFor();
    await page.getByLabel('I have saved these codes somewhere safe').check();
    await page.getByRole('button', { name: 'Done' }).click();
    await waitForStatus(page, 'Mend will not show them again');
    await page
      .getByRole('region', { name: 'Authenticator app' })
      .getByText('When you sign in, Mend asks for the 6 digits')
      .waitFor();
    expect(await page.getByText(codes[0]!).count()).toBe(0);

    // Signing in again now takes the code too (the next one: each works once).
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Welcome to Mend');
    await signIn(page, ben);
    await page.getByLabel('Code from your app').fill(codeFor(secret, 30));
    await page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(page, 'Hello, Ben');

    // Later, turning it off asks "is it you?" first; a recovery code will do.
    await ageSessions(world.server, ben);
    await openSettings(page, 'Sign-in protection', 'Sign-in protection');
    await page.getByRole('button', { name: 'Turn off the authenticator app' }).click();
    await confirmWithRecoveryCode(page, ben.password, codes[0]!);
    await waitForStatus(page, 'The authenticator app is turned off');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).waitFor();

    // A new password: too short is said beside the field.
    await openSettings(page, 'E-mail and password', 'E-mail and password');
    await page.getByLabel('New password').fill('too short');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await page.getByText('The new password must be at least 15 characters').waitFor();
    expect(await page.getByLabel('New password').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('New password').fill('a heron waits by the cold grey water');
    await page.getByRole('button', { name: 'Change my password' }).click();
    await waitForStatus(page, 'Your password is changed');

    expect(problems).toEqual([]);
  });
});

async function confirmWithRecoveryCode(page: Page, password: string, code: string) {
  const dialog = page.getByRole('dialog', { name: 'Please confirm it is you' });
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  await dialog.getByRole('button', { name: 'Use a recovery code' }).click();
  await dialog.getByLabel('Recovery code').fill(code);
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await dialog.waitFor({ state: 'hidden' });
}
