/**
 * Signed-in devices: every session that still works, with a coarse device
 * name and when it started and was last used. Any one can be signed out, or
 * all but this one at once. Mend knows no place or address, so shows none.
 */
import { useEffect, useState } from 'preact/hooks';
import { sessionOperations } from '../../contract/operations/sessions';
import { call } from '../api/client';
import type { SessionItem } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { FormMessage } from '../components/form-message';
import { formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { Link } from '../router/link';
import { navigate } from '../router/router';
import { announce } from '../state/announcer';
import { markSignedOut } from '../state/session';

export function DevicesPage() {
  const [items, setItems] = useState<SessionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const load = async () => {
    try {
      setItems((await call(sessionOperations.listSessions)).items);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const signOutOne = async (item: SessionItem) => {
    if (busy) return;
    setBusy(item.id);
    setError(null);
    try {
      await call(sessionOperations.revokeSession, { params: { sessionId: item.id } });
      if (item.current) {
        markSignedOut();
        navigate('/', { replace: true });
        announce('You have signed out on this device.');
        return;
      }
      await load();
      announce(`${item.device} is signed out.`);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  const signOutOthers = async () => {
    if (busy) return;
    setBusy('others');
    setError(null);
    try {
      const { revoked } = await call(sessionOperations.revokeOtherSessions);
      await load();
      announce(
        revoked === 0
          ? 'No other device was signed in.'
          : `Signed out of ${revoked} other ${revoked === 1 ? 'device' : 'devices'}.`,
      );
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(null);
    }
  };

  const others = items?.filter((item) => !item.current).length ?? 0;

  return (
    <Page title="Signed-in devices">
      <p class="lead">
        Everywhere you are signed in to Mend right now. If you do not recognise one, sign it out and
        change your password.
      </p>
      <FormMessage message={error} />
      {!items && !error && <p aria-busy="true">Looking up your devices…</p>}
      {items && (
        <ul class="item-list" aria-label="Your signed-in devices">
          {items.map((item) => (
            <li key={item.id} class="item">
              <h2 class="item__title">
                {item.device}
                {item.current && (
                  <>
                    {' '}
                    <span class="tag">This device</span>
                  </>
                )}
              </h2>
              <dl class="facts">
                <div>
                  <dt>Signed in</dt>
                  <dd>{formatInstant(item.createdAt)}</dd>
                </div>
                <div>
                  <dt>Last active</dt>
                  <dd>{formatInstant(item.lastSeenAt)}</dd>
                </div>
              </dl>
              <button
                type="button"
                class="button"
                aria-disabled={busy ? 'true' : undefined}
                onClick={() => void signOutOne(item)}
              >
                {busy === item.id
                  ? 'Signing out…'
                  : item.current
                    ? 'Sign me out here'
                    : `Sign out ${item.device}`}
              </button>
            </li>
          ))}
        </ul>
      )}
      {others > 0 && (
        <section class="card" aria-labelledby="others-heading">
          <h2 id="others-heading">Everywhere else</h2>
          <p>Signs out every device but this one, at once.</p>
          <button
            type="button"
            class="button button--primary"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void signOutOthers()}
          >
            {busy === 'others' ? 'Signing out…' : 'Sign out all other devices'}
          </button>
        </section>
      )}
      <p>
        <Link href="/settings">Back to settings</Link>
      </p>
    </Page>
  );
}
