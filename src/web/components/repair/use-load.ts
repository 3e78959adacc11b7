/**
 * Loads what a screen shows, once, and again on `reload()` after a change.
 * A failure becomes one calm sentence for the screen to show.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client';
import { formErrorsFrom } from '../../api/form-errors';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  reload: () => Promise<void>;
  /** Replace what is shown with what a write answered, without asking again. */
  set: (data: T) => void;
}

export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The caller's deps decide when `load` is a new question.
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setData(await run());
      setError(null);
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 404
          ? 'This is not here. It may belong to a space you are no longer part of, or the address is mistyped.'
          : formErrorsFrom(failure, {}).general,
      );
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, reload, set: setData };
}
