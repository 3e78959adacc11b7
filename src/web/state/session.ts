/**
 * Who is signed in, and their space, as the server last told us. The session
 * itself is an HttpOnly cookie the app never sees; this is only what to show.
 */
import { ApiError, call, whenUnauthenticated } from '../api/client';
import type { MeAnswer } from '../api/types';
import { accountOperations } from '../../contract/operations/accounts';
import { clearAnnouncement } from './announcer';
import { createStore } from './store';

export type SessionState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: MeAnswer };

export const session = createStore<SessionState>({ status: 'loading' });

/** Listeners that drop in-memory data when the person signs out. */
const onSignedOut = new Set<() => void>();
export function whenSignedOut(clear: () => void): void {
  onSignedOut.add(clear);
}

/**
 * Only a real sign-out (or an expired session) clears memory: learning at
 * start-up that nobody is signed in must keep an invite token read from the link.
 */
export function markSignedOut(): void {
  const wasSignedIn = session.get().status === 'signed-in';
  session.set({ status: 'signed-out' });
  if (wasSignedIn) for (const clear of onSignedOut) clear();
}

/**
 * Quick exit: drops everything the app holds in memory at once, without
 * waiting for a request (leaving must not wait for the network; quick exit
 * ends the session on its own, fire and forget).
 */
export function forgetEverything(): void {
  session.set({ status: 'signed-out' });
  for (const clear of onSignedOut) clear();
  clearAnnouncement();
}

/** Asks the server who we are; a 401 simply means nobody is signed in. */
export async function refreshSession(): Promise<SessionState> {
  try {
    session.set({ status: 'signed-in', me: await call(accountOperations.getMe) });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) markSignedOut();
    else if (session.get().status === 'loading') throw error;
    // Otherwise keep showing what we had: a passing network error is no reason to sign out.
  }
  return session.get();
}

whenUnauthenticated(() => {
  if (session.get().status === 'signed-in') markSignedOut();
});
