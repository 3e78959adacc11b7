/**
 * The repair screens' own small navigation: where we are, and the four kinds
 * of things a couple writes in this phase. The current screen is marked as the
 * page, and the section it belongs to (a breach within Breaches) as current.
 */
import { navigate, route } from '../../router/router';
import { useStore } from '../../state/store';

const LINKS = [
  { href: '/path', label: 'Where we are' },
  { href: '/breaches', label: 'Breaches' },
  { href: '/conversations', label: 'Conversations' },
  { href: '/agreements', label: 'Agreements' },
  { href: '/setbacks', label: 'Setbacks' },
] as const;

function follow(event: MouseEvent, href: string) {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(href);
}

export function RepairNav() {
  const { path } = useStore(route);
  return (
    <nav aria-label="Repair" class="repair-nav">
      <ul>
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
