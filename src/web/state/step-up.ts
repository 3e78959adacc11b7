/**
 * Step-up: the server refuses sensitive changes (e-mail, password, second
 * factor, export, deleting the account) with 403 `reauthentication-required`
 * unless the person proved who they are in the last few minutes. `withStepUp`
 * runs an action, and on that answer asks for the password (and second factor)
 * in a dialog, then runs the action once more.
 */
import { isProblem, StepUpCancelled } from '../api/client';
import { whenSignedOut } from './session';
import { createStore } from './store';

export interface StepUpRequest {
  /** Changes with every request, so the dialog's form starts empty each time. */
  serial: number;
  resolve: () => void;
  reject: (reason: Error) => void;
}

export const stepUpRequest = createStore<StepUpRequest | null>(null);

let serial = 0;

/** Opens the dialog; resolves once the server accepted the proof, rejects if it was closed. */
export function confirmIdentity(): Promise<void> {
  stepUpRequest.get()?.reject(new StepUpCancelled('A newer confirmation was asked for'));
  return new Promise((resolve, reject) => {
    serial += 1;
    stepUpRequest.set({ serial, resolve, reject });
  });
}

/** The dialog's answer: settle the waiting request and close. */
export function settleStepUp(outcome: 'confirmed' | 'cancelled'): void {
  const request = stepUpRequest.get();
  if (!request) return;
  stepUpRequest.set(null);
  if (outcome === 'confirmed') request.resolve();
  else request.reject(new StepUpCancelled('The confirmation was closed'));
}

export const needsStepUp = (error: unknown): boolean =>
  isProblem(error, 'reauthentication-required') && error.status === 403;

export async function withStepUp<T>(action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (!needsStepUp(error)) throw error;
    await confirmIdentity();
    return action();
  }
}

whenSignedOut(() => settleStepUp('cancelled'));
