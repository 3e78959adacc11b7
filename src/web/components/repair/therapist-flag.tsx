/**
 * "Therapist may see" on a repair entry: offered only when the couple has a
 * therapist (or one invited), off unless turned on, and said plainly.
 */
import { useEffect, useState } from 'preact/hooks';
import { therapistOperations } from '../../../contract/operations/therapist';
import { call } from '../../api/client';

/** Whether a therapist can see, or is about to: only then does the flag mean something. */
export function useHasTherapist(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    call(therapistOperations.listTherapistGrants)
      .then(({ items }) =>
        setHas(items.some((grant) => grant.status === 'active' || grant.status === 'invited')),
      )
      .catch(() => setHas(false));
  }, []);
  return has;
}

interface TherapistFlagProps {
  id: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}

export function TherapistFlag({ id, checked, onChange }: TherapistFlagProps) {
  return (
    <div class="field">
      <div class="check">
        <input
          type="checkbox"
          id={id}
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby={`${id}-hint`}
        />
        <label for={id}>Therapist may see this</label>
      </div>
      <p id={`${id}-hint`} class="field__hint">
        Off unless you turn it on. Your therapist then reads this entry; nothing private.
      </p>
    </div>
  );
}
