/**
 * How a long text field speaks about its length. Under the cap it counts; over
 * it — often after a paste — it says plainly by how much, and the field keeps
 * every character (no maxlength cuts it), so nothing vanishes silently; the
 * form refuses to send until the text fits (use-form-submit.ts).
 */
import { useState } from 'preact/hooks';

const number = (n: number) => n.toLocaleString('en-GB');

export function lengthMessage(length: number, max: number, pasted: number | null): string {
  if (length <= max) return `${number(length)} of ${number(max)} characters.`;
  const over = number(length - max);
  const what =
    pasted !== null
      ? `You pasted ${number(pasted)} characters`
      : `This is ${number(length)} characters`;
  return `${what}; the limit is ${number(max)} — shorten it by ${over} to send.`;
}

/** What the form says beside its button when a text is still too long. */
export function tooLongMessage(length: number, max: number): string {
  const over = length - max;
  return `One text is too long to send: shorten it by ${number(over)} ${over === 1 ? 'character' : 'characters'}, then send again.`;
}

/**
 * Remembers the size of the last paste, so the message can name it; typing
 * more after it, or a text that fits again, forgets it.
 */
export function usePasteLength(length: number, max: number) {
  const [pasted, setPasted] = useState<number | null>(null);
  const onPaste = (event: ClipboardEvent) => {
    setPasted((event.clipboardData?.getData('text') ?? '').length);
  };
  const onInputType = (inputType: string) => {
    if (inputType.startsWith('insert') && inputType !== 'insertFromPaste') setPasted(null);
  };
  return { pasted: length > max ? pasted : null, onPaste, onInputType };
}
