/**
 * On a phone (390 × 844, the size of a common one) the navigation stays out of
 * the way (issue 8, item 7): one compact bar above each screen, "Where we are"
 * once in it, the repair screens folded into the path, and a path page that
 * says where the couple is on its first screen, the rest one tap away.
 *
 * Before this change the chrome took about 40 % of the first screen and the
 * path page was thousands of pixels tall; the figures are printed so a change
 * can be compared.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WatchedPage } from './support/browser.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { goTo, mainNavLink, waitForHeading } from './support/screens.js';

const PHONE = { width: 390, height: 844 };

/** Calls the API from inside the page, with the page's own session cookie. */
async function api(page: Page, method: string, path: string, body: unknown): Promise<void> {
  const status = await page.evaluate(
    async ({ method, path, body }) =>
      (
        await fetch(path, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    { method, path, body },
  );
  if (status >= 400) throw new Error(`${method} ${path}: ${status}`);
}

/**
 * The share of the first screen taken by what comes before the screen's own
 * heading, and by the navigation at all (a menu placed after the heading counts).
 */
async function chrome(page: Page): Promise<{ aboveHeading: number; navigation: number }> {
  // A string, because the e2e files are compiled without the DOM's types.
  return page.evaluate(`(() => {
    window.scrollTo(0, 0);
    const height = window.innerHeight;
    const heading = document.querySelector('main h1').getBoundingClientRect();
    // Menus placed before the screen's first content, not one further down the page.
    const content = [...document.querySelectorAll('main .page > *')].find(
      (element) => !['H1', 'NAV'].includes(element.tagName) && element.getBoundingClientRect().height > 0,
    );
    const contentTop = content ? content.getBoundingClientRect().top : height;
    const navBottoms = [...document.querySelectorAll('header, nav')]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.height > 0 && box.top < contentTop)
      .map((box) => box.bottom);
    return {
      aboveHeading: heading.top / height,
      navigation: Math.max(heading.top, ...navBottoms) / height,
    };
  })()`);
}

const pageHeight = (page: Page) => page.evaluate<number>('document.documentElement.scrollHeight');

async function openPath(page: Page): Promise<void> {
  await goTo(page, 'Where we are', 'Where we are');
  await page.getByText('Looking at your path…').waitFor({ state: 'detached' });
}

describe('on a phone', () => {
  const world = useServerAndBrowser();
  let a: WatchedPage;
  const alex = person('Alex');
  const sam = person('Sam');

  beforeAll(async () => {
    ({ a } = await world.couple(alex, sam));
    await a.page.setViewportSize(PHONE);
    // Something on the timeline, as a couple a few days in would have.
    await api(a.page, 'POST', '/api/v1/breaches', {
      title: 'The messages',
      category: 'lying',
      description: 'It happened more than once.',
      day: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date()),
      cameToLight: 'disclosed',
      brokeTrust: 'me',
    });
  });

  it('keeps the navigation to a small part of Home’s first screen, "Where we are" once', async () => {
    const { page } = a;
    await goTo(page, 'Home', `Hello, ${alex.name}`);
    const home = await chrome(page);
    console.info(`Home on a phone: the navigation takes ${(home.navigation * 100).toFixed(1)} %`);
    expect(home.aboveHeading).toBeLessThanOrEqual(0.2);
    expect(home.navigation).toBeLessThanOrEqual(0.2);

    // Quick exit and the helplines stay in the bar, in sight without opening anything.
    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: 'Quick exit' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      header.getByRole('link', { name: 'Support and helplines' }).isVisible(),
    ).resolves.toBe(true);
  });

  it('shows where the couple is on the path page’s first screen, the rest on demand', async () => {
    const { page } = a;
    await openPath(page);
    const path = await chrome(page);
    const height = await pageHeight(page);
    console.info(
      `The path on a phone: the navigation takes ${(path.navigation * 100).toFixed(1)} %, ` +
        `the page is ${height} px tall`,
    );
    expect(path.aboveHeading).toBeLessThanOrEqual(0.2);
    expect(path.navigation).toBeLessThanOrEqual(0.2);

    // "Where we are" is a link once (folded or not), in the navigation, marked as this page.
    const links = page.locator('a').filter({ hasText: /^Where we are$/ });
    await expect(links.count()).resolves.toBe(1);
    const link = await mainNavLink(page, 'Where we are');
    await expect(link.getAttribute('aria-current')).resolves.toBe('page');
    await page.getByRole('button', { name: 'Menu' }).press('Escape');
    await expect(
      page.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded'),
    ).resolves.toBe('false');

    // Where the couple is, and what could come next, on the first screen.
    const where = page.getByRole('region', { name: 'Where you are now' });
    await where.getByText('Step 1, Acknowledge').waitFor();
    const next = page.getByRole('heading', { name: 'What could come next' });
    const box = await next.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(PHONE.height);

    // It was 4,362 px before the ten steps and the timeline folded away; now about 1,330.
    expect(height).toBeLessThan(2000);
  });

  it('keeps the ten steps, the timeline and the repair screens one tap away', async () => {
    const { page } = a;
    await openPath(page);
    const step = page.getByRole('heading', { level: 3, name: '5. Consistency Not yet' });
    await expect(step.isVisible()).resolves.toBe(false);
    await page.locator('summary', { hasText: 'Show all ten steps' }).click();
    await step.waitFor();
    await page.locator('summary', { hasText: 'Show the timeline' }).click();
    await page.getByRole('link', { name: /recorded a breach/ }).waitFor();

    // The repair screens, folded into a disclosure button.
    const repair = page.getByRole('navigation', { name: 'Repair' });
    const fold = repair.getByRole('button', { name: 'Repair screens' });
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('false');
    await fold.click();
    await expect(fold.getAttribute('aria-expanded')).resolves.toBe('true');
    await repair.getByRole('link', { name: 'Breaches' }).click();
    await waitForHeading(page, 'Breaches');
    const breaches = await chrome(page);
    console.info(
      `Breaches on a phone: the navigation takes ${(breaches.navigation * 100).toFixed(1)} %`,
    );
    // The folded repair menu sits under the heading: about 20 %, was over 40 %.
    expect(breaches.navigation).toBeLessThanOrEqual(0.22);
    // No second "Where we are" on a repair screen either.
    await expect(
      page
        .locator('a')
        .filter({ hasText: /^Where we are$/ })
        .count(),
    ).resolves.toBe(1);
    expect(a.problems).toEqual([]);
  });
});
