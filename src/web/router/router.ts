/**
 * Client-side routing over the History API: the current path lives in a store,
 * links push entries, the back button pops them. The server answers every page
 * path with index.html, so any of these paths can be opened or reloaded.
 *
 * Each entry this page adds is numbered, so quick exit can walk back to the
 * first one and replace it: the back button then leads away from Mend, not to
 * an earlier Mend screen.
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

/** Marks entries made by this page load; entries of an earlier load are not walked. */
const PAGE_LOAD = Math.random().toString(36).slice(2);

interface EntryState {
  mend: string;
  index: number;
}

/** How many entries this page load added before the current one (0 when unsure). */
export function entryIndex(): number {
  const state = window.history.state as Partial<EntryState> | null;
  return state?.mend === PAGE_LOAD && typeof state.index === 'number' ? state.index : 0;
}

const entry = (index: number): EntryState => ({ mend: PAGE_LOAD, index });

/**
 * Moves to `path`. A status message belongs to the screen it was said on, so
 * moving clears it; announce after navigating to say something on arrival.
 */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  clearAnnouncement();
  if (options.replace) window.history.replaceState(entry(entryIndex()), '', path);
  else window.history.pushState(entry(entryIndex() + 1), '', path);
  route.set({ path: window.location.pathname, navigated: true, visit: route.get().visit + 1 });
  window.scrollTo(0, 0);
}

/**
 * Goes back to the first entry this page load made, then runs `then` there.
 * Those entries share this document, so the walk is quick and leaves no page
 * load behind; a timer stands in if the browser never says it arrived.
 */
export function backToFirstEntry(then: () => void): void {
  const steps = entryIndex();
  if (steps <= 0) {
    then();
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    then();
  };
  window.addEventListener('popstate', finish, { once: true });
  window.setTimeout(finish, 500);
  window.history.go(-steps);
}

window.history.replaceState(entry(0), '');

window.addEventListener('popstate', () => {
  clearAnnouncement();
  route.set({ path: window.location.pathname, navigated: true, visit: route.get().visit + 1 });
});
