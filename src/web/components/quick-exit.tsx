/**
 * Quick exit (DESIGN.md §3): one button on every page, or Shift pressed three
 * times, leaves for a neutral site at once. First the screen is emptied and
 * everything the app holds in memory is dropped; then the page goes back to
 * the first entry it added to this tab's history and replaces it, so neither
 * the back button nor a glance at the screen brings Mend back.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { backToFirstEntry } from '../router/router';
import { forgetEverything } from '../state/session';
import { NEUTRAL_SITE } from './neutral-site';
const SHIFT_PRESSES = 3;
const WITHIN_MS = 1500;

export function leaveNow(): void {
  const root = document.getElementById('app');
  if (root) render(null, root);
  document.title = '';
  forgetEverything();
  backToFirstEntry(() => window.location.replace(NEUTRAL_SITE));
}

export function QuickExit() {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      // Shift alone, pressed and released: typing capitals does not count.
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') presses = [];
        return;
      }
      const now = event.timeStamp;
      presses = [...presses.filter((at) => now - at < WITHIN_MS), now];
      if (presses.length >= SHIFT_PRESSES) leaveNow();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <button type="button" class="quick-exit" onClick={leaveNow}>
      Quick exit
    </button>
  );
}
