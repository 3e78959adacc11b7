/**
 * Drafts kept in this browser's storage, only when the person allows it
 * (Settings → "Keep drafts in this browser", off by default). Each draft is
 * sealed with AES-GCM by state/draft-vault.ts, loaded only when the setting is
 * on, under a key that cannot be read out (a non-extractable key in IndexedDB);
 * the sealed text lives apart from it, in localStorage. Signing out deletes
 * the drafts and the key; quick exit deletes the setting too, so nothing of
 * Mend is left in the browser's storage.
 *
 * This module holds only what must work before the vault is loaded: the
 * setting, and deleting everything.
 */
export const SETTING_KEY = 'mend.keep-drafts';
export const DRAFT_PREFIX = 'mend.draft.';
export const VAULT_DATABASE = 'mend-drafts';

export function keepsDraftsHere(): boolean {
  try {
    return window.localStorage.getItem(SETTING_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turning it off deletes what was kept; drafts of this tab stay in memory. */
export function setKeepDraftsHere(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(SETTING_KEY, '1');
    else {
      window.localStorage.removeItem(SETTING_KEY);
      clearStoredDraftTexts();
    }
  } catch {
    // Storage turned off: the drafts simply stay in memory.
  }
}

/** Deletes every stored draft and the key that sealed them; the setting stays. */
export function clearStoredDraftTexts(): void {
  try {
    const storage = window.localStorage;
    for (const name of Object.keys(storage)) {
      if (name.startsWith(DRAFT_PREFIX)) storage.removeItem(name);
    }
  } catch {
    // Nothing could be stored either.
  }
  try {
    window.indexedDB?.deleteDatabase(VAULT_DATABASE);
  } catch {
    // No IndexedDB here: there was no key either.
  }
}

/** Quick exit: every trace of Mend in this browser's storage, the setting too. */
export function forgetStoredDrafts(): void {
  clearStoredDraftTexts();
  try {
    window.localStorage.removeItem(SETTING_KEY);
  } catch {
    // As above.
  }
}
