/**
 * An ordinary anchor that moves inside the app without a page load. Modified
 * clicks (new tab, new window) keep their usual browser meaning. Leaving a
 * form with words not sent yet asks first.
 */
import type { ComponentChildren } from 'preact';
import { navigate, route } from './router';
import { mayLeaveForm } from '../state/drafts';
import { useStore } from '../state/store';

interface LinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
}

export function Link({ href, class: className, children }: LinkProps) {
  const current = useStore(route).path === href;
  const onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Unsent words on screen: ask first (their draft is kept either way).
    if (!mayLeaveForm()) return;
    navigate(href);
  };
  return (
    <a href={href} class={className} onClick={onClick} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
