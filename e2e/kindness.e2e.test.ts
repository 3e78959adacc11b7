/**
 * Notes and reassurance on two phones. Alex opens Notes from the address bar
 * and sends a note; Sam says it meant something (a second tap changes
 * nothing) and Alex sees so after a reload. Sam asks for reassurance; Alex
 * opens Mend and finds a notice that holds none of Sam's words, follows it,
 * and answers with an affirmation in his own words. Sam sees the answer,
 * opens it, and comes Back. The check-in asks how reassured each felt.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const NOTE = 'Thank you for listening last night. It helped more than you know.';
const ADAPTED = 'I choose you, today and on every hard day, Sam.';

describe('notes and reassurance on two phones', () => {
  const world = useServerAndBrowser();

  it('sends a note that is appreciated, and answers a request for reassurance', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);

    await a.page.goto(`${world.url}/notes`);
    await waitForHeading(a.page, 'Notes and gestures');
    await a.page.getByLabel('Your note').fill(NOTE);
    await a.page.getByRole('button', { name: 'Send the note' }).click();
    await a.page.getByRole('listitem').filter({ hasText: NOTE }).waitFor();

    await b.page.goto(`${world.url}/notes`);
    await waitForHeading(b.page, 'Notes and gestures');
    const received = b.page.getByRole('listitem').filter({ hasText: NOTE });
    await received.getByRole('button', { name: 'This meant something to me' }).click();
    await received.getByText('You said this meant something to you.').waitFor();
    expect(await received.getByRole('button').count()).toBe(0);

    await a.page.reload();
    await waitForHeading(a.page, 'Notes and gestures');
    await a.page
      .getByRole('listitem')
      .filter({ hasText: NOTE })
      .getByText('Sam said this meant something to them.')
      .waitFor();

    // Sam asks; a double tap is still one request.
    await b.page.goto(`${world.url}/reassurance`);
    await waitForHeading(b.page, 'Reassurance');
    const ask = b.page.getByRole('button', { name: 'I could use some reassurance today' });
    await ask.dblclick();
    await b.page.getByText('You asked today.').waitFor();

    // Alex opens Mend: a notice with no words of Sam's, on the home screen.
    await a.page.goto(`${world.url}/`);
    const notice = a.page.getByRole('complementary', { name: 'From your partner' });
    await notice.getByText('Sam could use some reassurance today.').waitFor();
    await notice.getByRole('link', { name: 'Answer with a few words or an affirmation' }).click();
    await waitForHeading(a.page, 'Reassurance');
    const answer = a.page.getByRole('region', { name: 'Sam could use some reassurance' });
    // The first group of phrases is open; the others fold behind their headings.
    await answer
      .getByRole('radio', { name: 'I choose you, today and on the hard days too.' })
      .check();
    await answer.getByLabel('In your own words, if you like').fill(ADAPTED);
    await answer.getByRole('button', { name: 'Send the affirmation' }).click();
    await a.page.getByRole('region', { name: 'Sam could use some reassurance' }).waitFor({
      state: 'detached',
    });
    await a.page.getByText('Sam asked on').getByRole('link', { name: 'answered' }).waitFor();

    // The notice is gone from Alex's other screens.
    await a.page.goto(`${world.url}/notes`);
    await waitForHeading(a.page, 'Notes and gestures');
    await a.page.getByText(ADAPTED).waitFor();
    expect(await a.page.getByRole('complementary', { name: 'From your partner' }).count()).toBe(0);

    // Sam sees the answer, opens it, and goes Back.
    await b.page.reload();
    await waitForHeading(b.page, 'Reassurance');
    await b.page.getByText('You asked today, and Alex answered.').waitFor();
    await b.page.getByRole('link', { name: 'Read the answer' }).click();
    await waitForHeading(b.page, 'Notes and gestures');
    await b.page
      .getByRole('listitem')
      .filter({ hasText: ADAPTED })
      .getByText('An affirmation')
      .waitFor();
    await b.page.goBack();
    await waitForHeading(b.page, 'Reassurance');

    // The check-in asks it too.
    await b.page.goto(`${world.url}/check-in`);
    await b.page.getByRole('group', { name: 'How reassured did you feel today?' }).waitFor();

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
