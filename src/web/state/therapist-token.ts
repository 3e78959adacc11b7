/**
 * The token from a therapist's `/therapist/join#token` link. Like a partner's
 * invite it travels in the fragment, never sent to a server; once read it is
 * kept in memory only and taken out of the address bar.
 */
import { whenSignedOut } from './session';

export const THERAPIST_JOIN_PATH = '/therapist/join';

let pendingToken: string | null = null;

export function captureTherapistToken(location: Location, history: History): void {
  if (location.pathname !== THERAPIST_JOIN_PATH) return;
  let token = location.hash.replace(/^#/, '');
  try {
    token = decodeURIComponent(token);
  } catch {
    // Keep it as it came; the server says whether it is valid.
  }
  token = token.trim();
  if (token) {
    pendingToken = token;
    history.replaceState(history.state, '', THERAPIST_JOIN_PATH);
  }
}

export const pendingTherapistToken = (): string | null => pendingToken;

export function forgetTherapistToken(): void {
  pendingToken = null;
}

whenSignedOut(forgetTherapistToken);
