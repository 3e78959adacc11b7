/**
 * Never lose a word (issue 8, items 3 and 4). A long text keeps its draft in
 * memory while written and comes back after Back or a menu tap; leaving with
 * unsent words asks first (a confirm in the app, the browser's question on a
 * reload). Only with "Keep drafts in this browser" on does a draft survive a
 * reload — stored encrypted, never as plain text — and signing out or quick
 * exit deletes it. A paste over the limit is kept whole, said plainly, and
 * not sent until it fits.
 */
import type { BrowserContext, Dialog, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE } from '../src/contract/neutral-site.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import {
  answerSafetyCheckCalmly,
  goTo,
  mainNavLink,
  signIn,
  waitForHeading,
  type Person,
} from './support/screens.js';

const FIRST_DRAFT = 'He told me on Sunday, after the children were asleep.';
const KEPT_DRAFT = 'I found the messages in March, and nothing has felt solid since.';

/** What Mend keeps in this browser's storage, as the page sees it. */
const STORED = `(async () => ({
  names: Object.keys(localStorage),
  values: Object.values(localStorage),
  databases: (await indexedDB.databases()).map((d) => d.name),
}))()`;
interface Stored {
  names: string[];
  values: string[];
  databases: string[];
}

async function withSpace(page: Page, who: Person): Promise<void> {
  await page.getByRole('link', { name: 'Answer the safety check' }).click();
  await waitForHeading(page, 'Safety check');
  await answerSafetyCheckCalmly(page);
  await waitForHeading(page, `Hello, ${who.name}`);
  await page.getByRole('button', { name: 'Create our space' }).click();
  await page.getByRole('button', { name: 'Make an invite link' }).waitFor();
}

