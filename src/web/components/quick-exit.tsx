/**
 * Quick exit (DESIGN.md §3): one button on every page, or Shift pressed three
 * times, leaves for a neutral site and replaces this page in the history, so
 * the back button does not bring Mend straight back.
 */
import { useEffect } from 'preact/hooks';

const NEUTRAL_SITE = 'https://www.wikipedia.org/';
const SHIFT_PRESSES = 3;
const WITHIN_MS = 1500;

export function leaveNow(): void {
  window.location.replace(NEUTRAL_SITE);
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
