/**
 * The invite token from a `/join#token` link. It travels in the fragment, which
 * browsers never send to a server, and once read it is kept only in memory and
 * taken out of the address bar, so it stays out of history and logs alike.
 */
import { whenSignedOut } from './session';

let pendingToken: string | null = null;

/** Reads the token when the app opens on /join, then removes it from the URL. */
export function captureInviteToken(location: Location, history: History): void {
  if (location.pathname !== '/join') return;
  const token = safeDecode(location.hash.replace(/^#/, '')).trim();
  if (token) {
    pendingToken = token;
    history.replaceState(history.state, '', '/join');
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export const pendingInviteToken = (): string | null => pendingToken;

export function forgetInviteToken(): void {
  pendingToken = null;
}

whenSignedOut(forgetInviteToken);
