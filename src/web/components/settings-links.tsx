/** A short list of settings screens, each with a line saying what it is for. */
import { Link } from '../router/link';

export interface SettingsLink {
  href: string;
  label: string;
  hint: string;
}

export function SettingsLinks({ links }: { links: SettingsLink[] }) {
  return (
    <ul class="settings-links">
      {links.map((link) => (
        <li key={link.href}>
          <Link href={link.href}>{link.label}</Link>
          <p class="field__hint">{link.hint}</p>
        </li>
      ))}
    </ul>
  );
}
