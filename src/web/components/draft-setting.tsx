/**
 * "Keep drafts in this browser": off by default. Drafts always stay in memory
 * while the tab is open; with this on they also survive a reload or a closed
 * tab, sealed in this browser's storage (state/draft-storage.ts). A choice of
 * this browser, not of the account, so it is stored here, not on the server.
 */
import { useState } from 'preact/hooks';
import { announce } from '../state/announcer';
import { keepsDraftsHere, setKeepDraftsHere } from '../state/draft-storage';

export function DraftSetting() {
  const [on, setOn] = useState(keepsDraftsHere);
  const change = (next: boolean) => {
    setKeepDraftsHere(next);
    setOn(keepsDraftsHere());
    announce(
      next
        ? 'Drafts are now kept in this browser, sealed, until they are sent or you sign out.'
        : 'Drafts are no longer kept in this browser. Any kept here are deleted.',
    );
  };
  return (
    <div class="field">
      <div class="check">
        <input
          type="checkbox"
          id="keep-drafts"
          checked={on}
          onChange={(event) => change(event.currentTarget.checked)}
          aria-describedby="keep-drafts-hint"
        />
        <label for="keep-drafts">Keep drafts in this browser</label>
      </div>
      <p id="keep-drafts-hint" class="field__hint">
        Off unless you turn it on. What you write is always kept while this tab is open. With this
        on, an unsent draft also comes back after a reload or a closed tab: it is stored sealed
        (encrypted) on this device, and deleted when it is sent, when you sign out, or on quick
        exit. Leave it off on a device someone else uses.
      </p>
    </div>
  );
}
