/**
 * The repair screens' own small navigation: where we are, and the four kinds
 * of things a couple writes in this phase. The current screen is marked.
 */
import { Link } from '../../router/link';

const LINKS = [
  { href: '/path', label: 'Where we are' },
  { href: '/breaches', label: 'Breaches' },
  { href: '/conversations', label: 'Conversations' },
  { href: '/agreements', label: 'Agreements' },
  { href: '/setbacks', label: 'Setbacks' },
] as const;

export function RepairNav() {
  return (
    <nav aria-label="Repair" class="repair-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
