/**
 * Needs (step 8) on two phones: Alex opens Needs from the address bar and
 * lists a need; Sam sees it and says "I understand this need" (a double tap
 * changes nothing); Alex sees it understood after a reload, puts it in new
 * words (not acknowledged again yet, the earlier words kept) and retires it
 * into the folded Retired needs. Reload and Back keep what is true.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const NEED = 'An evening a week together, with our phones put away.';
const NEW_WORDS = 'Two evenings a week together, phones in another room.';
const WORDS_LABEL = 'What you need, in your own words';

describe('needs on two phones', () => {
  const world = useServerAndBrowser();

  it('lists a need, acknowledges it, puts it in new words and retires it', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);

    await a.page.goto(`${world.url}/needs`);
    await waitForHeading(a.page, 'Needs');
    const alexOwn = a.page.getByRole('region', { name: 'Your needs' });
    await alexOwn.getByText('You have not listed a need yet.').waitFor();
    const listing = a.page.getByRole('region', { name: 'List a need' });
    await listing.getByRole('radio', { name: 'Quality time' }).check();
    await listing.getByRole('textbox', { name: WORDS_LABEL }).fill(NEED);
    await listing.getByRole('radio', { name: 'It matters a lot', exact: true }).check();
    await listing.getByRole('button', { name: 'List this need' }).click();
    const alexItem = alexOwn.getByRole('listitem').filter({ hasText: NEED });
    await alexItem.getByText('It matters a lot · Not acknowledged yet').waitFor();
    expect(await listing.getByRole('textbox', { name: WORDS_LABEL }).inputValue()).toBe('');

    // Sam reads it under Alex's needs and says it is understood; a double tap writes nothing more.
    await b.page.goto(`${world.url}/needs`);
    await waitForHeading(b.page, 'Needs');
    const samSees = b.page.getByRole('region', { name: 'Alex’s needs' });
    const samItem = samSees.getByRole('listitem').filter({ hasText: NEED });
    await samItem.getByRole('heading', { name: 'Quality time' }).waitFor();
    await samItem.getByRole('button', { name: 'I understand this need' }).dblclick();
    await samItem.getByText('You understand this need').waitFor();
    expect(await samItem.getByRole('button', { name: 'I understand this need' }).count()).toBe(0);
    await b.page.reload();
    await waitForHeading(b.page, 'Needs');
    await samItem.getByText('You understand this need').waitFor();
    expect(await samItem.getByRole('button', { name: 'I understand this need' }).count()).toBe(0);
    // Sam's own needs stay empty: the need is Alex's alone.
    await b.page
      .getByRole('region', { name: 'Your needs' })
      .getByText('You have not listed a need yet.')
      .waitFor();

    await a.page.reload();
    await waitForHeading(a.page, 'Needs');
    await alexItem.getByText('Sam understands this need').waitFor();

    // New words are a new version that asks Sam again; the earlier words are kept.
    await alexItem.getByRole('button', { name: 'Put it in new words' }).click();
    const words = alexItem.getByRole('textbox', { name: WORDS_LABEL });
    expect(await words.inputValue()).toBe(NEED);
    await words.fill(NEW_WORDS);
    await alexItem.getByRole('button', { name: 'Keep the new words' }).click();
    const revised = alexOwn.getByRole('listitem').filter({ hasText: NEW_WORDS }).first();
    await revised.getByText('New words, not acknowledged yet').waitFor();
    await revised.getByText('Earlier words (1)').click();
    await revised.getByText(NEED).waitFor();

    await b.page.reload();
    await waitForHeading(b.page, 'Needs');
    const samRevised = samSees.getByRole('listitem').filter({ hasText: NEW_WORDS }).first();
    await samRevised.getByRole('button', { name: 'I understand this need' }).waitFor();

    // Retiring asks once more, then the need moves into the folded Retired needs.
    await revised.getByRole('button', { name: 'Retire this need' }).click();
    await revised.getByRole('button', { name: 'Yes, retire it' }).click();
    await alexOwn.getByText('You have not listed a need yet.').waitFor();
    const retired = a.page.getByRole('list', { name: 'Retired needs' });
    await a.page.getByText('Retired needs (1)').click();
    await retired.getByText(NEW_WORDS).waitFor();
    expect(await retired.getByRole('button', { name: 'Put it in new words' }).count()).toBe(0);

    // Back from another screen, and a reload, show the same.
    await a.page.goto(`${world.url}/commitments`);
    await waitForHeading(a.page, 'Commitments');
    await a.page.goBack();
    await waitForHeading(a.page, 'Needs');
    await alexOwn.getByText('You have not listed a need yet.').waitFor();
    await a.page.getByText('Retired needs (1)').click();
    await retired.getByText(NEW_WORDS).waitFor();
    await b.page.reload();
    await waitForHeading(b.page, 'Needs');
    await b.page.getByText('Alex has not listed a need yet.').waitFor();
    expect(await b.page.getByRole('button', { name: 'I understand this need' }).count()).toBe(0);

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
  it('ties a commitment to the partner’s need, from the need itself', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);
    const samNeed = 'Plain answers when I ask where you were.';
    const promise = 'I will tell you where I am going before I leave.';

    await b.page.goto(`${world.url}/needs`);
    await waitForHeading(b.page, 'Needs');
    const listing = b.page.getByRole('region', { name: 'List a need' });
    await listing.getByRole('radio', { name: 'Transparency' }).check();
    await listing.getByRole('textbox', { name: WORDS_LABEL }).fill(samNeed);
    await listing.getByRole('radio', { name: 'It matters deeply', exact: true }).check();
    await listing.getByRole('button', { name: 'List this need' }).click();
    await b.page
      .getByRole('region', { name: 'Your needs' })
      .getByRole('listitem')
      .filter({ hasText: samNeed })
      .waitFor();
    // Sam's own need offers no commitment link: it is for the partner to answer.
    expect(
      await b.page.getByRole('link', { name: 'Make a commitment for this need' }).count(),
    ).toBe(0);

    await a.page.goto(`${world.url}/needs`);
    await waitForHeading(a.page, 'Needs');
    const alexSees = a.page
      .getByRole('region', { name: 'Sam’s needs' })
      .getByRole('listitem')
      .filter({ hasText: samNeed });
    await alexSees.getByRole('link', { name: 'Make a commitment for this need' }).click();
    await waitForHeading(a.page, 'Commitments');
    expect(new URL(a.page.url()).searchParams.get('need')).toBeTruthy();
    const choice = a.page.getByRole('combobox', { name: 'Is it for one of Sam’s needs?' });
    await expect
      .poll(async () => (await choice.locator('option:checked').textContent()) ?? '')
      .toContain(samNeed);
    expect(await choice.locator('option').first().textContent()).toBe('No particular need');
    await a.page.getByLabel('What you promise').fill(promise);
    await a.page.getByRole('radio', { name: 'Every day' }).check();
    await a.page.getByRole('button', { name: 'Make this commitment' }).click();
    const tie = `For Sam’s need: ${samNeed}`;
    const item = a.page.getByRole('listitem').filter({ hasText: promise });
    await item.getByText(tie).waitFor();
    expect(await choice.inputValue()).toBe('');

    await a.page.reload();
    await waitForHeading(a.page, 'Commitments');
    await item.getByText(tie).waitFor();
    await a.page.getByRole('link', { name: promise }).click();
    await waitForHeading(a.page, promise);
    await a.page.getByText(tie).waitFor();
    await a.page.reload();
    await waitForHeading(a.page, promise);
    await a.page.getByText(tie).waitFor();

    // Sam reads it as their own need.
    await b.page.goto(`${world.url}/commitments`);
    await waitForHeading(b.page, 'Commitments');
    await b.page
      .getByRole('listitem')
      .filter({ hasText: promise })
      .getByText(`For your need: ${samNeed}`)
      .waitFor();

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
