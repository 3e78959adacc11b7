/**
 * The submit button of a form. While a request runs it says so and is marked
 * aria-disabled instead of disabled, so keyboard focus stays on it. What the
 * form's last send came to ("Your check-in is saved") is shown right beside
 * it; the live region says it aloud.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { announcement, shownBeside } from '../state/announcer';
import { useStore } from '../state/store';

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
  const button = useRef<HTMLButtonElement>(null);
  const current = useStore(announcement);
  const form = button.current?.form;
  const result = form && current.near === form && shownBeside(current) ? current.message : null;
  return (
    <>
      <button
        ref={button}
        type="submit"
        class={`button button--${variant}`}
        aria-disabled={busy ? 'true' : undefined}
      >
        {busy ? busyLabel : children}
      </button>
      {result && <p class="form-result">{result}</p>}
    </>
  );
}
