/**
 * Loads what a screen shows, once, and again on `reload()` after a change.
 * A failure becomes one calm sentence for the screen to show.
 *
 * Answers can arrive out of order (a slow network, a key that changed while a
 * question was out), so each question is numbered and only the newest one may
 * change what is shown: an answer for an earlier key, or one overtaken by a
 * newer reload, is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
  /** The number of the newest question; an answer to any other is stale. */
  const newest = useRef(0);
  // The caller's deps decide when `load` is a new question.
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    const asked = ++newest.current;
    try {
      const answer = await run();
      if (asked !== newest.current) return;
      setData(answer);
      setError(null);
    } catch (failure) {
      if (asked !== newest.current) return;
      setError(
        failure instanceof ApiError && failure.status === 404
          ? 'This is not here. It may belong to a space you are no longer part of, or the address is mistyped.'
          : formErrorsFrom(failure, {}).general,
      );
    }
  }, [run]);
  useEffect(() => {
    // A new key: what is shown belongs to the old one (on the first load, nothing is shown yet).
    setData(null);
    setError(null);
    void reload();
    return () => {
      // Leaving the screen: no answer still out may change it.
      newest.current += 1;
    };
  }, [reload]);
  return { data, error, reload, set: setData };
}
