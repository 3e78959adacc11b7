/**
 * A calendar day, picked with the device's own date control (keyboard, screen
 * reader and touch all work with it). The value is YYYY-MM-DD, as the API
 * takes it; `max` keeps days that have not happened yet out of reach.
 */
interface DayFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  min?: string;
  max?: string;
  required?: boolean;
}

export function DayField(props: DayFieldProps) {
  const { id, label, value, onValue, hint, error } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        name={id}
        type="date"
        class="day-input"
        value={value}
        min={props.min}
        max={props.max}
        required={props.required}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
      />
      {error && (
        <p id={errorId} class="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
