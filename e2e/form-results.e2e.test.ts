/**
 * What a form came to is said where the person is (issue 8, item 5): "Saved"
 * and "kept until you are back online" appear beside the Save button (and are
 * read out by the live region, shown only there, not at the top), and after a
 * check-in kept offline is sent, the form shows it without a reload.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import {
  answerSafetyCheckCalmly,
  goTo,
  fillCheckIn,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

/** The words shown beside the form's submit button. */
const besideButton = (page: Page) => page.locator('form.check-in .form-result');

/** Whether the live region at the top shows its words (or only says them). */
async function topShowsWords(page: Page): Promise<boolean> {
  const box = await page.getByRole('status').boundingBox();
  return box !== null && box.height > 2;
}

describe('form results beside the button', () => {
  const world = useServerAndBrowser();

  it('says saved and offline beside Save, and shows a check-in sent later without a reload', async () => {
    const eve = person('Eve');
    const { page, context, problems } = await world.signUp(eve, {
      expectedRefusals: [{ path: '/api/v1/check-ins', status: 'offline' }],
    });
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckCalmly(page);
    await waitForHeading(page, 'Hello, Eve');
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).waitFor();
    const loaded = page.waitForResponse((r) => r.url().includes('/api/v1/space/therapists'));
    await page.goto(`${world.url}/check-in`);
    await waitForHeading(page, 'Today’s check-in');
    await loaded;

    await fillCheckIn(page, { trust: 5, note: 'A quiet evening, and we talked.' });
    await page.getByRole('button', { name: 'Save my check-in' }).click();
    await besideButton(page).getByText('Your check-in is saved. Thank you.').waitFor();
    await waitForStatus(page, 'Your check-in is saved');
    expect(await topShowsWords(page)).toBe(false);

    await context.setOffline(true);
    await fillCheckIn(page, { effort: 4 });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await besideButton(page).getByText('will be sent as soon as you are back online').waitFor();
    await page.getByText('Changes you saved while offline are shown below').waitFor();
    expect(await topShowsWords(page)).toBe(false);

    await context.setOffline(false);
    await besideButton(page).getByText('Your check-in has been sent').waitFor();
    await waitForStatus(page, 'Your check-in has been sent');
    await page.getByText('You have checked in today').waitFor();
    expect(await page.getByText('Changes you saved while offline').count()).toBe(0);
    expect(await topShowsWords(page)).toBe(false);

    // Sent words are not "unsent": the menu leaves without asking (an unanswered question would stop it).
    await goTo(page, 'History', 'History');
    expect(problems).toEqual([]);
  });
});
