/**
 * Quick exit leaves nothing one Back away (issue 8, item 1). Entries that full
 * page loads put in a tab's history cannot be removed by a page, so after a
 * quick exit every Mend page the tab shows again — by Back, Forward, reload or
 * from the back-forward cache — opens on a neutral lock screen until the
 * person deliberately opens it again; and the session on this device is ended.
 * Every address outside this machine is answered here by Playwright.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE } from '../src/contract/neutral-site.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { answerSafetyCheckCalmly, fillCheckIn, waitForHeading } from './support/screens.js';

/** A note written by the person: it must never be on screen after a quick exit. */
const CANARY = 'I still wake up at four and check his phone.';

async function answerElsewhere(context: BrowserContext, appUrl: string): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(appUrl),
    async (route: Route) => {
      if (route.request().url() === NEUTRAL_SITE) {
        await route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>Wikipedia</title><p>Wikipedia</p>',
        });
      } else await route.fulfill({ status: 204 });
    },
  );
}

/** What the tab shows once it has settled. */
async function screenText(page: Page): Promise<string> {
  await page.waitForLoadState('load');
  return page.locator('body').innerText();
}

describe('quick exit leaves nothing one Back away', () => {
  const world = useServerAndBrowser();

  it('after Back, Forward and reload no Mend page shows content, and the session is over', async () => {
    const ana = person('Ana');
    const { page, context, problems } = await world.signUp(ana);
    await answerElsewhere(context, world.url);
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckCalmly(page);
    await waitForHeading(page, 'Hello, Ana');
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).waitFor();
    await page.goto(`${world.url}/check-in`);
    await waitForHeading(page, 'Today’s check-in');
    await fillCheckIn(page, { trust: 4, note: CANARY });
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await page.getByText('Your check-in is saved').first().waitFor();

    // The walk from the issue: /history from the address bar, then / from the address bar.
    await page.goto(`${world.url}/history`);
    await page.getByText(CANARY).waitFor();
    await page.goto(`${world.url}/`);
    await waitForHeading(page, 'Hello, Ana');

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL_SITE);

    // Back: the /history page loaded from the address bar comes back, closed.
    await page.goBack();
    await page.getByRole('heading', { name: 'This page is closed' }).waitFor();
    expect(page.url()).toBe(`${world.url}/history`);
    expect(await screenText(page)).not.toContain(CANARY);
    expect(await page.title()).not.toContain('Mend');

    // Forward leads to the neutral site, and Back again to the closed page.
    await page.goForward();
    await page.waitForURL(NEUTRAL_SITE);
    await page.goBack();
    await page.getByRole('heading', { name: 'This page is closed' }).waitFor();
    expect(await screenText(page)).not.toContain(CANARY);

    // A reload stays closed too.
    await page.reload();
    await page.getByRole('heading', { name: 'This page is closed' }).waitFor();
    expect(await screenText(page)).not.toContain(CANARY);

    // Opening it again is a choice, and the session on this device is over.
    await page.getByRole('button', { name: 'Open again' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await screenText(page)).not.toContain(CANARY);

    // Another tab is not closed, and it too finds nobody signed in: the session
    // cookie is still in this browser, but quick exit ended the session.
    const other = await context.newPage();
    await other.goto(`${world.url}/history`);
    await other.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await other.locator('body').innerText()).not.toContain(CANARY);
    await other.close();
    expect(problems).toEqual([]);
  });
});
