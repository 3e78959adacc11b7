/**
 * A therapist joins only with both partners' consent, in three browsers: Alex
 * proposes, Sam agrees, the therapist takes the link from the e-mail (delivered
 * to a local SMTP sink), signs up and accepts, sees only the entry
 * flagged for them, and writes a note both partners read. Sam ends the access
 * alone, and the therapist's very next look shows it is gone.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser, type ServerAndBrowser } from './support/fixture.js';
import { mailedLink, person } from './support/people.js';
import {
  fillCheckIn,
  fillSignUp,
  goTo,
  openSettings,
  waitForHeading,
  waitForStatus,
} from './support/screens.js';

const TIME_ZONE = 'Europe/Berlin';
const FLAGGED_NOTE = 'We managed a whole evening without raised voices.';
const UNFLAGGED_NOTE = 'I am still not sure I can trust the phone calls.';
const THERAPIST_NOTE = 'Thank you both. Next time, let us look at the evenings together.';

/** The therapist's link, from the e-mail as it arrived (everything queued is sent first). */
async function therapistLink(world: ServerAndBrowser, email: string): Promise<string | null> {
  await world.server.app.outboxSender!.drain();
  const mail = world.sink.messages.find((message) => message.to.includes(email));
  // The body is quoted-printable: undo its soft line breaks before reading the link.
  const text = mail?.raw.replace(/=\r?\n/g, '');
  return text?.match(/https?:\/\/\S+\/therapist\/join#[A-Za-z0-9_-]+/)?.[0] ?? null;
}

describe('a therapist, with both partners’ consent', () => {
  const world = useServerAndBrowser({ smtp: true });

  it('joins only when both agree, sees only what is flagged, and loses access when one ends it', async () => {
    const alex = person('Alex');
    const sam = person('Sam');
    const tess = person('Tess');
    const { a, b } = await world.couple(alex, sam);
    const t = await world.newPhone({
      timezoneId: TIME_ZONE,
      // After Sam ends the access, the therapist's next look is refused.
      expectedRefusals: [
        { path: /^\/api\/v1\/therapist\/spaces\/[^/]+\/entries$/, status: 404 },
        { path: /^\/api\/v1\/therapist\/spaces\/[^/]+\/notes$/, status: 404 },
      ],
    });
    // Alex proposes; nothing is sent yet, and Alex cannot agree for Sam.
    await openSettings(a.page, 'A therapist', 'A therapist');
    await a.page.getByText('Nothing happens until the other agrees').waitFor();
    await a.page.getByLabel('Therapist’s e-mail address').fill(tess.email);
    await a.page.getByRole('button', { name: 'Propose this therapist' }).click();
    await waitForStatus(a.page, 'Nothing is sent until Sam agrees');
    await a.page.getByText('Waiting for Sam to agree').waitFor();
    expect(await a.page.getByRole('button', { name: 'I agree' }).count()).toBe(0);
    expect(await therapistLink(world, tess.email)).toBeNull();

    // Sam agrees; only now is the therapist e-mailed.
    await openSettings(b.page, 'A therapist', 'A therapist');
    await b.page.getByText('Alex would like this therapist to join you').waitFor();
    await b.page.getByRole('button', { name: 'I agree' }).click();
    await waitForStatus(b.page, 'You agreed');
    await b.page.getByText('You both agreed').waitFor();
    const link = await therapistLink(world, tess.email);
    expect(link).toMatch(new RegExp(`^${world.url}/therapist/join#`));

    // Alex flags today's check-in for the therapist; Sam shares a note but flags nothing.
    await goTo(a.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(a.page, {
      trust: 5,
      safety: 6,
      note: FLAGGED_NOTE,
      noteVisibility: 'Me and my partner',
    });
    const flag = a.page.getByLabel('Therapist may see this check-in');
    expect(await flag.isChecked()).toBe(false);
    await a.page.getByText('and your note, because you share it with your partner').waitFor();
    await flag.check();
    await a.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(a.page, 'Your check-in is saved');

    await goTo(b.page, 'Check in', 'Today’s check-in');
    await fillCheckIn(b.page, {
      trust: 3,
      note: UNFLAGGED_NOTE,
      noteVisibility: 'Me and my partner',
    });
    await b.page.getByRole('button', { name: 'Save my check-in' }).click();
    await waitForStatus(b.page, 'Your check-in is saved');

    // The therapist opens the link, signs up, and accepts.
    await t.page.goto(link!);
    await waitForHeading(t.page, 'Join as a therapist');
    expect(t.page.url()).toBe(`${world.url}/therapist/join`);
    // The name is for the couples a therapist supports, not for a partner.
    await t.page.getByText('This is how the couples you support will see you.').waitFor();
    expect(await t.page.getByText('This is how your partner will see you.').count()).toBe(0);
    await fillSignUp(t.page, tess);
    // With e-mail on, the account opens from its own link; then the invitation again.
    await t.page.getByRole('heading', { name: 'Check your e-mail' }).waitFor();
    await t.page.goto(await mailedLink(world.sink, tess.email, '/confirm-email'));
    await t.page.getByRole('button', { name: 'Confirm my e-mail' }).click();
    await t.page.waitForURL(`${world.url}/`);
    await t.page.goto(link!);
    await waitForHeading(t.page, 'Join as a therapist');
    await t.page.getByRole('button', { name: 'Accept the invitation' }).click();
    await waitForHeading(t.page, 'Alex and Sam');

    // The couple's page has its own address: a reload, and the address typed
    // into the bar, open the same couple.
    const coupleAddress = t.page.url();
    expect(coupleAddress).toMatch(/\/therapist\/couples\/[0-9a-f-]{36}$/);
    await t.page.reload();
    await waitForHeading(t.page, 'Alex and Sam');
    await t.page.goto(`${world.url}/therapist`);
    await waitForHeading(t.page, 'Couples you support');
    await t.page.goto(coupleAddress);
    await waitForHeading(t.page, 'Alex and Sam');

    // Only the flagged entry, with its shared note.
    const flagged = t.page.getByRole('article', { name: 'Alex’s check-in' });
    await flagged.getByText(FLAGGED_NOTE).waitFor();
    expect(await flagged.getByText('Trust').locator('..').textContent()).toContain('5 of 7');
    expect(await t.page.getByRole('article', { name: 'Sam’s check-in' }).count()).toBe(0);
    expect(await t.page.getByText(UNFLAGGED_NOTE).count()).toBe(0);

    // A note to them both.
    await t.page.getByLabel('A note to them both').fill(THERAPIST_NOTE);
    await t.page.getByRole('button', { name: 'Send the note' }).click();
    await waitForStatus(t.page, 'Your note is sent to Alex and Sam');

    await goTo(a.page, 'Home', 'Hello, Alex');
    await a.page
      .getByRole('region', { name: 'From your therapist' })
      .getByText(THERAPIST_NOTE)
      .waitFor();
    await openSettings(b.page, 'A therapist', 'A therapist');
    await b.page
      .getByRole('region', { name: 'Notes from your therapist' })
      .getByText(THERAPIST_NOTE)
      .waitFor();
    await b.page.getByText('can read the shared entries either of you flag for them').waitFor();

    // Every read by the therapist is in the couple's activity.
    await openSettings(a.page, 'Activity', 'Activity');
    await a.page.getByText('read the entries flagged for them').first().waitFor();
    await a.page.getByText('Sam agreed to the therapist').waitFor();

    // Sam ends it, alone and at once, after one confirmation that says undoing
    // it takes both of them again; "Keep it" changes nothing.
    await b.page.getByRole('button', { name: 'End access now…' }).click();
    const confirm = b.page.getByRole('dialog', { name: 'End this therapist’s access?' });
    await confirm.getByText('needs both of you to agree again').waitFor();
    await confirm.getByRole('button', { name: 'Keep it' }).click();
    await b.page.getByText('can read the shared entries either of you flag for them').waitFor();
    await b.page.getByRole('button', { name: 'End access now…' }).click();
    await confirm.getByRole('button', { name: 'Yes, end access now' }).click();
    await waitForStatus(b.page, 'Access ended');
    await b.page.getByText('The therapist sees nothing any more').waitFor();

    // The therapist's next request shows the access is gone.
    await t.page.getByRole('button', { name: 'Look again' }).click();
    await t.page.getByRole('heading', { name: 'Your access has ended' }).waitFor();
    expect(await t.page.getByText(FLAGGED_NOTE).count()).toBe(0);
    await t.page.getByRole('link', { name: 'Back to the couples you support' }).click();
    await waitForHeading(t.page, 'Couples you support');
    await t.page.getByText('No couple has given you access right now').waitFor();
    // The couple's address no longer opens anything.
    await t.page.goto(coupleAddress);
    await t.page.getByRole('heading', { name: 'Your access has ended' }).waitFor();
    expect(await t.page.getByText(FLAGGED_NOTE).count()).toBe(0);

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
    expect(t.problems).toEqual([]);
  });
});
