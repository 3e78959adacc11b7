/**
 * The main navigation. On a desktop it is a row of links under the bar; on a
 * phone it folds behind one "Menu" disclosure button inside the bar, so the
 * bar, quick exit and the helplines take one line and the screen starts high.
 * The button says whether the menu is open (aria-expanded); the menu closes
 * when a screen opens, and Escape closes it and puts focus back on the button.
 *
 * "Where we are" is marked as the page on /path and as current on the repair
 * screens, which are folded into the path (components/repair/repair-nav.tsx).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { navigate, route } from '../router/router';
import { mayLeaveForm } from '../state/drafts';
import { useStore } from '../state/store';

const LINKS = [
  { href: '/', label: 'Home', within: [] },
  { href: '/check-in', label: 'Check in', within: [] },
  { href: '/history', label: 'History', within: [] },
  {
    href: '/path',
    label: 'Where we are',
    within: ['/breaches', '/conversations', '/agreements', '/setbacks', '/progress'],
  },
  { href: '/settings', label: 'Settings', within: ['/settings'] },
] as const;

function currentness(path: string, link: (typeof LINKS)[number]): 'page' | 'true' | undefined {
  if (path === link.href) return 'page';
  const within = link.within as readonly string[];
  return within.some((root) => path === root || path.startsWith(`${root}/`)) ? 'true' : undefined;
}

export function MainNav() {
  const { path } = useStore(route);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  // A screen opened: the menu has done its work.
  useEffect(() => setOpen(false), [path]);

  const follow = (event: MouseEvent, href: string) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    // Unsent words on screen: ask first (their draft is kept either way).
    if (!mayLeaveForm()) return;
    setOpen(false);
    navigate(href);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <nav aria-label="Main" class="main-nav" onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        class="disclosure menu-button"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="main-menu"
        onClick={() => setOpen(!open)}
      >
        Menu
      </button>
      <ul id="main-menu" class={open ? 'nav nav--open' : 'nav'}>
        {LINKS.map((link) => (
          <li key={link.href}>
            <a
              href={link.href}
              aria-current={currentness(path, link)}
              onClick={(event) => follow(event, link.href)}
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
