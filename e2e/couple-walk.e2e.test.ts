/**
 * The foundation's walk, in a real browser, with two people: sign up, make a
 * space, invite, join, check in, the reveal rule ("answer privately, then
 * reveal"), private notes staying private, an offline check-in sent later,
 * leaving the space, signing out. Every page must run without console errors
 * and without a single Content-Security-Policy violation.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './support/app-server.js';
import type { WatchedPage } from './support/browser.js';
import { useServerAndBrowser } from './support/fixture.js';
import { firstScreenScripts } from './support/first-screen.js';
import {
  answerSafetyCheckCalmly,
  fillCheckIn,
  fillSignUp,
  goTo,
  historyEntry,
  openHistory,
  waitForHeading,
  waitForStatus,
  type Person,
} from './support/screens.js';

const TIME_ZONE = 'Europe/Berlin';
const FIRST_SCREEN_BUDGET_BYTES = 100 * 1024;

const run = randomUUID().slice(0, 8);
const alex: Person = {
  name: 'Alex',
  email: `alex-${run}@example.com`,
  password: 'quiet river under morning light',
};
const sam: Person = {
  name: 'Sam',
  email: `sam-${run}@example.com`,
  password: 'slow tea by the open window',
};
const robin: Person = {
  name: 'Robin',
  email: `robin-${run}@example.com`,
  password: 'lanterns along a winter harbour',
};

const ALEX_PRIVATE_NOTE = 'For me only: I was scared all afternoon.';
const ALEX_SHARED_NOTE = 'I am glad we talked after dinner.';
const SAM_SHARED_NOTE = 'Thank you for listening tonight.';

/** The README's picture: the top of the check-in screen, as a phone shows it. */
async function screenshotForReadme(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 420, height: 1100 });
  await page.getByRole('heading', { level: 1 }).focus();
  await page.mouse.wheel(0, -10_000);
  await page.screenshot({ path: path.join(projectRoot, 'docs', 'screenshot.png') });
  if (size) await page.setViewportSize(size);
}

