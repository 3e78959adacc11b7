/**
 * "Therapist may see" on a check-in: off unless turned on, and said plainly —
 * the therapist then sees this day's ratings, and the note only if it is
 * shared with the partner too. A note kept to oneself stays one's own.
 */
interface TherapistMaySeeProps {
  checked: boolean;
  noteShared: boolean;
  onChange: (value: boolean) => void;
}

export function TherapistMaySee({ checked, noteShared, onChange }: TherapistMaySeeProps) {
  return (
    <div class="field">
      <div class="check">
        <input
          type="checkbox"
          id="therapist-may-see"
          checked={checked}
          onChange={(event) => onChange(event.currentTarget.checked)}
          aria-describedby="therapist-may-see-hint"
        />
        <label for="therapist-may-see">Therapist may see this check-in</label>
      </div>
      <p id="therapist-may-see-hint" class="field__hint">
        Off unless you turn it on. Your therapist then sees today’s answers
        {noteShared
          ? ', and your note, because you share it with your partner.'
          : '. A note is shown to them only if you share it with your partner; a note just for you stays just for you.'}
      </p>
    </div>
  );
}
