/**
 * The invite link made on this device, kept in memory only, so it survives a
 * move between screens but not a sign-out or a reload. The server keeps only a
 * hash of its token, so a new link can always be made (it replaces the old one).
 */
import type { InviteAnswer } from '../api/types';
import { whenSignedOut } from './session';
import { createStore } from './store';

export const inviteLink = createStore<InviteAnswer | null>(null);

whenSignedOut(() => inviteLink.set(null));
