/**
 * Drafts of long texts, so that what someone found the courage to write is
 * not lost to a reload, the Back button or a tap on a menu link. Every long
 * text field keeps its draft here while it is written (components/use-draft.ts),
 * under the screen's address and the field's id; the draft goes once the form
 * is sent, on sign-out and on quick exit. In memory always; in this browser's
 * storage, sealed, only when the person allows it (draft-storage.ts).
 *
 * The fields on screen also register here, so leaving a form with unsent words
 * asks first: a confirm for a link inside the app (router/link.tsx), the
 * browser's own question for a reload or closing the tab.
 */
import { clearStoredDraftTexts, keepsDraftsHere } from './draft-storage';
import type * as DraftVault from './draft-vault';
import { session, whenSignedOut } from './session';

const memory = new Map<string, string>();

/** Fields on screen, by draft key: whether each holds words not sent yet. */
const onScreen = new Map<string, { unsent: () => boolean; sent: () => void }>();

/** The draft key of a field: the screen's address and the field's id. */
export function draftKey(path: string, fieldId: string): string {
  return `${path}#${fieldId}`;
}

export function draftInMemory(key: string): string | undefined {
  return memory.get(key);
}

let vaultModule: Promise<typeof DraftVault> | null = null;
/** The sealing code loads only once the setting is on and a draft is kept or read. */
const vault = () => (vaultModule ??= import('./draft-vault'));

/** Whose drafts: a stored draft opens only for the person who wrote it. */
function slotFor(key: string): string | null {
  const state = session.get();
  return state.status === 'signed-in' ? `${state.me.member.id}:${key}` : null;
}

const pendingWrites = new Map<string, ReturnType<typeof setTimeout>>();
const WRITE_AFTER_MS = 400;

function storeLater(key: string, text: string): void {
  if (!keepsDraftsHere()) return;
  const slot = slotFor(key);
  if (!slot) return;
  clearTimeout(pendingWrites.get(key));
  pendingWrites.set(
    key,
    setTimeout(() => {
      pendingWrites.delete(key);
      // A failure keeps the draft in memory: nothing more to do.
      void vault()
        .then((v) => v.sealDraft(slot, text))
        .catch(() => undefined);
    }, WRITE_AFTER_MS),
  );
}

export function writeDraft(key: string, text: string): void {
  if (text) memory.set(key, text);
  else memory.delete(key);
  storeLater(key, text);
}

export function dropDraft(key: string): void {
  writeDraft(key, '');
}

/** The stored draft for `key`, when the setting is on and one was kept. */
export async function storedDraft(key: string): Promise<string | undefined> {
  if (!keepsDraftsHere()) return undefined;
  const slot = slotFor(key);
  if (!slot) return undefined;
  try {
    return await (await vault()).openDraft(slot);
  } catch {
    return undefined;
  }
}

/**
 * A field on screen: `unsent` says whether it holds words not sent yet, `sent`
 * tells it that what it holds now was sent (its form stays on screen).
 */
export function registerField(key: string, unsent: () => boolean, sent: () => void): () => void {
  const entry = { unsent, sent };
  onScreen.set(key, entry);
  return () => {
    if (onScreen.get(key) === entry) onScreen.delete(key);
  };
}

export function hasUnsentWords(): boolean {
  return [...onScreen.values()].some((field) => field.unsent());
}

export const LEAVE_QUESTION =
  'What you wrote here is not sent yet. Leave this page anyway? Mend keeps it as a draft and brings it back when you return.';

/** For a link inside the app: true when it may go (nothing unsent, or the person said so). */
export function mayLeaveForm(): boolean {
  return !hasUnsentWords() || window.confirm(LEAVE_QUESTION);
}

/** The draft keys of the fields in a form, read before it is sent. */
export function draftKeysIn(form: Element | null): string[] {
  if (!form) return [];
  return [...form.querySelectorAll<HTMLElement>('[data-draft]')].map((el) => el.dataset['draft']!);
}

/** After a form was sent: its drafts are done with, and its fields hold nothing unsent. */
export function dropDrafts(keys: string[]): void {
  for (const key of keys) {
    dropDraft(key);
    onScreen.get(key)?.sent();
  }
}

function forgetDrafts(): void {
  memory.clear();
  for (const timer of pendingWrites.values()) clearTimeout(timer);
  pendingWrites.clear();
  clearStoredDraftTexts();
  void vaultModule?.then((v) => v.forgetKey()).catch(() => undefined);
}

whenSignedOut(forgetDrafts);

window.addEventListener('beforeunload', (event) => {
  if (!hasUnsentWords()) return;
  event.preventDefault();
  // Older browsers ask only when returnValue is set.
  event.returnValue = '';
});
