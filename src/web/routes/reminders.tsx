/**
 * Reminders: a gentle nudge to check in, and one for commitments due today,
 * each on the days and at the time the member chooses, in the app, by e-mail,
 * both or not at all; and quiet hours when nothing comes. Calm words only: a
 * reminder never counts days, keeps streaks or says what was missed.
 */
import { useEffect, useState } from 'preact/hooks';
import { reminderOperations } from '../../contract/operations/reminders';
import type { ReminderSettings } from '../../contract/reminders';
import { inQuietHours, isLocalTime, minutesOf } from '../../domain/reminders';
import { call } from '../api/client';
import { formErrorsFrom } from '../api/form-errors';
import { ChoiceGroup } from '../components/choice-group';
import { FormMessage } from '../components/form-message';
import { formatInstant } from '../components/instants';
import { Page } from '../components/page';
import { WEEKDAY_NAMES } from '../components/restore/commitment-words';
import { SubmitButton } from '../components/submit-button';
import { useFormSubmit } from '../components/use-form-submit';
import { Link } from '../router/link';
import { announce } from '../state/announcer';

type Kind = 'check-in' | 'commitments';
type Channel = 'app' | 'email' | 'both' | 'off';

interface Draft {
  days: number[];
  time: string;
  channel: Channel;
}

const KINDS: { kind: Kind; legend: string; hint: string; defaults: Draft }[] = [
  {
    kind: 'check-in',
    legend: 'A reminder to check in',
    hint: 'It comes only on days you have not checked in yet.',
    defaults: { days: [1, 2, 3, 4, 5, 6, 7], time: '20:00', channel: 'off' },
  },
  {
    kind: 'commitments',
    legend: 'A reminder of commitments due today',
    hint: 'It comes only when one of your commitments is due that day and not yet marked.',
    defaults: { days: [1, 2, 3, 4, 5, 6, 7], time: '18:00', channel: 'off' },
  },
];

const CHANNELS = [
  { value: 'app', label: 'In Mend' },
  { value: 'email', label: 'By e-mail' },
  { value: 'both', label: 'In Mend and by e-mail' },
  { value: 'off', label: 'No reminder' },
] as const;

const draftsFrom = (settings: ReminderSettings): Record<Kind, Draft> => {
  const drafts = {} as Record<Kind, Draft>;
  for (const { kind, defaults } of KINDS) {
    const saved = settings.items.find((item) => item.kind === kind);
    drafts[kind] = saved
      ? { days: saved.days, time: saved.time, channel: saved.channel }
      : { ...defaults };
  }
  return drafts;
};

