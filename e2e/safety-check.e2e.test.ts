/**
 * The private safety check in Chromium, both ways. Without concern it leads
 * straight on to the space. With concern: the calm page that says abuse is not
 * a relationship problem, helplines for the person's country (guessed from the
 * time zone, and changeable), continuing alone with inviting paused, and later
 * going on together after answering again.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import {
  answerSafetyCheckCalmly,
  answerSafetyCheckWithConcern,
  goTo,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

describe('the safety check', () => {
  const world = useServerAndBrowser();

  it('without concern, goes straight on to the space', async () => {
    const jo = person('Jo');
    const { page, problems } = await world.signUp(jo);
    await page.getByRole('heading', { name: 'Before you begin' }).waitFor();
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await page.getByText('Your answers are never shown to your partner').waitFor();
    await answerSafetyCheckCalmly(page);

    await waitForHeading(page, 'Hello, Jo');
    await waitForStatus(page, 'only you can see them');
    expect(await page.getByText('Help you can reach now').count()).toBe(0);
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('with concern, shows help for the chosen country, lets the person go on alone, and later together', async () => {
    const kim = person('Kim');
    // London: Mend suggests the United Kingdom's helplines first.
    const { page, problems } = await world.signUp(kim, {
      timezoneId: 'Europe/London',
    });
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckWithConcern(page);

    // The calm page, in place of the questions, with focus on its heading.
    const heading = page.getByRole('heading', { name: 'Thank you for answering honestly' });
    await heading.waitFor();
    await page.waitForFunction("document.activeElement?.id === 'concern-heading'");
    await page
      .getByText('Abuse is not a relationship problem, and exercises for couples cannot fix it')
      .waitFor();
    await page.getByText('talking with someone who is there only for you').waitFor();

    const country = page.getByLabel('Country');
    expect(await country.inputValue()).toBe('GB');
    await page.getByText('National Domestic Abuse Helpline (Refuge)').waitFor();
    await page.getByText('In an emergency in United Kingdom, call 999').waitFor();
    // Help anywhere in the world is always beside the country's own.
    await page.getByText('Find A Helpline').waitFor();

    await country.selectOption('IE');
    await page.getByText('Samaritans Ireland').waitFor();
    expect(await page.getByText('National Domestic Abuse Helpline (Refuge)').count()).toBe(0);

    await page.getByRole('button', { name: 'Continue on my own' }).click();
    await waitForStatus(page, 'You are continuing on your own');
    await page.getByText('You chose to continue on your own').waitFor();

    // Alone: the space works, inviting a partner is paused.
    await goTo(page, 'Home', 'Hello, Kim');
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('heading', { name: 'Your space, on your own' }).waitFor();
    await page.getByText('inviting a partner is paused').waitFor();
    expect(await page.getByRole('button', { name: 'Make an invite link' }).count()).toBe(0);

    // Later, from Settings: answering again, then going on together.
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('link', { name: 'Answer the safety check again' }).click();
    await waitForHeading(page, 'Safety check');
    await page.getByText('You last answered on').waitFor();
    // The earlier answers are filled in; the person changes what they want.
    expect(
      await page
        .getByRole('group', { name: 'Are you ever afraid of your partner?' })
        .getByLabel('Yes', { exact: true })
        .isChecked(),
    ).toBe(true);
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('heading', { name: 'Thank you for answering honestly' }).waitFor();
    await page.getByRole('button', { name: 'Go on together' }).click();
    await waitForStatus(page, 'You can go on together');

    await goTo(page, 'Home', 'Hello, Kim');
    await page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    await page.getByRole('button', { name: 'Make an invite link' }).click();
    expect(await page.getByLabel('Your invite link').inputValue()).toContain('/join#');
    expect(problems).toEqual([]);
  });
});
