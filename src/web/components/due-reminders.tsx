/**
 * Today's in-app reminders on home, each with where to go and a way to put it
 * away. The words say only that there is time: no count, no streak, nothing
 * missed. A reminder for something already done today does not appear.
 */
import { useEffect, useState } from 'preact/hooks';
import { reminderOperations } from '../../contract/operations/reminders';
import type { DueReminder } from '../../contract/reminders';
import { call } from '../api/client';
import { formErrorsFrom } from '../api/form-errors';
import { Link } from '../router/link';
import { announce } from '../state/announcer';
import { FormMessage } from './form-message';

const WORDS: Record<DueReminder['kind'], { text: string; href: string; action: string }> = {
  'check-in': {
    text: 'Time for today’s check-in, whenever you are ready.',
    href: '/check-in',
    action: 'Check in',
  },
  commitments: {
    text: 'A commitment of yours is due today.',
    href: '/commitments',
    action: 'See your commitments',
  },
};

export function DueReminders() {
  const [items, setItems] = useState<DueReminder[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call(reminderOperations.listDueReminders)
      .then(({ items: found }) => setItems(found))
      // Reminders are a courtesy; home works without them.
      .catch(() => undefined);
  }, []);

  const dismiss = async (reminder: DueReminder) => {
    setError(null);
    try {
      await call(reminderOperations.dismissReminder, { params: { reminderId: reminder.id } });
      setItems((current) => current.filter((item) => item.id !== reminder.id));
      announce('Reminder put away.');
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    }
  };

  if (items.length === 0) return null;
  return (
    <section class="note-box" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">A gentle reminder</h2>
      <ul class="notices">
        {items.map((reminder) => {
          const words = WORDS[reminder.kind];
          return (
            <li key={reminder.id} class="notice">
              <p>
                {words.text} <Link href={words.href}>{words.action}</Link>
              </p>
              <button
                type="button"
                class="link-button"
                onClick={() => void dismiss(reminder)}
                aria-label={`Dismiss: ${words.text}`}
              >
                Dismiss
              </button>
            </li>
          );
        })}
      </ul>
      <FormMessage message={error} />
    </section>
  );
}
