/**
 * Status messages for the live region: saved, sent, copied, signed out. Screen
 * readers hear them without focus moving; sighted people see them too — at
 * the top, or, for the result of a form that stays on screen, beside that
 * form's button (`near`), where the person's eyes already are.
 */
import { createStore } from './store';

export interface Announcement {
  message: string;
  /** Increases with every call, so the same words said twice are heard twice. */
  serial: number;
  /** The form whose result this is: it is shown beside its button. */
  near?: Element;
}

export const announcement = createStore<Announcement>({ message: '', serial: 0 });

export function announce(message: string, near?: Element): void {
  announcement.set({ message, serial: announcement.get().serial + 1, ...(near ? { near } : {}) });
}

/** The message just said belongs beside `near`'s button; it is not said again. */
export function keepBeside(near: Element): void {
  const current = announcement.get();
  if (current.message) announcement.set({ ...current, near });
}

/** Whether the live region's message is shown beside a form still on screen. */
export function shownBeside(current: Announcement): boolean {
  return current.near !== undefined && current.near.isConnected;
}

export function clearAnnouncement(): void {
  announcement.set({ message: '', serial: announcement.get().serial + 1 });
}
