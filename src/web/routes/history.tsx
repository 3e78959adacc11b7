/**
 * Both partners' check-ins, newest day first. Only what the server reveals is
 * here: a partner's day that is still hidden simply does not appear, with no
 * placeholder that would hint they answered.
 */
import { useEffect, useState } from 'preact/hooks';
import { checkInOperations } from '../../contract/operations/check-ins';
import { call } from '../api/client';
import type { CheckIn, MeAnswer } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { CheckInEntry } from '../components/check-in-entry';
import { addDays, formatDay } from '../components/days';
import { Page } from '../components/page';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { useLiveUpdates } from '../state/live-updates';

/** The server's default window; "show earlier days" asks for the one before it. */
const WINDOW_DAYS = 60;

interface Loaded {
  items: CheckIn[];
  /** The earliest day asked for so far. */
  from: string;
}

function groupByDay(items: CheckIn[]): [string, CheckIn[]][] {
  const days = new Map<string, CheckIn[]>();
  for (const item of items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  return [...days].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
}

export function HistoryPage({ me }: { me: MeAnswer }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasSpace = me.space !== null;

  // Bumped by a live event: a partner's check-in became readable.
  const [revealed, setRevealed] = useState(0);
  useLiveUpdates(['check-in-revealed'], () => setRevealed((n) => n + 1));

  useEffect(() => {
    if (!hasSpace) return;
    call(checkInOperations.listCheckIns)
      .then(({ items, today }) =>
        // The first window again; earlier days already shown stay as they were.
        setLoaded((before) => {
          const from = addDays(today, -(WINDOW_DAYS - 1));
          const earlier = before ? before.items.filter((item) => item.day < from) : [];
          return { items: [...items, ...earlier], from: before ? before.from : from };
        }),
      )
      .catch((failure: unknown) => setError(formErrorsFrom(failure, {}).general));
  }, [hasSpace, revealed]);

  const loadEarlier = async () => {
    if (!loaded || busy) return;
    setBusy(true);
    try {
      const to = addDays(loaded.from, -1);
      const from = addDays(to, -(WINDOW_DAYS - 1));
      const { items } = await call(checkInOperations.listCheckIns, { query: { from, to } });
      setLoaded({ items: [...loaded.items, ...items], from });
      announce(
        items.length > 0
          ? `Showing check-ins from ${formatDay(from)} on.`
          : `No check-ins between ${formatDay(from)} and ${formatDay(to)}.`,
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  const authorOf = (memberId: string) => {
    if (memberId === me.member.id) return 'You';
    if (me.space?.partner?.id === memberId) return me.space.partner.displayName;
    return 'Your former partner';
  };
  // Yours first within a day, so the order is the same every day.
  const order = (item: CheckIn) => (item.memberId === me.member.id ? 0 : 1);

  if (!hasSpace) {
    return (
      <Page title="History">
        <p>
          Your history lives in your space. <Link href="/">Create your space</Link> to begin.
        </p>
      </Page>
    );
  }

  return (
    <Page title="History">
      <p class="lead">Your check-ins and your partner’s, newest first.</p>
      {error && (
        <p class="form-message" role="alert">
          {error}
        </p>
      )}
      {!loaded && !error && <p aria-busy="true">Opening your history…</p>}
      {loaded && loaded.items.length === 0 && (
        <p>
          Nothing here yet. <Link href="/check-in">Today’s check-in</Link> will be the first.
        </p>
      )}
      {loaded &&
        groupByDay(loaded.items).map(([day, items]) => (
          <section key={day} class="day" aria-labelledby={`day-${day}`}>
            <h2 id={`day-${day}`} class="day__heading">
              {formatDay(day)}
            </h2>
            {[...items]
              .sort((a, b) => order(a) - order(b))
              .map((item) => (
                <CheckInEntry
                  key={item.id}
                  checkIn={item}
                  author={authorOf(item.memberId)}
                  mine={item.memberId === me.member.id}
                />
              ))}
          </section>
        ))}
      {loaded && me.space && loaded.from > me.space.createdAt.slice(0, 10) && (
        <button
          type="button"
          class="button"
          aria-disabled={busy ? 'true' : undefined}
          onClick={() => void loadEarlier()}
        >
          {busy ? 'Looking further back…' : 'Show earlier days'}
        </button>
      )}
    </Page>
  );
}
