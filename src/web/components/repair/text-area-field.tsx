/**
 * A labelled text area with an optional hint, a running count of characters
 * against the server's cap, and an error right below it. Hint, count and
 * error are tied to the field with aria-describedby.
 *
 * Long writing is never lost: the field keeps a draft (use-draft.ts), and a
 * text over the cap stays whole, with a plain word about how much to shorten
 * (text-length.ts); `data-max` lets the form refuse to send it until it fits.
 */
import { useDraft } from '../use-draft';
import { lengthMessage, usePasteLength } from '../text-length';

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  max: number;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  required?: boolean;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { id, label, value, onValue, max, hint, error } = props;
  const draft = useDraft(id, value, onValue);
  const paste = usePasteLength(value.length, max);
  const over = value.length > max;
  const countId = `${id}-count`;
  const hintId = hint ? `${id}-hint` : undefined;
  const restoredId = draft.restored ? `${id}-restored` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, restoredId, countId, errorId].filter(Boolean).join(' ');
  return (
    <div class={error || over ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      {draft.restored && (
        <p id={restoredId} class="field__hint">
          Your draft is back: what you wrote here earlier and had not sent yet.
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={props.rows ?? 5}
        required={props.required}
        value={value}
        data-draft={draft.key}
        data-max={max}
        onPaste={paste.onPaste}
        onInput={(event) => {
          paste.onInputType((event as InputEvent).inputType ?? '');
          draft.onInput(event.currentTarget.value);
        }}
        aria-invalid={error || over ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      <p id={countId} class={over ? 'field__error' : 'field__hint'}>
        {lengthMessage(value.length, max, paste.pasted)}
      </p>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
