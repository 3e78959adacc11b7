/**
 * Check-ins written while the device is offline wait here, in memory only
 * (never in persistent browser storage: they may hold a private note), and are
 * sent when the browser says it is back online. A check-in is an upsert on
 * (member, day), so resending is safe, and later edits of the same day simply
 * overwrite earlier ones in the queue.
 */
import { checkInOperations } from '../../contract/operations/check-ins';
import { ApiError, call, OfflineError } from '../api/client';
import type { CheckIn, PutCheckInBody } from '../api/types';
import { describeProblem } from '../api/form-errors';
import { announce } from '../state/announcer';
import { whenSignedOut } from '../state/session';
import { createStore } from '../state/store';

/** Bodies waiting to be sent, by day: each always names its day explicitly. */
const waiting = new Map<string, PutCheckInBody>();

/** How many days are waiting, for screens that want to say so. */
export const waitingCount = createStore(0);

/** The last check-in sent from the queue, so a form still open for its day shows it is sent. */
export const sentCheckIn = createStore<{ day: string; checkIn: CheckIn } | null>(null);

/** What is waiting to be sent for a day, so the form can show it instead of older answers. */
export function waitingCheckIn(day: string): PutCheckInBody | undefined {
  return waiting.get(day);
}

export type SaveResult = { status: 'saved'; checkIn: CheckIn } | { status: 'queued' };

export async function saveCheckIn(body: PutCheckInBody & { day: string }): Promise<SaveResult> {
  try {
    const { checkIn } = await call(checkInOperations.putCheckIn, { body });
    // A newer answer for the same day was just saved: the queued one is stale.
    waiting.delete(body.day);
    waitingCount.set(waiting.size);
    return { status: 'saved', checkIn };
  } catch (error) {
    if (!(error instanceof OfflineError)) throw error;
    waiting.set(body.day, { ...waiting.get(body.day), ...body });
    waitingCount.set(waiting.size);
    return { status: 'queued' };
  }
}

let sending = false;

export async function sendWaitingCheckIns(): Promise<void> {
  if (sending || waiting.size === 0) return;
  sending = true;
  try {
    for (const [day, body] of [...waiting]) {
      try {
        const { checkIn } = await call(checkInOperations.putCheckIn, { body });
        // Only drop it if nothing newer was queued for that day while sending.
        if (waiting.get(day) === body) waiting.delete(day);
        waitingCount.set(waiting.size);
        announce('You are back online. Your check-in has been sent.');
        sentCheckIn.set({ day, checkIn });
      } catch (error) {
        if (error instanceof OfflineError) break;
        waiting.delete(day);
        announce(
          `Your check-in could not be sent: ${error instanceof ApiError ? describeProblem(error) : 'something went wrong'}. Please open it and save it again.`,
        );
      }
    }
  } finally {
    sending = false;
    waitingCount.set(waiting.size);
  }
}

window.addEventListener('online', () => void sendWaitingCheckIns());

whenSignedOut(() => {
  waiting.clear();
  waitingCount.set(0);
  sentCheckIn.set(null);
});
