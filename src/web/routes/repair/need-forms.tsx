/**
 * The forms and buttons of the needs screen (needs.tsx lays them out): listing
 * a need or putting it in new words (one form, since a new version asks for
 * the same three things), "I understand this need" on the partner's need, and
 * retiring one's own need after a calm second step.
 */
import { useRef, useState } from 'preact/hooks';
import { call } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';
import type { Need } from '../../api/types';
import { needOperations } from '../../../contract/operations/needs';
import { ChoiceGroup } from '../../components/choice-group';
import { FormMessage } from '../../components/form-message';
import { TextAreaField } from '../../components/repair/text-area-field';
import { TherapistFlag, useHasTherapist } from '../../components/repair/therapist-flag';
import {
  importanceWords,
  NEED_CATEGORIES,
  NEED_CATEGORY_LABELS,
  NEED_IMPORTANCES,
  NEED_TEXT_MAX,
  type NeedCategoryName,
  type NeedImportanceValue,
} from '../../components/regain/need-words';
import { SubmitButton } from '../../components/submit-button';
import { useFormSubmit } from '../../components/use-form-submit';
import { announce } from '../../state/announcer';

const CATEGORY_CHOICES = NEED_CATEGORIES.map((value) => ({
  value,
  label: NEED_CATEGORY_LABELS[value],
}));
const IMPORTANCE_CHOICES = NEED_IMPORTANCES.map((value) => ({
  value,
  label: importanceWords(value),
}));

/**
 * A new need, or (with `need`) new words for one's own: it starts from the
 * current version, and sending it makes a new version the partner reads again.
 */
export function NeedForm({
  need,
  onSaved,
  onCancel,
}: {
  need?: Need;
  onSaved: (need: Need) => void;
  onCancel?: () => void;
}) {
  const hasTherapist = useHasTherapist();
  // Ids differ per need, so each form keeps its own draft and its own radio names.
  const key = need ? `need-${need.id}` : 'need-new';
  const [category, setCategory] = useState<NeedCategoryName | null>(need?.current.category ?? null);
  const [text, setText] = useState(need?.current.text ?? '');
  const [importance, setImportance] = useState<NeedImportanceValue | null>(
    (need?.current.importance as NeedImportanceValue | undefined) ?? null,
  );
  const [therapist, setTherapist] = useState(need?.therapistMaySee ?? false);
  const { errors, busy, formRef, onSubmit } = useFormSubmit({
    labels: { category: 'The kind of need', text: 'Your words', importance: 'How much it matters' },
    check: () => {
      const fields: Record<string, string> = {};
      if (!category) fields['category'] = 'Please choose the kind of need.';
      if (!text.trim()) fields['text'] = 'Please say what you need, in your own words.';
      if (!importance) fields['importance'] = 'Please say how much it matters.';
      return fields;
    },
    send: async () => {
      const body = {
        category: category!,
        text,
        importance: importance!,
        ...(hasTherapist ? { therapistMaySee: therapist } : {}),
      };
      const answer = need
        ? await call(needOperations.reviseNeed, { params: { needId: need.id }, body })
        : await call(needOperations.createNeed, { body });
      onSaved(answer.need);
      if (!need) {
        setCategory(null);
        setText('');
        setImportance(null);
        setTherapist(false);
      }
      announce(
        need
          ? 'Your new words are kept. Your partner can read them and acknowledge them again.'
          : 'Your need is listed. Your partner can read it now.',
      );
    },
  });
  return (
    <form ref={formRef} class="form" onSubmit={onSubmit} noValidate>
      <ChoiceGroup<NeedCategoryName | null>
        name={`${key}-category`}
        legend="What kind of need is it?"
        choices={CATEGORY_CHOICES}
        value={category}
        onValue={setCategory}
        error={errors.fields['category']}
      />
      <TextAreaField
        id={`${key}-text`}
        label="What you need, in your own words"
        hint="Say it as you would to your partner. Your partner can read it."
        value={text}
        onValue={setText}
        max={NEED_TEXT_MAX}
        rows={3}
        required
        error={errors.fields['text']}
      />
      <ChoiceGroup<NeedImportanceValue | null>
        name={`${key}-importance`}
        legend="How much does it matter to you?"
        choices={IMPORTANCE_CHOICES}
        value={importance}
        onValue={setImportance}
        error={errors.fields['importance']}
      />
      {hasTherapist && (
        <TherapistFlag id={`${key}-therapist`} checked={therapist} onChange={setTherapist} />
      )}
      <FormMessage message={errors.general} />
      <div class="actions">
        <SubmitButton busy={busy} busyLabel="Keeping it…">
          {need ? 'Keep the new words' : 'List this need'}
        </SubmitButton>
        {onCancel && (
          <button type="button" class="button" onClick={onCancel}>
            Leave it as it is
          </button>
        )}
      </div>
    </form>
  );
}

/**
 * Runs one write at a time for a button: a second tap while it is out does
 * nothing. A ref, not only state, guards it, since a double tap can arrive
 * before the screen has drawn itself busy.
 */
function useOneAtATime(write: () => Promise<void>) {
  const out = useRef(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    if (out.current) return;
    out.current = true;
    setBusy(true);
    setError(null);
    try {
      await write();
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      out.current = false;
      setBusy(false);
    }
  };
  return { busy, error, run: () => void run() };
}

/** "I understand this need": for the partner's newest words; the server keeps one per version. */
export function AcknowledgeButton({
  need,
  onChanged,
}: {
  need: Need;
  onChanged: (need: Need) => void;
}) {
  const { busy, error, run } = useOneAtATime(async () => {
    const answer = await call(needOperations.acknowledgeNeed, { params: { needId: need.id } });
    onChanged(answer.need);
    announce('You said you understand this need.');
  });
  return (
    <>
      <div class="actions">
        <button
          type="button"
          class="button button--primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={run}
        >
          I understand this need
        </button>
      </div>
      <FormMessage message={error} />
    </>
  );
}

/**
 * One's own live need: "Put it in new words" and "Retire this need"; retiring
 * asks once more, calmly, and keeps the need and its words on the record.
 */
export function OwnNeedActions({
  need,
  partnerName,
  onRevise,
  onRetired,
}: {
  need: Need;
  partnerName: string;
  onRevise: () => void;
  onRetired: (need: Need) => void;
}) {
  const [asking, setAsking] = useState(false);
  const { busy, error, run } = useOneAtATime(async () => {
    const answer = await call(needOperations.retireNeed, { params: { needId: need.id } });
    setAsking(false);
    onRetired(answer.need);
    announce('Retired. It is kept, with its words, under Retired needs.');
  });
  return (
    <>
      <div class="actions">
        <button type="button" class="button" onClick={onRevise}>
          Put it in new words
        </button>
        {need.can.retire && !asking && (
          <button type="button" class="button" onClick={() => setAsking(true)}>
            Retire this need
          </button>
        )}
      </div>
      {asking && (
        <div class="note-box" role="group" aria-label="Retire this need?">
          <p>
            Needs change, and that is all right. Retiring keeps this need and its words on the
            record; {partnerName} is no longer asked to acknowledge it.
          </p>
          <div class="actions">
            <button
              type="button"
              class="button button--primary"
              aria-disabled={busy ? 'true' : undefined}
              onClick={run}
            >
              Yes, retire it
            </button>
            <button type="button" class="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      <FormMessage message={error} />
    </>
  );
}
