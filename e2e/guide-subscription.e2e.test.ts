/**
 * The guide's subscription as a reader uses it, with JavaScript off and mail
 * delivered to a local SMTP sink: subscribing from the index, confirming from
 * the link in the mail (which asks first), the link refusing a second use,
 * and leaving by typing the address.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { mailedLink } from './support/people.js';

describe('the guide’s subscription in a browser', () => {
  const world = useServerAndBrowser({ smtp: true });

  it('subscribes with JavaScript off through the mailed link, which works once, and leaves again', async () => {
    const context = await world.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    const email = `reader-${Date.now()}@example.test`;

    await page.goto(`${world.url}/guide`);
    // The browser's own check first: an incomplete address is not sent.
    await page.getByLabel(/Your e-mail address/).fill(email);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.getByText('Please look in your inbox').waitFor();
    expect(new URL(page.url()).pathname).toBe('/guide/subscribe');
    // Reloading the answer sends nothing again (Post/Redirect/Get).
    await page.reload();
    await page.getByText('Please look in your inbox').waitFor();

    const link = await mailedLink(world.sink, email, '/guide/subscribe/confirm');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Confirm your subscription' }).waitFor();
    await page.getByRole('button', { name: 'Confirm my subscription' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are subscribed' }).waitFor();
    expect(world.sink.messages.filter((m) => m.to.includes(email))).toHaveLength(1);

    // Back to the question (it is not kept, so it is asked for anew), or the
    // link opened again: used up, and said so.
    await page.goBack();
    await page
      .getByRole('heading', { level: 1, name: 'This link does not work any more' })
      .waitFor();
    const reopened = await page.goto(link);
    expect(reopened?.status()).toBe(410);

    await page.goto(`${world.url}/guide`);
    await page.getByRole('link', { name: 'Stop the guide’s e-mails' }).click();
    await page.getByRole('heading', { level: 1, name: 'Stop the guide’s e-mails' }).waitFor();
    await page.getByLabel(/Your e-mail address/).fill(email);
    await page.getByRole('button', { name: 'Stop the e-mails' }).click();
    await page.getByText('If this address was subscribed, it is not any more').waitFor();
    await context.close();
  });
});
