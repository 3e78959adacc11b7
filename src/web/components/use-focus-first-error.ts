/**
 * After a failed submit, focus moves to the first field marked invalid, whose
 * error message is read out through its aria-describedby.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { FormErrors } from '../api/form-errors';

export function useFocusFirstError(errors: FormErrors) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (Object.keys(errors.fields).length === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"], .field--invalid input',
    );
    invalid?.focus();
  }, [errors]);
  return formRef;
}
