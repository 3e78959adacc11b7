/**
 * Quick exit (DESIGN.md §3): one button on every page, or Shift pressed three
 * times, leaves for a neutral site at once. First the tab is marked closed
 * (state/tab-lock.ts: any Mend page it shows again opens on a lock screen), the
 * screen is emptied and everything the app holds in memory or in this
 * browser's storage (drafts) is dropped, and the session on this device is
 * ended without waiting for the answer; then the page goes back to the first
 * entry it added to this tab's history and replaces it, so neither the back
 * button nor a glance at the screen brings Mend back.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { accountOperations } from '../../contract/operations/accounts';
import { urlFor } from '../api/client';
import { backToFirstEntry } from '../router/router';
import { forgetStoredDrafts } from '../state/draft-storage';
import { forgetEverything, session } from '../state/session';
import { lockThisTab } from '../state/tab-lock';
import { NEUTRAL_SITE } from '../../contract/neutral-site';
const SHIFT_PRESSES = 3;
const WITHIN_MS = 1500;

/**
 * Signs this device out. `keepalive` lets the request finish after the page is
 * gone, so leaving never waits for the network.
 */
function endSessionHere(): void {
  if (session.get().status !== 'signed-in') return;
  const { method, path } = accountOperations.signOut;
  void fetch(urlFor(path), { method, credentials: 'same-origin', keepalive: true }).catch(
    () => undefined,
  );
}

export function leaveNow(): void {
  lockThisTab();
  const root = document.getElementById('app');
  if (root) render(null, root);
  document.title = '';
  endSessionHere();
  forgetEverything();
  forgetStoredDrafts();
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
