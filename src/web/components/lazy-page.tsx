/**
 * Loads a rarely used screen on demand, so its code is not part of the first
 * screen's JavaScript. `load` must be a stable function with a dynamic import.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function LazyPage({ load }: { load: () => Promise<ComponentType> }) {
  const [Loaded, setLoaded] = useState<ComponentType | null>(null);
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
  return Loaded ? <Loaded /> : <p aria-busy="true">Loading…</p>;
}
