/**
 * Forgiveness (step 10) on two phones. Alex opens Forgiveness from the address
 * bar and writes a private reflection; the trend shows, and a second one is
 * not offered this period (the screen says from when). Sam sees nothing of it
 * until Alex shares it, and sees it after a reload. Alex writes a forgiveness
 * statement: Sam does not see it until Alex shares it, and no longer sees it
 * once Alex keeps it private again. With an earlier period's reflection in
 * place, a second reflection draws each subscale's line.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FORGIVENESS_ITEMS } from '../src/domain/forgiveness.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const STATEMENT = 'I am letting go of the anger I held about the messages.';

/** Answers every statement of the reflection form with the same words. */
async function answerAll(page: Page, answer: string): Promise<void> {
  for (const item of FORGIVENESS_ITEMS) {
    await page.getByRole('group', { name: item.text }).getByRole('radio', { name: answer }).check();
  }
}

describe('forgiveness on two phones', () => {
  const world = useServerAndBrowser();

  it('keeps a reflection and a statement private until shared, and private again', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam);

    await a.page.goto(`${world.url}/forgiveness`);
    await waitForHeading(a.page, 'Forgiveness');
    await a.page.getByText('Forgiveness means letting go of resentment').waitFor();
    await answerAll(a.page, 'Somewhat true');
    await a.page.getByRole('button', { name: 'Keep this reflection' }).click();

    // The trend, in words; a second reflection waits for the next period.
    await a.page.getByRole('heading', { name: 'Your reflections over time' }).waitFor();
    await a.page.getByText(/^Keeping distance on .*: some\./).waitFor();
    await a.page.getByText(/^Goodwill on .*: some\./).waitFor();
    await a.page.getByText(/the next one can be written from /).waitFor();
    expect(await a.page.getByRole('button', { name: 'Keep this reflection' }).count()).toBe(0);

    // Sam's screen holds nothing of Alex's reflection.
    await b.page.goto(`${world.url}/forgiveness`);
    await waitForHeading(b.page, 'Forgiveness');
    await b.page.getByRole('button', { name: 'Keep this reflection' }).waitFor();
    expect(await b.page.getByText('Alex shared a reflection').count()).toBe(0);
    expect(await b.page.getByRole('heading', { name: 'Your reflections over time' }).count()).toBe(
      0,
    );

    // Alex shares it; Sam sees it after a reload.
    await a.page.getByRole('button', { name: 'Share it with Sam' }).click();
    await a.page.getByText(/^Shared: Sam can read this reflection/).waitFor();
    await b.page.reload();
    await b.page.getByRole('heading', { name: 'Alex shared a reflection' }).waitFor();

    // A statement stays Alex's own until shared.
    await a.page.getByRole('button', { name: 'Write a statement' }).click();
    await a.page.getByRole('textbox', { name: 'Your forgiveness statement' }).fill(STATEMENT);
    await a.page.getByRole('button', { name: 'Keep this statement' }).click();
    await a.page.getByText(STATEMENT).waitFor();
    await b.page.reload();
    await b.page.getByRole('heading', { name: 'Alex shared a reflection' }).waitFor();
    expect(await b.page.getByText(STATEMENT).count()).toBe(0);

    await a.page.getByRole('button', { name: 'Share it with Sam' }).last().click();
    await a.page.getByText(/^Shared: Sam can read it/).waitFor();
    await b.page.reload();
    await b.page.getByRole('heading', { name: 'Alex’s statement' }).waitFor();
    await b.page.getByText(STATEMENT).waitFor();

    await a.page.getByRole('button', { name: 'Keep it private again' }).last().click();
    await a.page.getByText(/^Private: only you can read it/).waitFor();
    await b.page.reload();
    await b.page.getByRole('heading', { name: 'Alex shared a reflection' }).waitFor();
    expect(await b.page.getByText(STATEMENT).count()).toBe(0);
    expect(await b.page.getByRole('heading', { name: 'Alex’s statement' }).count()).toBe(0);

    // Nothing on either screen remarks on a statement not written.
    for (const page of [a.page, b.page]) {
      expect(await page.content()).not.toMatch(/haven.t written|not written|yet to write/i);
    }

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('draws each subscale as a line once there are two reflections', async () => {
    const { a } = await world.couple(person('Alex'), person('Sam'));
    await a.page.goto(`${world.url}/forgiveness`);
    await waitForHeading(a.page, 'Forgiveness');
    await answerAll(a.page, 'Mostly true');
    await a.page.getByRole('button', { name: 'Keep this reflection' }).click();
    await a.page.getByText(/the next one can be written from /).waitFor();

    // The browser cannot wait 30 days: the first reflection moves to the period before.
    const { db } = world.server.database;
    // The newest row is this Alex's: the first test's couple shares the server.
    const row = await db
      .selectFrom('forgivenessReflections')
      .selectAll()
      .orderBy('createdAt', 'desc')
      .limit(1)
      .executeTakeFirst();
    const earlier = new Date(`${row!.day}T00:00:00Z`);
    earlier.setUTCDate(earlier.getUTCDate() - 30);
    await db
      .updateTable('forgivenessReflections')
      .set({ period: row!.period - 1, day: earlier.toISOString().slice(0, 10) })
      .where('id', '=', row!.id)
      .execute();

    await a.page.reload();
    await waitForHeading(a.page, 'Forgiveness');
    await answerAll(a.page, 'A little true');
    await a.page.getByRole('button', { name: 'Keep this reflection' }).click();
    await a.page.getByText(/the next one can be written from /).waitFor();
    for (const name of ['Keeping distance', 'Resentment', 'Goodwill']) {
      await a.page.getByRole('img', { name: new RegExp(`^${name} from `) }).waitFor();
    }
    expect(a.problems).toEqual([]);
  });
});
