/**
 * Entry point: read an invite token (a partner's or a therapist's) from the
 * address, then drop it from the URL; learn who is signed in, and render.
 *
 * A tab closed by quick exit (state/tab-lock.ts) opens on the lock screen
 * instead, asking nothing of the server, until the person chooses to open
 * Mend again — on a fresh load, and when the browser brings a page back from
 * its back-forward cache.
 */
import { render } from 'preact';
import { App } from './app';
import { LockScreen } from './components/lock-screen';
import { navigate } from './router/router';
import { captureInviteToken } from './state/invite-token';
import { captureLinkToken, LINK_TOKEN_PATHS } from './state/link-token';
import { forgetEverything, refreshSession } from './state/session';
import { isThisTabLocked, unlockThisTab } from './state/tab-lock';
import { captureTherapistToken, THERAPIST_JOIN_PATH } from './state/therapist-token';
import './offline/check-in-queue';
import './state/live-updates';
import './styles/app.css';

function start(root: HTMLElement): void {
  captureInviteToken(window.location, window.history);
  captureTherapistToken(window.location, window.history);
  captureLinkToken(window.location, window.history);
  document.title = 'Mend';
  render(<App />, root);
  refreshSession().catch(() => {
    root.textContent = 'Mend could not reach the server. Please check your connection and reload.';
  });
}

function showLockScreen(root: HTMLElement): void {
  document.title = 'Closed';
  render(null, root);
  render(
    <LockScreen
      onOpen={() => {
        unlockThisTab();
        render(null, root);
        start(root);
      }}
    />,
    root,
  );
}

// A join link pasted into a tab already showing Mend changes only the fragment.
window.addEventListener('hashchange', () => {
  if (isThisTabLocked()) return;
  const { pathname } = window.location;
  if (pathname === '/join') captureInviteToken(window.location, window.history);
  else if (pathname === THERAPIST_JOIN_PATH) captureTherapistToken(window.location, window.history);
  else if (LINK_TOKEN_PATHS.includes(pathname)) captureLinkToken(window.location, window.history);
  else return;
  navigate(pathname, { replace: true });
});

const root = document.getElementById('app');
if (root) {
  if (isThisTabLocked()) showLockScreen(root);
  else start(root);

  // A page kept in the back-forward cache is frozen as it was: hidden on the
  // way out, it is shown again only after checking whether quick exit closed
  // the tab meanwhile (from another Mend page of this tab).
  window.addEventListener('pagehide', (event) => {
    if (event.persisted) document.body.hidden = true;
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && isThisTabLocked()) {
      forgetEverything();
      showLockScreen(root);
    }
    document.body.hidden = false;
  });
}
