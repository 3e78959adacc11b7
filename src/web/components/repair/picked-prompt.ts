/**
 * The prompt picked to start a conversation, in memory only, so it can travel
 * from the library to the "log a conversation" form without entering the
 * address bar. Dropped on sign-out and quick exit.
 */
import type { Prompt } from '../../api/types';
import { whenSignedOut } from '../../state/session';
import { createStore } from '../../state/store';

export const pickedPrompt = createStore<Pick<Prompt, 'id' | 'text'> | null>(null);

whenSignedOut(() => pickedPrompt.set(null));
