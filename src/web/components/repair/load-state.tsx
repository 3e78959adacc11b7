/**
 * What a screen shows about its loading: the failure, if loading failed, and
 * a busy line until the first answer arrives. The failure stays in view after
 * a later reload fails, above what was shown before.
 */
import { FormMessage } from '../form-message';
import type { Loaded } from './use-load';

export function LoadState({
  loaded,
  busyText,
}: {
  loaded: Pick<Loaded<unknown>, 'data' | 'error'>;
  busyText: string;
}) {
  return (
    <>
      <FormMessage message={loaded.error} />
      {!loaded.data && !loaded.error && <p aria-busy="true">{busyText}</p>}
    </>
  );
}
