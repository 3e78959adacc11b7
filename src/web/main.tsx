/**
 * Entry point: read an invite token (a partner's or a therapist's) from the
 * address, then drop it from the URL; learn who is signed in, and render.
 */
import { render } from 'preact';
import { App } from './app';
import { navigate } from './router/router';
import { captureInviteToken } from './state/invite-token';
import { refreshSession } from './state/session';
import { captureTherapistToken, THERAPIST_JOIN_PATH } from './state/therapist-token';
import './offline/check-in-queue';
import './styles/app.css';

captureInviteToken(window.location, window.history);
captureTherapistToken(window.location, window.history);

// A join link pasted into a tab already showing Mend changes only the fragment.
window.addEventListener('hashchange', () => {
  const { pathname } = window.location;
  if (pathname === '/join') captureInviteToken(window.location, window.history);
  else if (pathname === THERAPIST_JOIN_PATH) captureTherapistToken(window.location, window.history);
  else return;
  navigate(pathname, { replace: true });
});

const root = document.getElementById('app');
if (root) {
  render(<App />, root);
  refreshSession().catch(() => {
    root.textContent = 'Mend could not reach the server. Please check your connection and reload.';
  });
}
