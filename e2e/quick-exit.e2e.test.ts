/**
 * Quick exit, by the button and by pressing Shift three times: the screen is
 * emptied at once, the tab goes to a neutral site, and the back button leads
 * to where the person was before Mend, not to a Mend screen. Mend keeps
 * nothing in the browser's storage. Every address outside this machine is
 * answered here by Playwright, so no request leaves 127.0.0.1.
 */
import type { BrowserContext, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE } from '../src/contract/neutral-site.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { goTo, waitForHeading } from './support/screens.js';

/** Where the person was before opening Mend (a made-up page, answered here). */
const BEFORE_MEND = 'https://news.example/';
const SECRET_NOTE = 'He read my messages again last night.';

/** Answers every address outside the app (at `appUrl`) with a plain page of its own. */
async function answerElsewhere(context: BrowserContext, appUrl: string): Promise<void> {
  const plainPage = (title: string) => ({
    status: 200,
    contentType: 'text/html',
    body: `<!doctype html><title>${title}</title><p>${title}</p>`,
  });
  await context.route(
    (url) => !url.href.startsWith(appUrl),
    async (route: Route) => {
      const url = route.request().url();
      if (url === NEUTRAL_SITE) await route.fulfill(plainPage('Wikipedia'));
      else if (url.startsWith(BEFORE_MEND)) await route.fulfill(plainPage('The news'));
      else await route.fulfill({ status: 204 });
    },
  );
}

/** Browser code, as text: these tests compile without the DOM's types. */
const SAY_SCREEN_AT_LEAVING = `
  window.addEventListener('beforeunload', () => {
    if (location.protocol !== 'http:') return;
    console.log('screen at leaving:' + document.body.innerText.trim());
  });
`;

const WHAT_MEND_STORED = `(async () => ({
  localStorage: localStorage.length,
  sessionStorage: sessionStorage.length,
  caches: (await caches.keys()).length,
  databases: (await indexedDB.databases()).length,
}))()`;

const ADD_TO_SCREEN = (text: string) => `
  (() => {
    const line = document.createElement('p');
    line.textContent = ${JSON.stringify(text)};
    document.querySelector('main').append(line);
  })()
`;

/**
 * What Mend's screen showed at the moment the tab started to leave: the page
 * says it in the console from `beforeunload`, which fires before the browser
 * even asks for the neutral site.
 */
async function watchScreenAtLeaving(page: Page): Promise<() => string | null> {
  let seen: string | null = null;
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('screen at leaving:')) seen = text.slice('screen at leaving:'.length);
  });
  await page.addInitScript(SAY_SCREEN_AT_LEAVING);
  return () => seen;
}

/** Mend's origin in a fresh tab: what the browser keeps for it. */
async function storedByMend(context: BrowserContext, appUrl: string) {
  const tab = await context.newPage();
  try {
    await tab.goto(`${appUrl}/`);
    return await tab.evaluate<Record<string, number>>(WHAT_MEND_STORED);
  } finally {
    await tab.close();
  }
}

describe('quick exit', () => {
  const world = useServerAndBrowser();

  it('leaves by the button at once, and going back does not return to Mend', async () => {
    const ana = person('Ana');
    const { page, context, problems } = await world.signUp(ana);
    await answerElsewhere(context, world.url);
    const screenAtLeaving = await watchScreenAtLeaving(page);
    // A tab with a past: another site first, then Mend, then a few Mend screens.
    await page.goto(BEFORE_MEND);
    await page.goto(`${world.url}/`);
    await waitForHeading(page, 'Hello, Ana');
    await goTo(page, 'Settings', 'Settings');
    await goTo(page, 'History', 'History');
    expect(await page.evaluate<number>('history.length')).toBeGreaterThanOrEqual(4);

    await page.getByRole('button', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL_SITE);
    // The screen was empty before the browser even asked for the neutral site.
    expect(screenAtLeaving()).toBe('');
    expect(await page.title()).toBe('Wikipedia');

    // Back leads to where the person was before Mend.
    await page.goBack();
    expect(page.url()).toBe(BEFORE_MEND);
    expect(await page.title()).toBe('The news');

    expect(await storedByMend(context, world.url)).toEqual({
      localStorage: 0,
      sessionStorage: 0,
      caches: 0,
      databases: 0,
    });
    expect(problems).toEqual([]);
  });

  it('leaves on Shift pressed three times, but not while typing capitals', async () => {
    const ben = person('Ben');
    const { page, context, problems } = await world.signUp(ben);
    await answerElsewhere(context, world.url);
    const screenAtLeaving = await watchScreenAtLeaving(page);
    await page.goto(BEFORE_MEND);
    await page.goto(`${world.url}/safety`);
    await waitForHeading(page, 'Safety check');
    await page
      .getByRole('group', { name: 'Are you ever afraid of your partner?' })
      .getByLabel('Yes', { exact: true })
      .check();

    // Capitals use Shift with another key: that is typing, not a request to leave.
    for (const key of ['KeyH', 'KeyW', 'KeyA']) {
      await page.keyboard.down('Shift');
      await page.keyboard.press(key);
      await page.keyboard.up('Shift');
    }
    await waitForHeading(page, 'Safety check');
    expect(page.url()).toBe(`${world.url}/safety`);

    // Sensitive words on screen, then Shift three times.
    await page.evaluate(ADD_TO_SCREEN(SECRET_NOTE));
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL_SITE);
    expect(screenAtLeaving()).toBe('');
    expect(await page.content()).not.toContain(SECRET_NOTE);

    await page.goBack();
    expect(page.url()).toBe(BEFORE_MEND);
    expect(problems).toEqual([]);
  });
});
