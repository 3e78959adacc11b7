/**
 * Keeps a long text field's draft (state/drafts.ts) for the field with this
 * id on this screen: every change is kept, and a field that opens where a
 * draft was left takes it back — from memory at once, or from this browser's
 * storage when the person allows it. Words differing from what the field
 * opened with count as unsent, so leaving asks first. The field marks itself
 * with `data-draft`, so the form's submit can drop the draft once it is sent.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { route } from '../router/router';
import { draftInMemory, draftKey, registerField, storedDraft, writeDraft } from '../state/drafts';

export interface DraftBinding {
  /** For the field's data-draft attribute. */
  key: string;
  /** Call on every change instead of onValue. */
  onInput: (text: string) => void;
  /** True once an earlier draft was put back in the field. */
  restored: boolean;
}

export function useDraft(id: string, value: string, onValue: (text: string) => void): DraftBinding {
  const [key] = useState(() => draftKey(route.get().path, id));
  const opened = useRef(value);
  const current = useRef(value);
  current.current = value;
  const [restored, setRestored] = useState(false);

  // Before the first paint, so a field never shows empty and then fills.
  useLayoutEffect(() => {
    const unregister = registerField(
      key,
      () => current.current.trim() !== '' && current.current !== opened.current,
      () => {
        opened.current = current.current;
      },
    );
    let open = true;
    const put = (draft: string | undefined) => {
      if (!open || draft === undefined || draft === current.current) return;
      current.current = draft;
      onValue(draft);
      setRestored(true);
    };
    const inMemory = draftInMemory(key);
    if (inMemory !== undefined) put(inMemory);
    else {
      void storedDraft(key).then((draft) => {
        // Only into a field nobody has typed in since it opened.
        if (current.current === opened.current) put(draft);
      });
    }
    return () => {
      open = false;
      unregister();
    };
    // The field's draft is read once, when it opens (onValue may change every render).
  }, [key]);

  return {
    key,
    restored,
    onInput: (text: string) => {
      current.current = text;
      // Back to what it opened with: nothing to keep.
      writeDraft(key, text === opened.current ? '' : text);
      onValue(text);
    },
  };
}
