/**
 * Reminders in the browser (issue 11): a member sets a check-in reminder for
 * weekdays at a time of their own, in the app, with quiet hours; after a
 * reload the screen shows what was saved. When its time comes (the server's
 * test clock moves there and its jobs run), home shows a calm reminder that
 * can be put away, and stays put away after a reload.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/server/platform/clock.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { answerSafetyCheckCalmly, waitForHeading, waitForStatus } from './support/screens.js';

const clock = new ManualClock(new Date());

const AXE_SOURCE = fs.readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * axe-core on the page as it stands (the reminder forms opened, a reminder on
 * home), in both colour schemes: the route-table sweep sees these screens only
 * in their first state.
 */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const ids = await page.evaluate<string[]>(
      `axe.run({ resultTypes: ['violations'] }).then((r) => r.violations.map((v) => v.id + ': ' + v.help))`,
    );
    found.push(...ids.map((id) => `${scheme} ${id}`));
  }
  return found;
}

describe('reminders', () => {
  const world = useServerAndBrowser({ clock });

  it('keeps the settings across a reload, and shows a due reminder on home until dismissed', async () => {
    const ana = person('Ana');
    const { page } = await world.signUp(ana);
    // A check-in needs a space, so the reminder has something to be about.
    await page.getByRole('link', { name: 'Answer the safety check' }).click();
    await waitForHeading(page, 'Safety check');
    await answerSafetyCheckCalmly(page);
    await waitForHeading(page, `Hello, ${ana.name}`);
    await page.getByRole('button', { name: 'Create our space' }).click();
    await page.getByRole('button', { name: 'Make an invite link' }).waitFor();

    await page.goto(`${world.url}/settings`);
    await waitForHeading(page, 'Settings');
    await page.getByRole('link', { name: 'Reminders' }).click();
    await waitForHeading(page, 'Reminders');

    const checkIn = page.getByRole('region', { name: 'A reminder to check in' });
    await checkIn.getByLabel('In Mend', { exact: true }).check();
    await checkIn.getByLabel('Saturday', { exact: true }).uncheck();
    await checkIn.getByLabel('Sunday', { exact: true }).uncheck();
    await checkIn.getByLabel('At what time?').fill('07:30');
    await page.getByLabel('Keep quiet hours').check();
    await page.getByLabel('From', { exact: true }).fill('22:00');
    await page.getByLabel('Until', { exact: true }).fill('06:00');
    // A time inside quiet hours is said to be left out, before anything is saved.
    await checkIn.getByLabel('At what time?').fill('23:00');
    await checkIn.getByText('This time is inside your quiet hours').waitFor();
    await checkIn.getByLabel('At what time?').fill('07:30');
    expect(await checkIn.getByText('This time is inside your quiet hours').count()).toBe(0);
    await page.getByRole('button', { name: 'Save reminders' }).click();
    await waitForStatus(page, 'Your reminders are saved.');
    await checkIn.getByText('Next planned:').waitFor();
    expect(await violations(page)).toEqual([]);

    await page.reload();
    await waitForHeading(page, 'Reminders');
    const kept = page.getByRole('region', { name: 'A reminder to check in' });
    expect(await kept.getByLabel('In Mend', { exact: true }).isChecked()).toBe(true);
    expect(await kept.getByLabel('Monday', { exact: true }).isChecked()).toBe(true);
    expect(await kept.getByLabel('Saturday', { exact: true }).isChecked()).toBe(false);
    expect(await kept.getByLabel('At what time?').inputValue()).toBe('07:30');
    expect(await page.getByLabel('Keep quiet hours').isChecked()).toBe(true);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('22:00');
    expect(await page.getByLabel('Until', { exact: true }).inputValue()).toBe('06:00');
    const commitments = page.getByRole('region', { name: 'A reminder of commitments due today' });
    expect(await commitments.getByLabel('No reminder', { exact: true }).isChecked()).toBe(true);

    // The reminder's time comes: the server's clock moves to it and its jobs run.
    const member = await world.server.database.db
      .selectFrom('members')
      .select('id')
      .where('email', '=', ana.email)
      .executeTakeFirstOrThrow();
    const job = await world.server.database.db
      .selectFrom('jobs')
      .select('dueAt')
      .where('kind', '=', 'reminder-check-in')
      .where('subject', '=', member.id)
      .executeTakeFirstOrThrow();
    clock.set(new Date(job.dueAt));
    await world.server.app.jobs.runDue();

    await page.goto(`${world.url}/`);
    await waitForHeading(page, `Hello, ${ana.name}`);
    const reminders = page.getByRole('region', { name: 'A gentle reminder' });
    await reminders.getByText('Time for today’s check-in').waitFor();
    await reminders.getByRole('link', { name: 'Check in' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await reminders.getByRole('button', { name: /^Dismiss/ }).click();
    await waitForStatus(page, 'Reminder put away.');
    expect(await page.getByRole('region', { name: 'A gentle reminder' }).count()).toBe(0);
    await page.reload();
    await waitForHeading(page, `Hello, ${ana.name}`);
    expect(await page.getByRole('region', { name: 'A gentle reminder' }).count()).toBe(0);
  });
});
