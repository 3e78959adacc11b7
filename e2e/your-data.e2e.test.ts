/**
 * "Your data" through the screens: the download (after confirming it is you,
 * when the sign-in is no longer recent) holds everything that is yours and
 * never the partner's private words; the printable summary shows the same and
 * prints without the app around it; deleting the account removes it and
 * leaves the partner their own entries.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/fixture.js';
import { ageSessions, person } from './support/people.js';
import {
  fillCheckIn,
  goTo,
  historyEntry,
  openHistory,
  signIn,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

const MY_PRIVATE_NOTE = 'Only for me: I want to believe this time is different.';
const PARTNER_PRIVATE_NOTE = 'Sam alone: I am more tired than I say.';
const PARTNER_SHARED_NOTE = 'Sam to Alex: thank you for the walk.';

/** Counts calls to window.print instead of opening the print dialog. */
const COUNT_PRINTS = `window.print = () => { window.mendPrints = (window.mendPrints || 0) + 1; };`;

describe('your data', () => {
  const world = useServerAndBrowser();

  it('downloads everything that is yours after confirming it is you, and prints a summary', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam, {
      a: {
        // Confirming it is you: first refused as not recent, then a wrong password.
        expectedRefusals: [
          { path: '/api/v1/me/export', status: 403 },
          { path: '/api/v1/me/reauthenticate', status: 403 },
        ],
      },
    });
    await goTo(a.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(a.page, { trust: 4, note: MY_PRIVATE_NOTE });
    await a.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(a.page, 'Your check-in is saved');
    await goTo(b.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(b.page, { trust: 6, note: PARTNER_PRIVATE_NOTE });
    await b.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(b.page, 'Your check-in is saved');

    // Ten quiet minutes later (made so in the database), a download asks first.
    await ageSessions(world.server, alex);
    const { page } = a;
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('button', { name: 'Download my data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Please confirm it is you' });
    await dialog.getByLabel('Password', { exact: true }).fill('not my password at all');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await dialog.getByRole('alert').getByText('That did not match').waitFor();
    await dialog.getByLabel('Password', { exact: true }).fill(alex.password);
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    const download = await downloading;
    await waitForStatus(page, 'Your data is saved as mend-export-');
    await dialog.waitFor({ state: 'hidden' });

    expect(download.suggestedFilename()).toMatch(/^mend-export-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const exported = JSON.parse(text) as {
      format: string;
      member: { email: string };
      space: { partner: { displayName: string } | null } | null;
      data: Record<string, unknown[]>;
    };
    expect(exported.format).toBe('mend-export');
    expect(exported.member.email).toBe(alex.email);
    expect(exported.space?.partner?.displayName).toBe('Sam');
    expect(exported.data['check_ins']?.length).toBe(2);
    expect(text).toContain(MY_PRIVATE_NOTE);
    expect(text).not.toContain(PARTNER_PRIVATE_NOTE);

    // The printable summary: the same data, laid out for paper.
    await page.addInitScript(COUNT_PRINTS);
    await page.reload();
    await waitForHeading(page, 'Settings');
    await page.getByRole('link', { name: 'Printable summary' }).click();
    await waitForHeading(page, 'Printable summary');
    await page.getByRole('button', { name: 'Show my summary' }).click();
    await page.getByRole('heading', { name: 'Mend: everything that is Alex’s' }).waitFor();
    const checkIns = page.getByRole('region', { name: 'Check-ins' });
    await checkIns.getByText(MY_PRIVATE_NOTE, { exact: false }).waitFor();
    expect(await page.getByText(PARTNER_PRIVATE_NOTE).count()).toBe(0);
    // Safety answers stay off paper unless asked for.
    expect(await page.getByRole('region', { name: 'Your safety checks' }).count()).toBe(0);
    await page.getByLabel('Include my safety check answers').check();
    await page.getByRole('region', { name: 'Your safety checks' }).waitFor();

    await page.getByRole('button', { name: 'Print' }).click();
    expect(await page.evaluate<number>('window.mendPrints')).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Quick exit' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await checkIns.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // A document in words, not a dump of the file: no codes, no JSON.
    const printed = await page.locator('article.summary').innerText();
    expect(printed).not.toMatch(/data\.exported|summary\.viewed|\{"|Someone else/);
    expect(printed).toContain('You downloaded your data.');

    // The download and the summary are in Alex's own activity, and not in Sam's:
    // neither must tell the partner (docs/decisions/014-an-export-is-its-makers-own.md).
    await goTo(page, 'Settings', 'Settings');
    await page.getByRole('link', { name: 'Activity', exact: true }).click();
    await waitForHeading(page, 'Activity');
    // Entries of the list only: the page's lead says what the list shows in the same words.
    const downloads = page.getByRole('listitem').filter({ hasText: 'You downloaded your data.' });
    await downloads.first().waitFor();
    expect(await downloads.count()).toBe(1);
    expect(
      await page
        .getByRole('listitem')
        .filter({ hasText: 'You opened your printable summary.' })
        .count(),
    ).toBe(1);
    await goTo(b.page, 'Settings', 'Settings');
    await b.page.getByRole('link', { name: 'Activity', exact: true }).click();
    await waitForHeading(b.page, 'Activity');
    await b.page.getByText('You joined the space.').waitFor();
    expect(
      await b.page
        .getByRole('listitem')
        .filter({ hasText: /downloaded|summary/ })
        .count(),
    ).toBe(0);

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });

  it('deletes the account at once, and the partner keeps their own entries', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const { a, b } = await world.couple(alex, sam, {
      // Signing in with the deleted account's password is refused.
      a: { expectedRefusals: [{ path: '/api/v1/sessions', status: 401 }] },
    });
    await goTo(b.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(b.page, {
      trust: 5,
      note: PARTNER_SHARED_NOTE,
      noteVisibility: 'Me and my partner',
    });
    await b.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(b.page, 'Your check-in is saved');
    await goTo(a.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(a.page, { trust: 2, note: MY_PRIVATE_NOTE });
    await a.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(a.page, 'Your check-in is saved');

    const { page } = a;
    await goTo(page, 'Settings', 'Settings');
    // Leaving gently suggests downloading first; deleting says what goes and what stays.
    await page.getByRole('button', { name: 'Leave the space…' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave your space?' });
    await leave.getByRole('button', { name: 'Download my data first' }).waitFor();
    await leave.getByRole('button', { name: 'Stay' }).click();

    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await dialog.getByText('the shared entries you wrote').waitFor();
    await dialog.getByText('Sam keeps the space and their own entries').waitFor();
    await dialog.getByRole('button', { name: 'Yes, delete my account' }).click();
    await waitForHeading(page, 'Welcome to Mend');
    await waitForStatus(page, 'Your account and everything that was yours are deleted');

    await signIn(page, alex);
    await page.getByRole('alert').getByText('do not match').waitFor();

    // Sam keeps the space and their own check-in; Alex's is gone.
    await goTo(b.page, 'Home', 'Hello, Sam');
    await b.page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    await openHistory(b.page);
    await historyEntry(b.page, 'You').getByText(PARTNER_SHARED_NOTE).waitFor();
    expect(await b.page.getByRole('article').count()).toBe(1);

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  });
});
