/**
 * A labelled text area with an optional hint, a running count of characters
 * against the server's cap, and an error right below it. Hint, count and
 * error are tied to the field with aria-describedby.
 */
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
  const countId = `${id}-count`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, countId, errorId].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={props.rows ?? 5}
        maxLength={max}
        required={props.required}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      <p id={countId} class="field__hint">
        {value.length} of {max} characters.
      </p>
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
