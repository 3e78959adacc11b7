/**
 * The repair screens' own small navigation, folded into the path: "Where we
 * are" lives once, in the main navigation (marked current on these screens),
 * and this menu holds the kinds of things a couple writes on the path.
 * On a phone it is one disclosure button ("Repair screens", aria-expanded) so
 * the screen's content starts high; from 40rem the links show as a row. The
 * current screen is marked as the page, and the section it belongs to (a
 * breach within Breaches) as current.
 */
import { useEffect, useState } from 'preact/hooks';
import { navigate, route } from '../../router/router';
import { mayLeaveForm } from '../../state/drafts';
import { useStore } from '../../state/store';

const LINKS = [
  { href: '/breaches', label: 'Breaches' },
  { href: '/conversations', label: 'Conversations' },
  { href: '/agreements', label: 'Agreements' },
  { href: '/setbacks', label: 'Setbacks' },
  { href: '/commitments', label: 'Commitments' },
  { href: '/needs', label: 'Needs' },
  { href: '/notes', label: 'Notes' },
  { href: '/reassurance', label: 'Reassurance' },
  { href: '/forgiveness', label: 'Forgiveness' },
  { href: '/progress', label: 'Progress' },
] as const;

function follow(event: MouseEvent, href: string) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  // Unsent words on screen: ask first (their draft is kept either way).
  if (!mayLeaveForm()) return;
  navigate(href);
}

export function RepairNav() {
  const { path } = useStore(route);
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [path]);
  return (
    <nav aria-label="Repair" class="repair-nav">
      <button
        type="button"
        class="disclosure repair-nav__toggle"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls="repair-menu"
        onClick={() => setOpen(!open)}
      >
        Repair screens
      </button>
      <ul
        id="repair-menu"
        class={open ? 'repair-nav__list repair-nav__list--open' : 'repair-nav__list'}
      >
        {LINKS.map((link) => {
          const current =
            path === link.href ? 'page' : path.startsWith(`${link.href}/`) ? 'true' : undefined;
          return (
            <li key={link.href}>
              <a
                href={link.href}
                aria-current={current}
                onClick={(event) => follow(event, link.href)}
              >
                {link.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
