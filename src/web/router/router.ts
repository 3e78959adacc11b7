/**
 * Client-side routing over the History API: the current path lives in a store,
 * links push entries, the back button pops them. The server answers every page
 * path with index.html, so any of these paths can be opened or reloaded.
 */
import { clearAnnouncement } from '../state/announcer';
import { createStore } from '../state/store';

export interface RouteState {
  path: string;
  /** False on the first page load, true after an in-app move: focus follows moves only. */
  navigated: boolean;
  /** Changes on every navigation, even to the same path, so screens can reload. */
  visit: number;
}

export const route = createStore<RouteState>({
  path: window.location.pathname,
  navigated: false,
  visit: 0,
});

/**
 * Moves to `path`. A status message belongs to the screen it was said on, so
 * moving clears it; announce after navigating to say something on arrival.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  clearAnnouncement();
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  route.set({ path: window.location.pathname, navigated: true, visit: route.get().visit + 1 });
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => {
  clearAnnouncement();
  route.set({ path: window.location.pathname, navigated: true, visit: route.get().visit + 1 });
});