/** Waits until a browser expression is true (the app's CSP rules out waitForFunction's eval). */
async function until(page: Page, expression: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await page.evaluate<boolean>(expression)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Never true: ${expression}`);
}

/** Accepts the next dialog and says what it was. */
function acceptNextDialog(page: Page): Promise<Dialog> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      void dialog.accept().then(() => resolve(dialog));
    });
  });
}

const whatHappened = (page: Page) => page.getByLabel('What happened', { exact: true });
const note = (page: Page) => page.getByLabel('A note, if you like', { exact: true });

/** The check-in: a long text a person alone in their space can write. */
async function openCheckIn(page: Page, appUrl: string): Promise<void> {
  await page.goto(`${appUrl}/check-in`);
  await waitForHeading(page, 'Today’s check-in');
  await page.getByRole('button', { name: 'Save my check-in' }).waitFor();
}

describe('drafts and long texts', () => {
  const world = useServerAndBrowser();

  it('keeps a draft through a menu tap and Back, and asks before leaving it', async () => {
    const ana = person('Ana');
    const { page, problems } = await world.signUp(ana);
    await withSpace(page, ana);
    await openCheckIn(page, world.url);
    await note(page).fill(FIRST_DRAFT);

    // A tap on a menu link asks first; the draft is kept either way.
    const asked = acceptNextDialog(page);
    await goTo(page, 'History', 'History');
    expect((await asked).message()).toContain('not sent yet');
    await page.goBack();
    await waitForHeading(page, 'Today’s check-in');
    await page.getByText('Your draft is back').waitFor();
    expect(await note(page).inputValue()).toBe(FIRST_DRAFT);

    // Saying "stay" keeps the person on the form.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await (await mainNavLink(page, 'Settings')).click();
    await waitForHeading(page, 'Today’s check-in');
    expect(await note(page).inputValue()).toBe(FIRST_DRAFT);

    // A reload asks too. With the setting off (the default), nothing was stored.
    const beforeReload = acceptNextDialog(page);
    await page.reload();
    expect((await beforeReload).type()).toBe('beforeunload');
    await waitForHeading(page, 'Today’s check-in');
    expect(await note(page).inputValue()).toBe('');
    const stored = await page.evaluate<Stored>(STORED);
    expect(stored).toEqual({ names: [], values: [], databases: [] });
    expect(problems).toEqual([]);
  });

  it('with "Keep drafts in this browser" on, brings a draft back after a reload, encrypted, and deletes it on sign-out and quick exit', async () => {
    const ben = person('Ben');
    const { page, context, problems } = await world.signUp(ben);
    await withSpace(page, ben);
    await goTo(page, 'Settings', 'Settings');
    const setting = page.getByLabel('Keep drafts in this browser');
    expect(await setting.isChecked()).toBe(false);
    await setting.check();

    await openCheckIn(page, world.url);
    await note(page).fill(KEPT_DRAFT);
    await until(page, "Object.keys(localStorage).some((name) => name.startsWith('mend.draft.'))");
    const sealed = await page.evaluate<Stored>(STORED);
    expect(sealed.databases).toContain('mend-drafts');
    // Stored, but never as the words themselves.
    for (const value of sealed.values) expect(value).not.toContain('March');

    const beforeReload = acceptNextDialog(page);
    await page.reload();
    await beforeReload;
    await waitForHeading(page, 'Today’s check-in');
    await page.getByText('Your draft is back').waitFor();
    expect(await note(page).inputValue()).toBe(KEPT_DRAFT);

    // Signing out deletes the drafts and their key; the setting stays.
    const leaving = acceptNextDialog(page);
    await goTo(page, 'Settings', 'Settings');
    await leaving;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await until(page, 'indexedDB.databases().then((all) => all.length === 0)');
    const afterSignOut = await page.evaluate<Stored>(STORED);
    expect(afterSignOut.names).toEqual(['mend.keep-drafts']);

    await signIn(page, ben);
    await waitForHeading(page, 'Hello, Ben');
    await openCheckIn(page, world.url);
    expect(await note(page).inputValue()).toBe('');

    // Quick exit deletes every trace, the setting too.
    await note(page).fill(KEPT_DRAFT);
    await until(page, "Object.keys(localStorage).some((name) => name.startsWith('mend.draft.'))");
    await leaveQuickly(page, context, world.url);
    const tab = await context.newPage();
    await tab.goto(`${world.url}/`);
    await until(tab, 'indexedDB.databases().then((all) => all.length === 0)');
    expect(await tab.evaluate<Stored>(STORED)).toEqual({ names: [], values: [], databases: [] });
    await tab.close();
    expect(problems).toEqual([]);
  });

  it('keeps a paste over the limit whole, says by how much to shorten it, and sends only once it fits', async () => {
    const { a } = await world.couple(person('Cleo'), person('Dev'));
    const { page, context, problems } = a;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: world.url,
    });
    await page.goto(`${world.url}/breaches/new`);
    await waitForHeading(page, 'Record a breach');
    const long = 'We said we would tell each other everything. '.repeat(160).slice(0, 7200);
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(long)})`);
    await whatHappened(page).focus();
    await page.keyboard.press('Control+V');

    await page
      .getByText('You pasted 7,200 characters; the limit is 6,000 — shorten it by 1,200 to send.')
      .waitFor();
    expect((await whatHappened(page).inputValue()).length).toBe(7200);
    expect(await whatHappened(page).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('A short title').fill('The messages');
    await page.getByRole('button', { name: 'Record the breach' }).click();
    await page
      .getByRole('alert')
      .getByText('shorten it by 1,200 characters', { exact: false })
      .waitFor();
    await waitForHeading(page, 'Record a breach');
    expect((await whatHappened(page).inputValue()).length).toBe(7200);

    await whatHappened(page).fill(long.slice(0, 6000));
    await page.getByText('6,000 of 6,000 characters.').waitFor();
    expect(await whatHappened(page).getAttribute('aria-invalid')).toBeNull();
    expect(problems).toEqual([]);
  });
});

async function leaveQuickly(page: Page, context: BrowserContext, appUrl: string) {
  await context.route(
    (url) => !url.href.startsWith(appUrl),
    (route: Route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Wikipedia</title>' }),
  );
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await page.waitForURL(NEUTRAL_SITE);
}
