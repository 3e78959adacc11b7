/**
 * What a tab shows after a quick exit when Mend's pages come back (Back,
 * Forward, reload, an old entry in the history): a plain page that names
 * nothing and shows nothing, until the person chooses to open Mend again.
 * It needs no request and no other module, so it appears at once.
 */
interface LockScreenProps {
  onOpen: () => void;
}

export function LockScreen({ onOpen }: LockScreenProps) {
  return (
    <main class="lock-screen" id="main" tabIndex={-1}>
      <h1>This page is closed</h1>
      <p>Nothing is shown here until you choose to open it again.</p>
      <button type="button" class="button" onClick={onOpen}>
        Open again
      </button>
    </main>
  );
}
