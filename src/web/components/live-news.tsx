/**
 * The live updates' own polite live region: "Something new from your
 * partner." is heard, not shown — what is new simply appears on the screen —
 * and, apart from the shared announcer, it never takes the place of a
 * form's result (state/live-updates.ts). A plain polite region, not a second
 * `status`: the page keeps one status, the announcer's.
 */
import { liveNews } from '../state/live-updates';
import { useStore } from '../state/store';

export function LiveNews() {
  const current = useStore(liveNews);
  return (
    <div class="status status--heard-only" aria-live="polite" aria-atomic="true">
      {current.message && <p key={current.serial}>{current.message}</p>}
    </div>
  );
}
