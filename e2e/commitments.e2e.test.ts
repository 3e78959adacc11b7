/**
 * Commitments (step 5) on two phones: Alex opens Commitments from the address
 * bar, makes a small promise and marks today kept (a second tap changes
 * nothing); Sam opens it, asks about the day; Alex sees the question and
 * answers it; after a reload both see the mark unchanged, asked about and
 * answered. Strength is said in words and never as days in a row.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const PROMISE = 'I will text you when I am running late.';
const QUESTION = 'I did not get a text on Tuesday.';
const ANSWER = 'It went to the old number. I have fixed it.';

describe('commitments on two phones', () => {
  const world = useServerAndBrowser();

  it('makes a promise, marks a day, and answers a question about it', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);

    await a.page.goto(`${world.url}/commitments`);
    await waitForHeading(a.page, 'Commitments');
    await a.page.getByLabel('What you promise').fill(PROMISE);
    await a.page.getByRole('radio', { name: 'Every day' }).check();
    await a.page.getByRole('button', { name: 'Make this commitment' }).click();
    const item = a.page.getByRole('listitem').filter({ hasText: PROMISE });
    await item.getByText('Strength: Just beginning').waitFor();
    await item.getByRole('button', { name: 'Kept' }).click();
    await item.getByText('Today is marked kept.').waitFor();
    // A double tap writes nothing more.
    await item.getByRole('button', { name: 'Kept' }).click();
    await item.getByText('Today is marked kept.').waitFor();
    expect(await a.page.content()).not.toMatch(/streak/i);

    // Sam sees it and asks about the day.
    await b.page.goto(`${world.url}/commitments`);
    await waitForHeading(b.page, 'Commitments');
    await b.page.getByRole('link', { name: PROMISE }).click();
    await waitForHeading(b.page, PROMISE);
    await b.page.getByRole('radio', { name: 'I would like to ask about it' }).check();
    await b.page.getByRole('textbox', { name: 'A word, if you like' }).fill(QUESTION);
    await b.page.getByRole('button', { name: 'Send' }).click();
    await b.page.getByText('You asked about this:').waitFor();

    // Alex answers; the mark itself stays as it was.
    await a.page.getByRole('link', { name: PROMISE }).click();
    await waitForHeading(a.page, PROMISE);
    await a.page.getByText('Sam asked about this:').waitFor();
    await a.page.getByText(QUESTION).waitFor();
    await a.page.getByRole('textbox', { name: 'Your answer' }).fill(ANSWER);
    await a.page.getByRole('button', { name: 'Answer' }).click();
    await a.page.getByText(ANSWER).waitFor();

    await b.page.reload();
    await waitForHeading(b.page, PROMISE);
    await b.page.getByText(ANSWER).waitFor();
    const calendar = b.page.getByRole('region', { name: 'Calendar of its days' });
    await calendar.getByText('Kept, asked about').waitFor();
    await b.page.goBack();
    await waitForHeading(b.page, 'Commitments');

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
