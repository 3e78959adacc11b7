/**
 * The public guide as a reader uses it: with JavaScript off, opened from the
 * address bar, from article to article and back, reloaded, and left by the
 * quick exit; with JavaScript on, the Shift-three-times shortcut leaves too,
 * and the app's first screen links to the guide. Addresses outside this
 * machine are answered here, so nothing leaves 127.0.0.1.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { NEUTRAL_SITE } from '../src/contract/neutral-site.js';
import { useServerAndBrowser } from './support/fixture.js';

async function answerElsewhere(context: BrowserContext, appUrl: string): Promise<void> {
  await context.route(
    (url) => !url.href.startsWith(appUrl),
    (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Wikipedia</title><p>Wikipedia</p>',
      }),
  );
}

describe('the guide in a browser', () => {
  const world = useServerAndBrowser();

  it('reads from article to article with JavaScript off: address bar, next, back, reload, quick exit', async () => {
    const context = await world.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    await answerElsewhere(context, world.url);
    const page = await context.newPage();

    await page.goto(`${world.url}/guide`);
    expect(await page.title()).toBe('Rebuilding trust: a guide — Mend');
    const articles = page.locator('.article-list li');
    expect(await articles.count()).toBeGreaterThanOrEqual(10);

    await page.getByRole('link', { name: 'What trust rests on' }).click();
    await page.getByRole('heading', { level: 1, name: 'What trust rests on' }).waitFor();
    await expect.poll(() => page.getByText(/minutes? to read/).count()).toBe(1);
    // The step in the app that puts it into practice.
    expect(await page.getByRole('link', { name: /daily check-in/ }).getAttribute('href')).toBe(
      '/check-in',
    );

    await page.getByRole('link', { name: /^Next/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Acknowledging the breach' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/guide/acknowledging-the-breach');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'What trust rests on' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'What trust rests on' }).waitFor();

    // An address typed by hand that is not an article: a page that leads back.
    const missing = await page.goto(`${world.url}/guide/no-such-article`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('link', { name: 'All the articles of the guide' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rebuilding trust: a guide' }).waitFor();

    // The quick exit is a plain link: it works without any script.
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL_SITE);
  });

  it('leaves for the neutral site on Shift pressed three times, and is linked from the first screen', async () => {
    const context = await world.browser.newContext({ viewport: { width: 390, height: 844 } });
    await answerElsewhere(context, world.url);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().includes('401'))
        errors.push(message.text());
    });

    await page.goto(world.url);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Mend' }).waitFor();
    await page.getByRole('link', { name: 'Read the guide to rebuilding trust' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rebuilding trust: a guide' }).waitFor();
    await page.getByRole('link', { name: 'Safety first' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Safety first' }).waitFor();

    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
    await page.waitForURL(NEUTRAL_SITE);
    // The exit replaced the article in this tab's history: Back leads to the index, not to it.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Rebuilding trust: a guide' }).waitFor();
    expect(errors).toEqual([]);
  });
});
