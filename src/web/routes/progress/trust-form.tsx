/**
 * This month's trust questionnaire: the six statements, each answered 1–7,
 * all of them asked before it is sent, with the choice to share this month
 * with the partner (off unless turned on). Once this month is answered the
 * form folds away; it can be opened again, filled with the answers kept, to
 * change them until the month ends — the server keeps one per month, so a
 * change (or a retried send) replaces this month's answers, never adds one.
 */
import { useState } from 'preact/hooks';
import { call } from '../../api/client';
import type { TrustOverview, TrustQuestion } from '../../api/types';
import { trustQuestionnaireOperations } from '../../../contract/operations/trust-questionnaires';
import { FormMessage } from '../../components/form-message';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import { RatingSeven } from '../../components/repair/rating-seven';
import { formatMonth, trustHigh, trustLow } from '../../components/regain/trust-words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';

export function TrustMonthPart({
  overview,
  onKept,
}: {
  overview: TrustOverview;
  onKept: () => Promise<void>;
}) {
  const [changing, setChanging] = useState(false);
  const thisMonth = overview.mine.find((q) => q.month === overview.month) ?? null;
  const month = formatMonth(overview.month);
  return (
    <section class="card" aria-labelledby="trust-month-heading">
      <h2 id="trust-month-heading">{month}</h2>
      {overview.due || changing ? (
        <TrustForm
          items={overview.items}
          kept={thisMonth}
          onKept={async () => {
            setChanging(false);
            await onKept();
          }}
        />
      ) : (
        <>
          <p>
            You have answered for {month}. A new questionnaire is offered each month; until this one
            ends you can still change your answers.
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={() => setChanging(true)}>
              Change this month’s answers
            </button>
          </div>
        </>
      )}
    </section>
  );
}

interface Kept {
  answers: number[];
  shared: boolean;
  therapistMaySee: boolean;
}

function TrustForm({
  items,
  kept,
  onKept,
}: {
  items: TrustQuestion[];
  kept: Kept | null;
  onKept: () => Promise<void>;
}) {
  const hasTherapist = useHasTherapist();
  const [answers, setAnswers] = useState<(number | null)[]>(() =>
    items.map((_, index) => kept?.answers[index] ?? null),
  );
  const [shared, setShared] = useState(kept?.shared ?? false);
  const [therapist, setTherapist] = useState(kept?.therapistMaySee ?? false);
  const nameOf = (item: TrustQuestion) => `trust-${item.id}`;
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { answers: 'Your answers' },
    check: () => {
      const fields: Record<string, string> = {};
      items.forEach((item, index) => {
        if (answers[index] === null) fields[nameOf(item)] = 'Please choose an answer.';
      });
      return fields;
    },
    send: async () => {
      await call(trustQuestionnaireOperations.putTrustQuestionnaire, {
        body: {
          answers: answers.map((answer) => answer!),
          shared,
          ...(hasTherapist ? { therapistMaySee: therapist } : {}),
        },
      });
      announce(
        shared
          ? 'Your answers for this month are kept, and shared with your partner.'
          : 'Your answers for this month are kept. Only you see them.',
      );
      await onKept();
    },
    busyAfterSuccess: true,
  });
  const answer = (index: number, value: number) =>
    setAnswers(answers.map((old, at) => (at === index ? value : old)));
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <p>How true is each statement of you now?</p>
      {items.map((item, index) => (
        <RatingSeven
          key={item.id}
          name={nameOf(item)}
          question={item.text}
          low={trustLow}
          high={trustHigh}
          value={answers[index] ?? null}
          onValue={(value) => answer(index, value)}
          error={errors.fields[nameOf(item)]}
        />
      ))}
      <div class="field">
        <div class="check">
          <input
            type="checkbox"
            id="trust-share"
            checked={shared}
            onChange={(event) => setShared(event.currentTarget.checked)}
            aria-describedby="trust-share-hint"
          />
          <label for="trust-share">Share this month with my partner</label>
        </div>
        <p id="trust-share-hint" class="field__hint">
          Off unless you turn it on. Your partner then reads this month’s answers, never your line
          over time; you can keep it private again at any time.
        </p>
      </div>
      {hasTherapist && (
        <TherapistFlag id="trust-therapist" checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Keeping them…">
        Keep this month’s answers
      </SubmitButton>
    </form>
  );
}
