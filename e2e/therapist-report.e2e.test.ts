/**
 * The report for a therapist through the screens: two partners write entries,
 * some marked "Therapist may see" and one private; the report, opened from the
 * address bar, shows the marked ones and the check-in chart, never the private
 * words; ticking an unmarked entry puts it on the page; the page prints
 * without the app around it and saves as a PDF.
 */
import { describe, expect, it } from 'vitest';
import { api } from './support/api.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const FLAGGED_NOTE = 'Alex: the long walk helped us both.';
const PRIVATE_NOTE = 'Sam alone: I still look at the phone at night.';
const FLAGGED_TALK = 'Talking about the evenings';
const UNFLAGGED_TALK = 'Money worries';
const FLAGGED_AGREEMENT = 'We say where we are when we are out late.';

/** Counts calls to window.print instead of opening the print dialog. */
const COUNT_PRINTS = `window.print = () => { window.mendPrints = (window.mendPrints || 0) + 1; };`;

describe('the report for a therapist', () => {
  const world = useServerAndBrowser();

  it('prints the marked entries and the chart, never private words, and saves as a PDF', async () => {
    const { a, b } = await world.couple(person('Alex'), person('Sam'));
    const mine = await api<{ checkIn: { day: string } }>(a.page, 'PUT', '/check-ins', {
      trust: 4,
      honesty: 5,
      reliability: 4,
      openness: 3,
      note: { text: FLAGGED_NOTE, visibility: 'shared' },
      therapistMaySee: true,
    });
    const today = mine.checkIn.day;
    await api(b.page, 'PUT', '/check-ins', {
      trust: 3,
      honesty: 4,
      reliability: 5,
      openness: 4,
      note: { text: PRIVATE_NOTE, visibility: 'private' },
      therapistMaySee: true,
    });
    await api(a.page, 'POST', '/conversations', {
      day: today,
      topic: FLAGGED_TALK,
      minutes: 30,
      startedBy: 'me',
      therapistMaySee: true,
    });
    await api(b.page, 'POST', '/conversations', {
      day: today,
      topic: UNFLAGGED_TALK,
      minutes: 20,
      startedBy: 'me',
    });
    await api(b.page, 'POST', '/agreements', { text: FLAGGED_AGREEMENT, therapistMaySee: true });

    const { page } = a;
    await page.addInitScript(COUNT_PRINTS);
    await page.goto(`${world.url}/progress/report`);
    await waitForHeading(page, 'A report for your therapist');
    const report = page.getByRole('article', { name: 'Mend: a report for our therapist' });
    await report.waitFor();

    await report.getByText(FLAGGED_NOTE).waitFor();
    await report.getByRole('region', { name: 'Conversations' }).getByText(FLAGGED_TALK).waitFor();
    await report.getByRole('region', { name: 'Agreements' }).getByText(FLAGGED_AGREEMENT).waitFor();
    expect(await report.getByText(UNFLAGGED_TALK).count()).toBe(0);
    expect(await page.getByText(PRIVATE_NOTE).count()).toBe(0);
    expect(await page.content()).not.toContain(PRIVATE_NOTE);

    // The chart: one per rating, both partners' lines, and its table.
    const trends = report.getByRole('region', { name: 'How check-ins went' });
    expect(await trends.getByRole('img').count()).toBe(4);
    await trends.getByRole('img', { name: /Trust, weekly average/ }).waitFor();
    expect(await trends.locator('.trend__dot').count()).toBeGreaterThanOrEqual(8);
    await trends.getByRole('table').waitFor();

    // Ticking an unmarked entry puts it on the page; the tick is not saved.
    await page.getByLabel(new RegExp(UNFLAGGED_TALK)).check();
    await report.getByRole('region', { name: 'Conversations' }).getByText(UNFLAGGED_TALK).waitFor();

    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    expect(await page.evaluate<number>('window.mendPrints')).toBe(1);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(
      false,
    );
    expect(await page.getByLabel(new RegExp(UNFLAGGED_TALK)).isVisible()).toBe(false);
    expect(await report.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    const pdf = await page.pdf({ format: 'A4' });
    console.log(`therapist report PDF: ${pdf.length} bytes`);
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(10_000);

    // Sam's own report leaves Sam's private words out as well.
    await b.page.goto(`${world.url}/progress/report`);
    await b.page.getByRole('article', { name: 'Mend: a report for our therapist' }).waitFor();
    expect(await b.page.content()).not.toContain(PRIVATE_NOTE);
  }, 120_000);
});
