/**
 * The private safety check (DESIGN.md §3): four questions, answered before a
 * space is shared and again whenever the person wants. The answers go to the
 * server for this member alone; the partner never sees them.
 */
import { useState } from 'preact/hooks';
import { safetyOperations } from '../../contract/operations/safety';
import { call } from '../api/client';
import type { SafetyAnswers, SafetyStatus } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { ChoiceGroup } from './choice-group';
import { FormMessage } from './form-message';
import { SAFETY_CHOICES, SAFETY_QUESTIONS, type SafetyAnswer } from './safety-questions';
import { SubmitButton } from './submit-button';
import { useFocusFirstError } from './use-focus-first-error';

type Draft = Record<keyof SafetyAnswers, SafetyAnswer | null>;

const EMPTY: Draft = { afraid: null, hurtOrThreatened: null, controlled: null, freeToSayNo: null };

interface SafetyCheckFormProps {
  previous: SafetyAnswers | null;
  onAnswered: (status: SafetyStatus) => void;
}

export function SafetyCheckForm({ previous, onAnswered }: SafetyCheckFormProps) {
  const [draft, setDraft] = useState<Draft>(previous ?? EMPTY);
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const missing = SAFETY_QUESTIONS.filter(({ field }) => draft[field] === null);
    if (missing.length > 0) {
      setErrors({
        fields: Object.fromEntries(missing.map(({ field }) => [field, 'Please choose an answer.'])),
        general: null,
      });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      const { safety } = await call(safetyOperations.submitSafetyCheck, {
        body: { answers: draft as SafetyAnswers },
      });
      onAnswered(safety);
    } catch (error) {
      const labels = Object.fromEntries(
        SAFETY_QUESTIONS.map(({ field }) => [`answers.${field}`, 'This answer']),
      );
      const found = formErrorsFrom(error, labels);
      const fields = Object.fromEntries(
        Object.entries(found.fields).map(([key, message]) => [
          key.replace('answers.', ''),
          message,
        ]),
      );
      setErrors({ fields, general: found.general });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      {SAFETY_QUESTIONS.map(({ field, question }) => (
        <ChoiceGroup
          key={field}
          name={`safety-${field}`}
          legend={question}
          choices={SAFETY_CHOICES}
          value={draft[field]}
          onValue={(value) => setDraft((current) => ({ ...current, [field]: value }))}
          error={errors.fields[field]}
        />
      ))}
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Saving privately…">
        Save my answers
      </SubmitButton>
    </form>
  );
}
