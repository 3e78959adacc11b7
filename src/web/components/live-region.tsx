/**
 * The polite live region: status messages ("Saved", "Link copied") are read
 * out without moving focus, and stay visible until the next one. The result
 * of a form still on screen is shown beside its button instead (submit-button),
 * so here it is only heard, not shown a second time at the top.
 */
import { announcement, shownBeside } from '../state/announcer';
import { useStore } from '../state/store';

export function LiveRegion() {
  const current = useStore(announcement);
  const beside = shownBeside(current);
  return (
    <div
      class={beside ? 'status status--heard-only' : 'status'}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {/* A fresh key per message makes assistive technology treat repeats as new. */}
      {current.message && <p key={current.serial}>{current.message}</p>}
    </div>
  );
}
