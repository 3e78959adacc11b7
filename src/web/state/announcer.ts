/**
 * Status messages for the live region: saved, sent, copied, signed out. Screen
 * readers hear them without focus moving; sighted people see them too.
 */
import { createStore } from './store';

export interface Announcement {
  message: string;
  /** Increases with every call, so the same words said twice are heard twice. */
  serial: number;
}

export const announcement = createStore<Announcement>({ message: '', serial: 0 });

export function announce(message: string): void {
  announcement.set({ message, serial: announcement.get().serial + 1 });
}

export function clearAnnouncement(): void {
  announcement.set({ message: '', serial: announcement.get().serial + 1 });
}
