/**
 * A labelled input with an optional hint and an error shown right below it.
 * The hint and the error are tied to the input with aria-describedby, so a
 * screen reader reads them when the field gets focus.
 */
import type { InputHTMLAttributes } from 'preact';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  minLength?: number;
  maxLength?: number;
  list?: string;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onValue, hint, error } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  // Preact types pair `type` and `list` strictly per input kind; this one field
  // serves text, e-mail and password, so the attributes are assembled here.
  const inputAttributes = {
    id,
    name: id,
    type: props.type ?? 'text',
    value,
    onInput: (event: Event) => onValue((event.currentTarget as HTMLInputElement).value),
    autocomplete: props.autoComplete,
    required: props.required,
    minLength: props.minLength,
    maxLength: props.maxLength,
    list: props.list,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy,
  } as InputHTMLAttributes<HTMLInputElement>;
  return (
    <div class={error ? 'field field--invalid' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={hintId} class="field__hint">
          {hint}
        </p>
      )}
      <input {...inputAttributes} />
      {error && <FieldError id={errorId!} message={error} />}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string }) {
  return (
    <p id={id} class="field__error">
      {message}
    </p>
  );
}
