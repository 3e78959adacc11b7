/**
 * The submit of a form that asks the server: it checks what can be checked
 * here first, sends once at a time, and on failure shows the server's words
 * beside the fields named in `labels` (focus moves to the first invalid field)
 * or as the form's general message.
 *
 * Every form gets three things from here: a text over its field's cap is not
 * sent (the field keeps it and says by how much to shorten it); the drafts of
 * its long fields go once it is sent; and what the screen says about the
 * result ("Saved") appears beside the form's button, where the person is.
 */
import { useState } from 'preact/hooks';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { route } from '../router/router';
import { announcement, keepBeside } from '../state/announcer';
import { draftKeysIn, dropDrafts } from '../state/drafts';
import { tooLongMessage } from './text-length';
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

/** The errors key of a text over its cap (no field shows it; the form's message does). */
export const TOO_LONG = 'too-long';

/** The first field in `form` holding more than its cap, as a message for the form. */
export function tooLongIn(form: Element | null): { id: string; message: string } | null {
  if (!form) return null;
  for (const field of form.querySelectorAll<HTMLTextAreaElement>('[data-max]')) {
    const max = Number(field.dataset['max']);
    if (field.value.length > max) {
      return { id: field.id, message: tooLongMessage(field.value.length, max) };
    }
  }
  return null;
}

/**
 * Runs `send` for `form`; what it announced, if the screen stayed, is shown
 * beside the form's button, and the form's drafts go.
 */
export async function sendForm(form: HTMLFormElement | null, send: () => Promise<void>) {
  const keys = draftKeysIn(form);
  const said = announcement.get().serial;
  const visit = route.get().visit;
  await send();
  dropDrafts(keys);
  if (form && announcement.get().serial !== said && route.get().visit === visit) keepBeside(form);
}

export function useFormSubmit({ labels, check, send, busyAfterSuccess }: FormSubmitOptions) {
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    const form = event.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    const tooLong = tooLongIn(form);
    if (tooLong) {
      // The field says it already and is marked invalid, so focus goes to it; the
      // key names no field, so the words do not linger there once it fits.
      setErrors({ fields: { [TOO_LONG]: tooLong.message }, general: tooLong.message });
      return;
    }
    const fields = check?.() ?? {};
    if (Object.keys(fields).length > 0) {
      setErrors({ fields, general: null });
      return;
    }
    setBusy(true);
    setErrors(noErrors);
    try {
      await sendForm(form, send);
      if (!busyAfterSuccess) setBusy(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, labels));
      setBusy(false);
    }
  };

  return { errors, busy, formRef, onSubmit: (event: SubmitEvent) => void submit(event) };
}
