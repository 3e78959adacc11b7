/**
 * The quick-exit mark on this tab. Entries that full page loads put in the
 * tab's history cannot be removed by a page, so after a quick exit they are
 * made harmless instead: the tab is marked in sessionStorage (which belongs to
 * this one tab and ends with it), and every Mend page this tab loads, or brings
 * back from the browser's back-forward cache, opens on a neutral lock screen
 * until the person deliberately opens Mend again. The mark is one word and says
 * nothing about what was on screen.
 */
const LOCK_KEY = 'closed';

export function lockThisTab(): void {
  try {
    window.sessionStorage.setItem(LOCK_KEY, '1');
  } catch {
    // Storage may be turned off; quick exit still goes ahead.
  }
}

export function isThisTabLocked(): boolean {
  try {
    return window.sessionStorage.getItem(LOCK_KEY) === '1';
  } catch {
    return false;
  }
}

export function unlockThisTab(): void {
  try {
    window.sessionStorage.removeItem(LOCK_KEY);
  } catch {
    // Nothing was stored, then.
  }
}
