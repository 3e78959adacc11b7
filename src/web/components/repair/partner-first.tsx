/**
 * In place of a form or its button while the space has one member: entries
 * name both partners, so they wait until the partner has joined.
 */
import { Link } from '../../router/link';

export function PartnerFirst({ what }: { what: string }) {
  return (
    <section class="card" aria-labelledby="partner-first-heading">
      <h2 id="partner-first-heading">Once your partner has joined</h2>
      <p>
        {what} names both of you, so it waits until your partner has joined your space.{' '}
        <Link href="/">Invite your partner from Home</Link>.
      </p>
    </section>
  );
}