export function RemindersPage() {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [drafts, setDrafts] = useState<Record<Kind, Draft> | null>(null);
  const [quietOn, setQuietOn] = useState(false);
  const [quietStart, setQuietStart] = useState('22:00');
  const [quietEnd, setQuietEnd] = useState('07:00');

  const show = (answer: ReminderSettings) => {
    setSettings(answer);
    setDrafts(draftsFrom(answer));
    setQuietOn(answer.quietHours !== null);
    if (answer.quietHours) {
      setQuietStart(answer.quietHours.start);
      setQuietEnd(answer.quietHours.end);
    }
  };

  useEffect(() => {
    call(reminderOperations.getReminders)
      .then(show)
      .catch((failure: unknown) => setLoadError(formErrorsFrom(failure, {}).general));
  }, []);

  const change = (kind: Kind, next: Partial<Draft>) =>
    setDrafts((current) =>
      current ? { ...current, [kind]: { ...current[kind], ...next } } : current,
    );

  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: {},
    check: () => {
      const fields: Record<string, string> = {};
      for (const { kind } of KINDS) {
        const draft = drafts?.[kind];
        if (!draft || draft.channel === 'off') continue;
        if (!/^\d{2}:\d{2}$/.test(draft.time)) fields[`${kind}-time`] = 'Please choose a time.';
        if (draft.days.length === 0) fields[`${kind}-days`] = 'Please choose at least one day.';
      }
      if (quietOn && (!quietStart || !quietEnd)) {
        fields['quiet'] = 'Please choose when quiet hours start and end.';
      }
      return fields;
    },
    send: async () => {
      if (!drafts) return;
      const answer = await call(reminderOperations.putReminders, {
        body: {
          items: KINDS.map(({ kind }) => ({ kind, ...drafts[kind] })),
          quietHours: quietOn ? { start: quietStart, end: quietEnd } : null,
        },
      });
      show(answer);
      announce('Your reminders are saved.');
    },
  });

  return (
    <Page title="Reminders">
      <p class="lead">
        A gentle nudge, if you would like one, at a time that suits you. Reminders never count days
        or keep score, and they say only that it is time — nothing about what you or your partner
        wrote.
      </p>
      <FormMessage message={loadError} />
      {!settings && !loadError && <p aria-busy="true">Looking up your reminders…</p>}
      {settings && drafts && (
        <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
          <p class="muted">
            Times are in your time zone, {settings.timeZone}.{' '}
            <Link href="/settings">Change it in settings</Link>.
          </p>
          {KINDS.map(({ kind, legend, hint }) => {
            const draft = drafts[kind];
            const saved = settings.items.find((item) => item.kind === kind);
            return (
              <section class="card" key={kind} aria-labelledby={`${kind}-heading`}>
                <h2 id={`${kind}-heading`}>{legend}</h2>
                <p class="field__hint">{hint}</p>
                <ChoiceGroup<Channel>
                  name={`${kind}-channel`}
                  legend="How should it reach you?"
                  choices={CHANNELS}
                  value={draft.channel}
                  onValue={(channel) => change(kind, { channel })}
                />
                {draft.channel !== 'off' && (
                  <>
                    <fieldset
                      class={`choices choices--list${errors.fields[`${kind}-days`] ? ' field--invalid' : ''}`}
                    >
                      <legend>On which days?</legend>
                      {WEEKDAY_NAMES.map((name, index) => {
                        const day = index + 1;
                        const id = `${kind}-day-${day}`;
                        return (
                          <div class="check" key={name}>
                            <input
                              type="checkbox"
                              id={id}
                              checked={draft.days.includes(day)}
                              onChange={() =>
                                change(kind, {
                                  days: draft.days.includes(day)
                                    ? draft.days.filter((d) => d !== day)
                                    : [...draft.days, day].sort((a, b) => a - b),
                                })
                              }
                            />
                            <label for={id}>{name}</label>
                          </div>
                        );
                      })}
                      {errors.fields[`${kind}-days`] && (
                        <p class="field__error">{errors.fields[`${kind}-days`]}</p>
                      )}
                    </fieldset>
                    <div class={`field${errors.fields[`${kind}-time`] ? ' field--invalid' : ''}`}>
                      <label for={`${kind}-time`}>At what time?</label>
                      <input
                        type="time"
                        id={`${kind}-time`}
                        value={draft.time}
                        onInput={(event) => change(kind, { time: event.currentTarget.value })}
                        aria-describedby={
                          errors.fields[`${kind}-time`] ? `${kind}-time-error` : undefined
                        }
                      />
                      {errors.fields[`${kind}-time`] && (
                        <p id={`${kind}-time-error`} class="field__error">
                          {errors.fields[`${kind}-time`]}
                        </p>
                      )}
                    </div>
                  </>
                )}
                {draft.channel !== 'off' &&
                  quietOn &&
                  isLocalTime(draft.time) &&
                  isLocalTime(quietStart) &&
                  isLocalTime(quietEnd) &&
                  inQuietHours(minutesOf(draft.time), { start: quietStart, end: quietEnd }) && (
                    <p class="field__hint">
                      This time is inside your quiet hours, so this reminder will not come. Choose
                      another time, or change your quiet hours.
                    </p>
                  )}
                {saved?.nextAt && saved.channel !== 'off' && (
                  <p class="muted">Next planned: {formatInstant(saved.nextAt)}.</p>
                )}
              </section>
            );
          })}
          <section class="card" aria-labelledby="quiet-heading">
            <h2 id="quiet-heading">Quiet hours</h2>
            <div class="field">
              <div class="check">
                <input
                  type="checkbox"
                  id="quiet-on"
                  checked={quietOn}
                  onChange={(event) => setQuietOn(event.currentTarget.checked)}
                  aria-describedby="quiet-hint"
                />
                <label for="quiet-on">Keep quiet hours</label>
              </div>
              <p id="quiet-hint" class="field__hint">
                No reminder comes in quiet hours. A reminder whose time falls inside them is left
                out that day rather than sent later. Quiet hours may run past midnight.
              </p>
            </div>
            {quietOn && (
              <div class="quiet-hours">
                <div class="field">
                  <label for="quiet-start">From</label>
                  <input
                    type="time"
                    id="quiet-start"
                    value={quietStart}
                    onInput={(event) => setQuietStart(event.currentTarget.value)}
                  />
                </div>
                <div class="field">
                  <label for="quiet-end">Until</label>
                  <input
                    type="time"
                    id="quiet-end"
                    value={quietEnd}
                    onInput={(event) => setQuietEnd(event.currentTarget.value)}
                  />
                </div>
              </div>
            )}
            <FormMessage message={errors.fields['quiet'] ?? null} />
          </section>
          <FormMessage message={errors.general} />
          <SubmitButton busy={busy} busyLabel="Saving…">
            Save reminders
          </SubmitButton>
        </form>
      )}
    </Page>
  );
}
