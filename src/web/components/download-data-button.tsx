/** The "Download my data" button, with its own status and error beside it. */
import { useState } from 'preact/hooks';
import { formErrorsFrom } from '../api/form-errors';
import { announce } from '../state/announcer';
import { downloadMyData } from './download-data';
import { FormMessage } from './form-message';

interface DownloadDataButtonProps {
  label?: string;
  /** A gentle suggestion elsewhere (leaving the space) is not the main action there. */
  quiet?: boolean;
}

export function DownloadDataButton({ label = 'Download my data', quiet }: DownloadDataButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const name = await downloadMyData();
      announce(`Your data is saved as ${name}. Keep it somewhere safe.`);
    } catch (failure) {
      setError(formErrorsFrom(failure, {}).general);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        class={quiet ? 'button' : 'button button--primary'}
        aria-disabled={busy ? 'true' : undefined}
        onClick={() => void download()}
      >
        {busy ? 'Preparing your file…' : label}
      </button>
      <FormMessage message={error} />
    </>
  );
}
