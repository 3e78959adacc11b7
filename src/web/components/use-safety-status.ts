/** The member's own safety-check status, fetched fresh for the screen that needs it. */
import { useEffect, useState } from 'preact/hooks';
import { safetyOperations } from '../../contract/operations/safety';
import { call } from '../api/client';
import type { SafetyStatus } from '../api/types';
import { formErrorsFrom } from '../api/form-errors';

export interface SafetyStatusState {
  status: SafetyStatus | null;
  error: string | null;
  setStatus: (status: SafetyStatus) => void;
}

export function useSafetyStatus(enabled = true): SafetyStatusState {
  const [status, setStatus] = useState<SafetyStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!enabled) return;
    call(safetyOperations.getSafetyCheck)
      .then(({ safety }) => setStatus(safety))
      .catch((failure: unknown) => setError(formErrorsFrom(failure, {}).general));
  }, [enabled]);
  return { status, error, setStatus };
}
