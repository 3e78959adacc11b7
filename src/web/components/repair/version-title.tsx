/**
 * The heading of one version in a list of versions, marked when it is the
 * newest. It takes focus (tabIndex -1) after a change to that version.
 */
import type { ComponentChildren } from 'preact';

export function VersionTitle({
  id,
  latest,
  children,
}: {
  id: string;
  latest: boolean;
  children: ComponentChildren;
}) {
  return (
    <h3 id={id} class="version__title" tabIndex={-1}>
      {children}
      {latest && (
        <>
          {' '}
          <span class="tag">Newest</span>
        </>
      )}
    </h3>
  );
}
