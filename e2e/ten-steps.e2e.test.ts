/**
 * All ten steps on two phones, over a hundred simulated days: the server runs
 * on a test clock that the walk moves a day at a time, so nothing sleeps.
 * Sam was hurt; Alex broke trust. Each day both check in and Alex marks his
 * commitment kept; along the way they talk, Alex's notes are appreciated,
 * both list needs the other acknowledges, Sam feels reassured more often, and
 * at the end Sam shares a forgiveness statement. After each turn "Where we
 * are", opened in the browser, shows the step reached as the data arrives —
 * and, before it, not yet. The bulk of the days goes through the API the
 * screens use; the screens themselves are walked by the other e2e files.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../src/server/platform/clock.js';
import { api } from './support/api.js';
import { useServerAndBrowser } from './support/fixture.js';
import { person } from './support/people.js';
import { waitForHeading } from './support/screens.js';

const DAY_MS = 86_400_000;
const DAYS = 100;
// The walk ends about now, so the browser's own clock agrees with the server's last day.
const start = new Date(Math.floor((Date.now() - DAYS * DAY_MS) / DAY_MS) * DAY_MS + 10 * 3_600_000);
const clock = new ManualClock(start);

const STEPS = [
  'Acknowledge',
  'Communicate',
  'Take responsibility',
  'Set boundaries',
  'Consistency',
  'Positive behaviour',
  'Patience',
  'Understand needs',
  'Reassurance',
  'Forgiveness',
];

/** Opens "Where we are" and reads each step's status off its heading. */
async function statuses(page: Page): Promise<string[]> {
  await page.goto(`${page.url().split('/').slice(0, 3).join('/')}/path`);
  await waitForHeading(page, 'Where we are');
  await page.getByText('Show all ten steps').click();
  const out: string[] = [];
  for (const [index, title] of STEPS.entries()) {
    const heading = page.getByRole('heading', {
      level: 3,
      name: new RegExp(`^${index + 1}\\. ${title} `),
    });
    await heading.waitFor();
    const text = (await heading.textContent()) ?? '';
    out.push(text.endsWith('Reached') ? 'reached' : 'not yet');
  }
  return out;
}

const reached = (...steps: number[]) =>
  STEPS.map((_, index) => (steps.includes(index + 1) ? 'reached' : 'not yet'));

