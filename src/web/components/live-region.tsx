/**
 * The polite live region: status messages ("Saved", "Link copied") are read
 * out without moving focus, and stay visible until the next one.
 */
import { announcement } from '../state/announcer';
import { useStore } from '../state/store';

export function LiveRegion() {
  const { message, serial } = useStore(announcement);
  return (
    <div class="status" role="status" aria-live="polite" aria-atomic="true">
      {/* A fresh key per message makes assistive technology treat repeats as new. */}
      {message && <p key={serial}>{message}</p>}
    </div>
  );
}