describe('a couple walks through Mend', () => {
  const world = useServerAndBrowser();
  let a: WatchedPage;
  let b: WatchedPage;
  let inviteUrl = '';

  beforeAll(async () => {
    // Both in one zone: the reveal rule is about days, and this keeps "today" shared.
    a = await world.newPhone({
      timezoneId: TIME_ZONE,
      // The offline step's save fails at the network on purpose, and is queued.
      expectedRefusals: [{ path: '/api/v1/check-ins', status: 'offline' }],
    });
    b = await world.newPhone({ timezoneId: TIME_ZONE });
  });

  it('keeps the first screen within the JavaScript budget', async () => {
    const scripts = await firstScreenScripts(world.browser, `${world.url}/`);
    const gzip = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
    const raw = scripts.reduce((sum, script) => sum + script.bytes, 0);
    console.log(
      `first screen JS: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ` +
        `${(gzip / 1024).toFixed(1)} KB gzipped (budget 100 KB)`,
    );
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.some((script) => script.url.includes('api-docs'))).toBe(false);
    expect(gzip).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);
  });

  it('lists the API operations on the lazily loaded docs page', async () => {
    // Needs nobody signed in: the footer's link is on every page.
    const { page, problems } = await world.newPhone({ timezoneId: TIME_ZONE });
    await page.goto(`${world.url}/`);
    await waitForHeading(page, 'Welcome to Mend');
    await page.getByRole('link', { name: 'API documentation' }).click();
    await waitForHeading(page, 'API documentation');
    const row = page.getByRole('row', { name: /putCheckIn/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('/api/v1/check-ins');
    expect(problems).toEqual([]);
  });

  it('lets the first partner sign up, create a space and make an invite link', async () => {
    const { page } = a;
    await page.goto(`${world.url}/`);
    await waitForHeading(page, 'Welcome to Mend');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await waitForHeading(page, 'Create your account');
    // The time zone comes from the device, and stays editable.
    expect(await page.getByLabel('Time zone').inputValue()).toBe(TIME_ZONE);
    await fillSignUp(page, alex);
    await waitForHeading(page, 'Hello, Alex');

    // The private safety check comes before any space.
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckCalmly(page);
    await waitForHeading(page, 'Hello, Alex');
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    await page.getByText('You can use Mend alone until your partner joins').waitFor();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    inviteUrl = await page.getByLabel('Your invite link').inputValue();
    expect(inviteUrl).toMatch(new RegExp(`^${world.url}/join#[A-Za-z0-9_-]{20,}$`));
    await page.getByRole('button', { name: 'Copy link' }).waitFor();
  });

  it('lets the second partner open the link, sign up and join', async () => {
    const { page } = b;
    await page.goto(inviteUrl);
    await waitForHeading(page, 'Join your partner');
    // The token is read once and taken out of the address bar.
    expect(page.url()).toBe(`${world.url}/join`);
    await page.getByRole('heading', { name: 'First, create your account' }).waitFor();
    await fillSignUp(page, sam);
    await page.getByRole('heading', { name: 'A short private safety check' }).waitFor();
    await answerSafetyCheckCalmly(page);
    await page.getByRole('button', { name: 'Join the space' }).click();
    await waitForHeading(page, 'Hello, Sam');
    await page.getByText('You share this space with Alex').waitFor();
  });

  it('shows each partner the other’s name', async () => {
    await a.page.reload();
    await waitForHeading(a.page, 'Hello, Alex');
    await a.page.getByText('You share this space with Sam').waitFor();
  });

  it('refuses an invite link that was already used, in plain words', async () => {
    const c = await world.newPhone({
      timezoneId: TIME_ZONE,
      expectedRefusals: [{ path: '/api/v1/invites/accept', status: 410 }],
    });
    await c.page.goto(inviteUrl);
    await fillSignUp(c.page, robin);
    await answerSafetyCheckCalmly(c.page);
    await c.page.getByRole('button', { name: 'Join the space' }).click();
    await c.page.getByRole('alert').getByText('already been used').waitFor();
    expect(c.problems).toEqual([]);
  });

  it('saves the first partner’s check-in with a private note', async () => {
    const { page } = a;
    await goTo(page, 'Check in', 'Today’s check-in');
    await page
      .getByText('Your partner’s answers for a day appear once you have checked in')
      .waitFor();
    await fillCheckIn(page, {
      trust: 6,
      honesty: 5,
      openness: 4,
      safety: 7,
      effort: 4,
      talkedOpenly: 'Yes',
      note: ALEX_PRIVATE_NOTE,
    });
    // Notes are private unless their writer chooses otherwise.
    expect(await page.getByLabel('Only me', { exact: true }).isChecked()).toBe(true);
    if (process.env['UPDATE_SCREENSHOT'] === '1') await screenshotForReadme(page);
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(page, 'Your check-in is saved');
  });

  it('hides the first partner’s answers until the second has checked in', async () => {
    const { page } = b;
    await openHistory(page);
    expect(await historyEntry(page, 'Alex').count()).toBe(0);
    expect(await page.getByText(ALEX_PRIVATE_NOTE).count()).toBe(0);
    await page.getByText('Nothing here yet').waitFor();
  });

  it('reveals both after the second partner checks in, but never a private note', async () => {
    const { page } = b;
    await goTo(page, 'Check in', 'Today’s check-in');
    await fillCheckIn(page, {
      trust: 3,
      safety: 5,
      effort: 3,
      talkedOpenly: 'Yes',
      note: SAM_SHARED_NOTE,
      noteVisibility: 'Me and my partner',
    });
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(page, 'Your check-in is saved');

    await openHistory(page);
    const alexEntry = historyEntry(page, 'Alex');
    await alexEntry.waitFor();
    expect(await alexEntry.getByText('Trust').locator('..').textContent()).toContain('6 of 7');
    expect(await alexEntry.textContent()).toContain('Talked openly');
    expect(await page.getByText(ALEX_PRIVATE_NOTE).count()).toBe(0);
    expect(await historyEntry(page, 'You').getByText(SAM_SHARED_NOTE).count()).toBe(1);
  });

  it('updates the same check-in when written again, and shares a shared note', async () => {
    const { page } = a;
    await goTo(page, 'Check in', 'Today’s check-in');
    // Writing again the same day opens what was written, to change it.
    expect(await page.getByLabel('A note, if you like').inputValue()).toBe(ALEX_PRIVATE_NOTE);
    await fillCheckIn(page, { note: ALEX_SHARED_NOTE, noteVisibility: 'Me and my partner' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForStatus(page, 'Your check-in is updated');

    await openHistory(page);
    const samEntry = historyEntry(page, 'Sam');
    await samEntry.getByText(SAM_SHARED_NOTE).waitFor();
    expect(await samEntry.getByText('Trust').locator('..').textContent()).toContain('3 of 7');

    await openHistory(b.page);
    await historyEntry(b.page, 'Alex').getByText(ALEX_SHARED_NOTE).waitFor();
    expect(await b.page.getByText(ALEX_PRIVATE_NOTE).count()).toBe(0);
  });

  it('keeps a check-in written offline and sends it when back online', async () => {
    const { page, context } = a;
    // The screen finishes loading (the check-in, whether there is a therapist) online.
    const loaded = Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/api/v1/space/therapists')),
      page.waitForResponse((response) => response.url().includes('/api/v1/check-ins')),
    ]);
    await goTo(page, 'Check in', 'Today’s check-in');
    await loaded;
    await page.getByRole('button', { name: 'Save changes' }).waitFor();
    await context.setOffline(true);
    await fillCheckIn(page, { effort: 5 });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await waitForStatus(page, 'will be sent as soon as you are back online');
    await context.setOffline(false);
    await waitForStatus(page, 'Your check-in has been sent');

    await openHistory(page);
    expect(
      await historyEntry(page, 'You').getByText('Effort').locator('..').textContent(),
    ).toContain('5 of 5');
  });

  it('lets the second partner leave at once, and the first sees they are gone', async () => {
    const { page } = b;
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Leave the space…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Leave your space?' });
    await dialog.getByText('takes effect at once and needs nobody’s approval').waitFor();
    await dialog.getByRole('button', { name: 'Yes, leave the space' }).click();
    await waitForHeading(page, 'Hello, Sam');
    await page.getByRole('button', { name: 'Create our space' }).waitFor();

    await goTo(a.page, 'Home', 'Hello, Alex');
    await a.page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    expect(await a.page.getByText('You share this space with').count()).toBe(0);
  });

  it('signs out and forgets what it held', async () => {
    const { page } = a;
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForHeading(page, 'Welcome to Mend');
    await waitForStatus(page, 'You have signed out');
    await page.goto(`${world.url}/history`);
    await waitForHeading(page, 'Welcome to Mend');
  });

  it('ran without console errors or CSP violations', () => {
    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
