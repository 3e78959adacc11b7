/**
 * Live updates on two phones: Sam has checked in and waits on the home
 * screen; when Alex checks in, Sam's screen says so without a reload (the
 * check-in is revealed to Sam, so the event is sent, and the card asks the
 * API again), and the live region says something new arrived — no words of
 * Alex's. Then Sam reads History while Alex changes an answer, and the entry
 * changes in place.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import {
  fillCheckIn,
  goTo,
  historyEntry,
  openHistory,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

const ALEX_PRIVATE_NOTE = 'Only for me: I was nervous about today.';

describe('live updates on two phones', () => {
  const world = useServerAndBrowser();

  it('shows the partner’s check-in on the open screen as soon as it is revealed', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);
    // Sam opens the app; it connects its event stream a few seconds after the
    // page has loaded (a first connection replays nothing), so Alex writes
    // only once Sam's stream is open, as on a phone left open on the table.
    const samListening = b.page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/events',
      { timeout: 20_000 },
    );
    await b.page.reload();
    expect((await samListening).status()).toBe(200);

    // Sam answers first: Alex's answers will be Sam's to read once Alex answers.
    await goTo(b.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(b.page, { trust: 5, safety: 6 });
    await b.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(b.page, 'Your check-in is saved');
    await goTo(b.page, 'Home', `Hello, ${sam.name}`);
    await b.page.getByText('You have checked in today.').waitFor();
    const alexToday = b.page.getByText('Alex has checked in today too.');
    expect(await alexToday.count()).toBe(0);

    await goTo(a.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(a.page, { trust: 6, effort: 4, note: ALEX_PRIVATE_NOTE });
    await a.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(a.page, 'Your check-in is saved');

    // No reload on Sam's phone: the card asks again when the event arrives.
    await alexToday.waitFor({ timeout: 5_000 });
    await b.page.getByText('Something new from your partner.').waitFor();
    expect(await b.page.getByText(ALEX_PRIVATE_NOTE).count()).toBe(0);

    // History open on Sam's phone while Alex changes an answer.
    await openHistory(b.page);
    const entry = historyEntry(b.page, 'Alex');
    await entry.waitFor();
    expect(await entry.getByText('Trust').locator('..').textContent()).toContain('6 of 7');
    await a.page.reload();
    await waitForHeading(a.page, 'Today’s check-in');
    await fillCheckIn(a.page, { trust: 3 });
    await a.page.getByRole('button', { name: 'Save changes' }).click();
    await waitForStatus(a.page, 'Your check-in is updated');
    await entry
      .getByText('Trust')
      .locator('..')
      .filter({ hasText: '3 of 7' })
      .waitFor({ timeout: 5_000 });
    expect(await b.page.getByText(ALEX_PRIVATE_NOTE).count()).toBe(0);

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
