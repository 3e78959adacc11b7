/**
 * Every screen starts here: it sets the document title and renders the one h1.
 * After an in-app move the heading takes focus, so keyboard and screen-reader
 * users land at the top of the new screen instead of on a vanished link.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { route } from '../router/router';

interface PageProps {
  title: string;
  /** The visible heading, when it differs from the document title. */
  heading?: string;
  children: ComponentChildren;
}

export function Page({ title, heading, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Mend`;
    if (route.get().navigated) headingRef.current?.focus();
  }, [title]);
  return (
    <div class="page">
      <h1 ref={headingRef} tabIndex={-1}>
        {heading ?? title}
      </h1>
      {children}
    </div>
  );
}
