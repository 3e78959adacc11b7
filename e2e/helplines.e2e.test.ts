/**
 * Helplines stay in reach (issue 8, item 2): "Support and helplines" beside
 * quick exit on every screen, signed in or not, and the country's helplines on
 * the safety-check screen whatever the last answers were — also after a
 * concern and "Continue on my own", without answering the questions again.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import {
  answerSafetyCheckWithConcern,
  goTo,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

const UK_HELPLINE = 'National Domestic Abuse Helpline (Refuge)';

async function openSupport(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Support and helplines' }).click();
  await waitForHeading(page, 'Support and helplines');
}

describe('helplines in reach', () => {
  const world = useServerAndBrowser();

  it('after a concern and "Continue on my own", finds the helplines from every screen and in the safety check', async () => {
    const kim = person('Kim');
    const { page, problems } = await world.signUp(kim, {
      timezoneId: 'Europe/London',
    });
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckWithConcern(page);
    await page.getByRole('button', { name: 'Continue on my own' }).click();
    await waitForStatus(page, 'You are continuing on your own');
    await goTo(page, 'Home', 'Hello, Kim');
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('heading', { name: 'Your space, on your own' }).waitFor();

    // Beside quick exit on every screen: the country's helplines, one tap away.
    for (const [link, heading] of [
      ['Home', 'Hello, Kim'],
      ['Check in', 'Today’s check-in'],
      ['History', 'History'],
      ['Where we are', 'Where we are'],
      ['Settings', 'Settings'],
    ] as const) {
      await goTo(page, link, heading);
      await openSupport(page);
      await page.getByText(UK_HELPLINE).waitFor();
      expect(await page.getByLabel('Country').inputValue()).toBe('GB');
    }

    // The safety-check screen shows them too, with the questions, whatever was answered.
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('link', { name: 'Answer the safety check again' }).click();
    await waitForHeading(page, 'Safety check');
    await page.getByRole('button', { name: 'Save my answers' }).waitFor();
    await page.getByRole('heading', { name: 'Support and helplines' }).waitFor();
    await page.getByText(UK_HELPLINE).waitFor();
    expect(problems).toEqual([]);
  });

  it('offers them before signing in, for the country of the browser’s time zone', async () => {
    const { page, problems } = await world.newPhone({
      timezoneId: 'Europe/London',
    });
    await page.goto(`${world.url}/`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await openSupport(page);
    await page.getByText(UK_HELPLINE).waitFor();
    await page.getByText('Find A Helpline').waitFor();
    expect(problems).toEqual([]);
  });
});
