/**
 * Recovery codes, shown once: what they are for, the codes, ways to keep them
 * (copy, save as a file), and a clear "I saved them" step before they vanish.
 */
import { useState } from 'preact/hooks';
import { announce } from '../state/announcer';
import { saveFile } from './download-data';
import { FocusHeading } from './focus-heading';

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      announce('The codes are copied. Paste them somewhere safe.');
    } catch {
      announce('Copying did not work here. Please save them as a file or write them down.');
    }
  };

  const done = () => {
    if (!saved) {
      setError('Please save the codes first, then tick this box.');
      document.getElementById('codes-saved')?.focus();
      return;
    }
    onDone();
  };

  return (
    <section class="card card--highlight" aria-labelledby="codes-heading">
      <FocusHeading id="codes-heading" focus>
        Save your recovery codes
      </FocusHeading>
      <p>
        If you ever lose your phone or your passkey, each of these codes lets you sign in once. Mend
        shows them only now, and cannot show them again.
      </p>
      <p>
        Keep them somewhere safe and private: a password manager, or on paper, away from this
        device.
      </p>
      <ol class="codes" aria-label="Your recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div class="actions">
        <button type="button" class="button" onClick={() => void copy()}>
          Copy the codes
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            saveFile('mend-recovery-codes.txt', `${codes.join('\n')}\n`, 'text/plain');
            announce('The codes are saved as mend-recovery-codes.txt.');
          }}
        >
          Save as a file
        </button>
      </div>
      <div class={error ? 'check field--invalid' : 'check'}>
        <input
          type="checkbox"
          id="codes-saved"
          checked={saved}
          onChange={(event) => {
            setSaved(event.currentTarget.checked);
            setError(null);
          }}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'codes-saved-error' : undefined}
        />
        <label for="codes-saved">I have saved these codes somewhere safe</label>
      </div>
      {error && (
        <p id="codes-saved-error" class="field__error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button--primary" onClick={done}>
          Done
        </button>
      </div>
    </section>
  );
}
