/**
 * A section heading that takes focus when it appears, for content that
 * replaces what the person was just using (a form that was submitted), so
 * keyboard and screen-reader users continue from the new content.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface FocusHeadingProps {
  id: string;
  focus: boolean;
  children: ComponentChildren;
}

export function FocusHeading({ id, focus, children }: FocusHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
