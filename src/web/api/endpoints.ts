/**
 * One typed function per API operation the app uses, named after its
 * operationId. Types come from the shared contract as types only, so no
 * schema library reaches the browser.
 */
import type { Member } from '../../contract/accounts';
import type { CheckIn, CheckInList, PutCheckInBody } from '../../contract/check-ins';
import type { InviteAnswer, MeAnswer, Space } from '../../contract/spaces';
import { apiRequest } from './client';

export type { CheckIn, CheckInList, InviteAnswer, MeAnswer, Member, PutCheckInBody, Space };

export interface SignUpInput {
  email: string;
  displayName: string;
  password: string;
  timeZone: string;
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface UpdateMeInput {
  displayName?: string;
  timeZone?: string;
}

export const signUp = (input: SignUpInput) =>
  apiRequest<{ member: Member }>('POST', '/accounts', input);

export const signIn = (input: SignInInput) =>
  apiRequest<{ member: Member }>('POST', '/sessions', input);

export const signOut = () => apiRequest<void>('DELETE', '/sessions/current');

export const getMe = () => apiRequest<MeAnswer>('GET', '/me');

export const updateMe = (input: UpdateMeInput) =>
  apiRequest<{ member: Member }>('PATCH', '/me', input);

export const createSpace = () => apiRequest<{ space: Space }>('POST', '/spaces');

export const createInvite = () => apiRequest<InviteAnswer>('POST', '/space/invites');

export const acceptInvite = (token: string) =>
  apiRequest<{ space: Space }>('POST', '/invites/accept', { token });

export const leaveSpace = () => apiRequest<void>('DELETE', '/space/membership');

export const putCheckIn = (body: PutCheckInBody) =>
  apiRequest<{ checkIn: CheckIn }>('PUT', '/check-ins', body);

export const listCheckIns = (range: { from?: string; to?: string } = {}) => {
  const query = new URLSearchParams(
    Object.entries(range).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return apiRequest<CheckInList>('GET', `/check-ins${query ? `?${query}` : ''}`);
};
