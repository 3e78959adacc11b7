/**
 * Notices about the account (a new sign-in, a changed password), shown calmly
 * on home: what happened, on which device, what to do if it was not you, and
 * a way to put each one away. No counts, no red.
 */
import { useEffect, useState } from 'preact/hooks';
import { sessionOperations } from '../../contract/operations/sessions';
import { call } from '../api/client';
import type { Notice } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { FormMessage } from './form-message';
import { formatInstant } from './instants';
import { describeNotice as describe } from './notice-words';

export function Notices() {
  const [items, setItems] = useState<Notice[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(sessionOperations.listNotices)
      .then(({ items: found }) => setItems(found))
      // Notices are a courtesy; home works without them.
      .catch(() => undefined);
  }, []);

  const dismiss = async (notice: Notice) => {
    setError(null);
    try {
      await call(sessionOperations.dismissNotice, { params: { noticeId: notice.id } });
      setItems((current) => current.filter((item) => item.id !== notice.id));
      announce('Notice dismissed.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    }
  };

  if (items.length === 0) return null;
  return (
    <section class="note-box" aria-labelledby="notices-heading">
      <h2 id="notices-heading">About your account</h2>
      <ul class="notices">
        {items.map((notice) => (
          <li key={notice.id} class="notice">
            <p>
              {describe(notice)} <span class="muted">{formatInstant(notice.createdAt)}.</span>
            </p>
            <button
              type="button"
              class="link-button"
              onClick={() => void dismiss(notice)}
              aria-label={`Dismiss: ${describe(notice)}`}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      <p class="field__hint">
        If that was you, there is nothing to do. If not, see your{' '}
        <Link href="/settings/devices">signed-in devices</Link> and change your password.
      </p>
      <FormMessage message={error} />
    </section>
  );
}
