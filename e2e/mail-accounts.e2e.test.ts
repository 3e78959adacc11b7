/**
 * E-mail and accounts in Chromium, with mail delivered to a local SMTP sink:
 * signing up through the link from the mail, and resetting the password of a
 * member who uses an authenticator app — after the reset, every device is
 * signed out and signing in still asks for the code.
 */
import { describe, expect, it } from 'vitest';
import { base32Decode, totp } from '../src/server/features/second-factor/totp.js';
import { useServerAndBrowser } from './support/fixture.js';
import { mailedLink, openPhone, person } from './support/people.js';
import {
  fillSignUp,
  openSettings,
  signIn,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

const codeFor = (secret: string, offsetSeconds = 0) =>
  totp(base32Decode(secret), Date.now() + offsetSeconds * 1000);

describe('e-mail and accounts', () => {
  const world = useServerAndBrowser({ smtp: true });

  it('signs up through the link from the e-mail', async () => {
    const cleo = person('Cleo');
    const { page, problems } = await openPhone(world.browser);
    await page.goto(`${world.url}/sign-up`);
    await waitForHeading(page, 'Create your account');
    await fillSignUp(page, cleo);
    await page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await page.getByText(`We sent a message to ${cleo.email}`).waitFor();

    const link = await mailedLink(world.sink, cleo.email, '/confirm-email');
    await page.goto(link);
    await waitForHeading(page, 'Confirm your e-mail');
    // The token left the address bar as soon as the page read it.
    expect(page.url()).toBe(`${world.url}/confirm-email`);
    await page.getByRole('button', { name: 'Confirm my e-mail' }).click();
    await waitForHeading(page, `Hello, ${cleo.name}`);
    expect(problems).toEqual([]);
  });

  it('resets the password of a member with an authenticator app; the code is still asked', async () => {
    const dev = person('Dev');
    const { page, problems } = await world.signUp(dev);
    await openSettings(page, 'Sign-in protection', 'Sign-in protection');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('heading', { name: 'Add Mend to your authenticator app' }).waitFor();
    const secret = (await page.locator('code.secret').textContent())!.replace(/\s/g, '');
    await page.getByLabel('The 6 digits your app shows now').fill(codeFor(secret));
    await page.getByRole('button', { name: 'Turn it on' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    await page.getByLabel('I have saved these codes somewhere safe').check();
    await page.getByRole('button', { name: 'Done' }).click();

    // On another device, signed out: "Forgot your password?"
    const other = await openPhone(world.browser);
    await other.page.goto(`${world.url}/`);
    await waitForHeading(other.page, 'Welcome to Mend');
    await other.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await waitForHeading(other.page, 'Reset your password');
    await other.page.getByLabel('E-mail', { exact: true }).fill(dev.email);
    await other.page.getByRole('button', { name: 'Send me a link' }).click();
    await other.page.getByText(`If ${dev.email} has a Mend account`).waitFor();

    await other.page.goto(await mailedLink(world.sink, dev.email, '/reset-password'));
    await waitForHeading(other.page, 'Choose a new password');
    const renewed = { ...dev, password: 'bright gulls over the quiet bay' };
    await other.page.getByLabel('New password', { exact: true }).fill(renewed.password);
    await other.page.getByRole('button', { name: 'Save my new password' }).click();
    await waitForHeading(other.page, 'Welcome to Mend');
    await waitForStatus(other.page, 'Your password is changed');

    // The reset opened no session; signing in asks for the code.
    await signIn(other.page, renewed);
    await other.page.getByLabel('Code from your app').fill(codeFor(secret, 30));
    await other.page.getByRole('button', { name: 'Continue' }).click();
    await waitForHeading(other.page, `Hello, ${dev.name}`);

    // The first device was signed out by the reset.
    await page.reload();
    await waitForHeading(page, 'Welcome to Mend');
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
  });
});
