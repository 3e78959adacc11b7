/**
 * One line under a version saying whether it can still change and why not:
 * locked once the partner answered it, or once a newer version exists.
 */
interface VersionStateProps {
  locked: boolean;
  lockReason: 'answered' | 'revised' | null;
  mine: boolean;
  partnerName: string;
}

export function VersionState({ locked, lockReason, mine, partnerName }: VersionStateProps) {
  if (!locked) {
    return (
      <p class="field__hint">
        {mine
          ? `You can still correct this version until ${partnerName} answers it.`
          : 'Its writer can still correct it until it is answered.'}
      </p>
    );
  }
  return (
    <p class="field__hint">
      {lockReason === 'answered'
        ? 'Kept as it was answered. It can no longer be changed.'
        : 'Kept as it was. A newer version follows; this one can no longer be changed.'}
    </p>
  );
}