describe('the whole path, ten steps, on a test clock', () => {
  const world = useServerAndBrowser({ clock });

  it('shows each of the ten steps reached as the couple’s days arrive', async () => {
    const { a, b } = await world.couple(person('Alex'), person('Sam'));
    const alex = a.page;
    const sam = b.page;
    const today = () => clock.now().toISOString().slice(0, 10);
    const nextDay = () => clock.advance(DAY_MS);

    // Day 0, the repair phase: Sam records what Alex did; Alex acknowledges it,
    // Sam confirms; Sam says how it hurt, Alex apologises and Sam feels
    // understood; Alex proposes an agreement and Sam accepts it.
    const { breach } = await api<{ breach: { id: string } }>(sam, 'POST', '/breaches', {
      title: 'The messages',
      category: 'lying',
      description: 'You kept talking to someone and said you had stopped.',
      day: today(),
      cameToLight: 'discovered',
      brokeTrust: 'partner',
    });
    const { acknowledgment } = await api<{ acknowledgment: { id: string } }>(
      alex,
      'POST',
      `/breaches/${breach.id}/acknowledgments`,
      { text: 'I lied to you for months about the messages.' },
    );
    await api(sam, 'POST', `/acknowledgments/${acknowledgment.id}/response`, {
      verdict: 'accurate',
    });
    const { impactStatement } = await api<{ impactStatement: { id: string } }>(
      sam,
      'POST',
      `/breaches/${breach.id}/impact-statements`,
      { text: 'I stopped trusting my own judgment.' },
    );
    const { apology } = await api<{ apology: { id: string } }>(
      alex,
      'POST',
      `/breaches/${breach.id}/apologies`,
      {
        impactStatementId: impactStatement.id,
        parts: {
          whatHappened: 'I lied about the messages, again and again.',
          impact: 'You felt foolish for believing me, and alone.',
          responsibility: 'It was my choice and my doing.',
          whatWillChange: 'I will answer any question about my phone, openly.',
        },
      },
    );
    await api(sam, 'POST', `/apologies/${apology.id}/rating`, { understood: 6 });
    const { agreement } = await api<{ agreement: { pending: { id: string } } }>(
      alex,
      'POST',
      '/agreements',
      { text: 'We tell each other when we will be late.' },
    );
    await api(sam, 'POST', `/agreement-versions/${agreement.pending.id}/acceptance`);
    const { commitment } = await api<{ commitment: { id: string } }>(alex, 'POST', '/commitments', {
      text: 'I will text when I am running late.',
      schedule: { kind: 'daily' },
    });
    expect(await statuses(alex)).toEqual(reached(1, 3, 4));

    /** A conversation both felt safe and heard in. */
    const talk = async (rate: boolean) => {
      const { conversation } = await api<{ conversation: { id: string } }>(
        alex,
        'POST',
        '/conversations',
        { day: today(), topic: 'How the weeks went', minutes: 40, startedBy: 'me' },
      );
      if (rate) await rateTalk(conversation.id);
      return conversation.id;
    };
    const rateTalk = async (id: string) => {
      for (const page of [alex, sam])
        await api(page, 'PUT', `/conversations/${id}/my-rating`, { feltSafe: 6, feltHeard: 6 });
    };
    /**
     * One ordinary day: both check in, Alex keeps his promise; every other
     * week, after the first talk, they talk again (step 2 looks at recent weeks).
     * Steps hold only while the recent weeks bear them out, as the path says.
     */
    const live = async (day: number) => {
      const reassured = day >= 70 ? 6 : 3;
      await api(alex, 'PUT', '/check-ins', { trust: 4 });
      await api(sam, 'PUT', '/check-ins', { trust: 4, reassured });
      await api(alex, 'PUT', `/commitments/${commitment.id}/marks/${today()}`, {
        outcome: 'kept',
      });
      if (day > 21 && day % 14 === 7) await talk(true);
      // From day 46 Alex sends notes — daily at first, then every third day —
      // and Sam says each meant something (step 6 looks at the last 30 days).
      if (day >= 46 && (day <= 55 || day % 3 === 0)) {
        const { note } = await api<{ note: { id: string } }>(alex, 'POST', '/notes', {
          kind: 'note',
          text: 'Thinking of you today.',
        });
        await api(sam, 'PUT', `/notes/${note.id}/appreciation`);
      }
    };
    const liveUntil = async (from: number, to: number) => {
      for (let day = from; day <= to; day += 1) {
        if (day > 0) nextDay();
        await live(day);
      }
    };

    // Three weeks of check-ins, then a talk both felt safe in: step 2.
    await liveUntil(0, 21);
    const first = await talk(false);
    expect(await statuses(sam)).toEqual(reached(1, 3, 4));
    await rateTalk(first);
    expect(await statuses(sam)).toEqual(reached(1, 2, 3, 4));

    // Kept day after day, the commitment settles: step 5.
    await liveUntil(22, 45);
    expect(await statuses(alex)).toEqual(reached(1, 2, 3, 4, 5));

    // Ten days of notes from Alex that Sam says meant something: step 6.
    await liveUntil(46, 55);
    expect(await statuses(sam)).toEqual(reached(1, 2, 3, 4, 5, 6));

    // Each lists a need; Sam's is acknowledged first, then Alex's: step 8.
    await liveUntil(56, 70);
    const samsNeed = await api<{ need: { id: string } }>(sam, 'POST', '/needs', {
      category: 'transparency',
      text: 'To know where you are when plans change.',
      importance: 3,
    });
    const alexsNeed = await api<{ need: { id: string } }>(alex, 'POST', '/needs', {
      category: 'quality-time',
      text: 'An evening a week together, phones away.',
      importance: 2,
    });
    await api(alex, 'POST', `/needs/${samsNeed.need.id}/acknowledgment`);
    expect(await statuses(alex)).toEqual(reached(1, 2, 3, 4, 5, 6));
    await api(sam, 'POST', `/needs/${alexsNeed.need.id}/acknowledgment`);
    expect(await statuses(alex)).toEqual(reached(1, 2, 3, 4, 5, 6, 8));

    // Ninety days on the path, with check-ins most weeks: step 7; Sam has
    // felt reassured for three weeks now: step 9.
    await liveUntil(71, 89);
    expect(await statuses(sam)).toEqual(reached(1, 2, 3, 4, 5, 6, 8, 9));
    await liveUntil(90, 90);
    expect(await statuses(sam)).toEqual(reached(1, 2, 3, 4, 5, 6, 7, 8, 9));

    // Sam writes a forgiveness statement: private, it changes nothing for
    // Alex; once Sam shares it, step 10 — on both phones.
    await liveUntil(91, DAYS - 1);
    await api(sam, 'PUT', '/forgiveness/statements/mine', {
      text: 'I forgive you. It does not make it all right, and I am choosing it.',
    });
    expect(await statuses(alex)).toEqual(reached(1, 2, 3, 4, 5, 6, 7, 8, 9));
    await api(sam, 'PUT', '/forgiveness/statements/mine/sharing', { shared: true });
    const all = reached(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    expect(await statuses(alex)).toEqual(all);
    expect(await statuses(sam)).toEqual(all);
    await alex.getByText('Show the timeline of what happened').click();
    await alex.getByRole('link', { name: 'Sam shared a forgiveness statement' }).waitFor();

    expect(a.problems).toEqual([]);
    expect(b.problems).toEqual([]);
  }, 240_000);
});
