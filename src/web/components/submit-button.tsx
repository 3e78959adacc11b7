/**
 * The submit button of a form. While a request runs it says so and is marked
 * aria-disabled instead of disabled, so keyboard focus stays on it.
 */
import type { ComponentChildren } from 'preact';

interface SubmitButtonProps {
  busy: boolean;
  busyLabel: string;
  children: ComponentChildren;
  variant?: 'primary' | 'secondary' | 'danger';
}

export function SubmitButton({
  busy,
  busyLabel,
  children,
  variant = 'primary',
}: SubmitButtonProps) {
  return (
    <button
      type="submit"
      class={`button button--${variant}`}
      aria-disabled={busy ? 'true' : undefined}
    >
      {busy ? busyLabel : children}
    </button>
  );
}
