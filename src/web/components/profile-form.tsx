/** Display name and time zone, saved together with PATCH /me. */
import { useState } from 'preact/hooks';
import { DISPLAY_NAME_MAX } from '../../contract/limits';
import { accountOperations } from '../../contract/operations/accounts';
import { call } from '../api/client';
import type { Member } from '../api/types';
import { formErrorsFrom, noErrors } from '../api/form-errors';
import { announce } from '../state/announcer';
import { refreshSession } from '../state/session';
import { FormMessage } from './form-message';
import { SubmitButton } from './submit-button';
import { TextField } from './text-field';
import { TimeZoneField } from './time-zone-field';
import { useFocusFirstError } from './use-focus-first-error';

const LABELS = { displayName: 'Your name', timeZone: 'Time zone' };

export function ProfileForm({ member }: { member: Member }) {
  const [displayName, setDisplayName] = useState(member.displayName);
  const [timeZone, setTimeZone] = useState(member.timeZone);
  const [errors, setErrors] = useState(noErrors);
  const [busy, setBusy] = useState(false);
  const formRef = useFocusFirstError(errors);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      const saved = await call(accountOperations.updateMe, { body: { displayName, timeZone } });
      setDisplayName(saved.member.displayName);
      setTimeZone(saved.member.timeZone);
      await refreshSession();
      announce('Your changes are saved.');
    } catch (error) {
      setErrors(formErrorsFrom(error, LABELS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={formRef} class="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="profile-name"
        label={LABELS.displayName}
        hint="This is how your partner sees you."
        autoComplete="nickname"
        value={displayName}
        onValue={setDisplayName}
        error={errors.fields['displayName']}
        maxLength={DISPLAY_NAME_MAX}
        required
      />
      <TimeZoneField
        id="profile-time-zone"
        value={timeZone}
        onValue={setTimeZone}
        error={errors.fields['timeZone']}
      />
      <FormMessage message={errors.general} />
      <SubmitButton busy={busy} busyLabel="Saving…">
        Save changes
      </SubmitButton>
    </form>
  );
}
