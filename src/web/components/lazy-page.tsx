/**
 * Loads a rarely used screen on demand, so its code is not part of the first
 * screen's JavaScript. `load` must be a stable function with a dynamic import;
 * `props` are handed to the screen once it is there.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface LazyPageProps<P extends object> {
  load: () => Promise<ComponentType<P>>;
  props?: P;
}

export function LazyPage<P extends object>({ load, props }: LazyPageProps<P>) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load()
      .then((component) => setLoaded(() => component))
      .catch(() => setFailed(true));
  }, [load]);
  if (failed) {
    return (
      <p class="form-message" role="alert">
        This page could not be loaded. Please check your connection and reload.
      </p>
    );
  }
  return Loaded ? <Loaded {...(props ?? ({} as P))} /> : <p aria-busy="true">Loading…</p>;
}
