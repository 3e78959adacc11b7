/**
 * Home's way into the repair phase: one calm card pointing to "Where we are".
 * Static on purpose, so home asks the server nothing more and stays light.
 */
import { Link } from '../../router/link';

export function PathCard() {
  return (
    <section class="card" aria-labelledby="path-card-heading">
      <h2 id="path-card-heading">Your path</h2>
      <p>
        The ten steps of rebuilding trust, where the two of you stand, and what could come next.
      </p>
      <div class="actions">
        <Link href="/path" class="button">
          See where we are
        </Link>
      </div>
    </section>
  );
}
