/**
 * The submit of a form that asks the server: it checks what can be checked
 * here first, sends once at a time, and on failure shows the server's words
 * beside the fields named in `labels` (focus moves to the first invalid field)
 * or as the form's general message.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { useFocusFirstError } from './use-focus-first-error';

interface FormSubmitOptions {
  /** Field labels, to turn the server's phrases into sentences beside the fields. */
  labels: Record<string, string>;
  /** What is wrong before asking the server, by field; nothing when all is well. */
  check?: () => Record<string, string>;
  send: () => Promise<void>;
  /**
   * After a success the button stays busy: the form is about to go (the screen
   * moves on, or the answered entry no longer offers it), so it cannot be sent twice.
   */
  busyAfterSuccess?: boolean;
}

export function useFormSubmit({ labels, check, send, busyAfterSuccess }: FormSubmitOptions) {
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const fields = check?.() ?? {};
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await send();
      if (!busyAfterSuccess) setBusy(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
      setBusy(false);
    }
  };

  return { errors, busy, formRef, onSubmit: (event: SubmitEvent) => void submit(event) };
}
