/**
 * The time-zone field: free text with the browser's list of zones as
 * suggestions, so an unusual zone can still be typed. The server checks it.
 */
import { TextField } from './text-field';
import { knownTimeZones } from './time-zones';

interface TimeZoneFieldProps {
  id: string;
  value: string;
  onValue: (value: string) => void;
  error?: string | undefined;
}

export function TimeZoneField({ id, value, onValue, error }: TimeZoneFieldProps) {
  const listId = `${id}-options`;
  return (
    <>
      <TextField
        id={id}
        label="Time zone"
        hint="Mend uses it to know when your day begins and ends. It is set from this device; change it if it is wrong."
        value={value}
        onValue={onValue}
        error={error}
        list={listId}
        required
        autoComplete="off"
      />
      <datalist id={listId}>
        {knownTimeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
