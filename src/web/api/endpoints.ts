/**
 * One typed function per API operation the app uses, named after its
 * operationId. Types come from the shared contract as types only, so no
 * schema library reaches the browser.
 */
import type { Member, Partner } from '../../contract/accounts';
import type { CheckIn, CheckInList, PutCheckInBody } from '../../contract/check-ins';
import type { CrisisResourcesAnswer, SafetyStatus } from '../../contract/safety';
import type { InviteAnswer, MeAnswer, Space } from '../../contract/spaces';
import { apiRequest } from './client';

export type {
  CheckIn,
  CheckInList,
  CrisisResourcesAnswer,
  InviteAnswer,
  MeAnswer,
  Member,
  Partner,
  PutCheckInBody,
  SafetyStatus,
  Space,
};

export type SafetyAnswers = NonNullable<SafetyStatus['answers']>;
export type SafetyChoice = NonNullable<SafetyStatus['choice']>;

/**
 * With a second factor on, the right password gives a ticket instead of a
 * session; the second step (completeSignIn) turns ticket and code into one.
 */
export interface SecondFactorChallenge {
  secondFactorRequired: true;
  methods: string[];
  ticket: string;
  expiresAt: string;
}

export type SignInResult = { member: Member } | SecondFactorChallenge;

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

export const signIn = (input: SignInInput) => apiRequest<SignInResult>('POST', '/sessions', input);

export const completeSignIn = (input: { ticket: string; totp?: string; recoveryCode?: string }) =>
  apiRequest<{ member: Member }>('POST', '/sessions/second-factor', input);

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

export const getSafetyCheck = () => apiRequest<{ safety: SafetyStatus }>('GET', '/safety-check');

export const submitSafetyCheck = (answers: SafetyAnswers) =>
  apiRequest<{ safety: SafetyStatus }>('PUT', '/safety-check', { answers });

export const chooseSafetyPath = (choice: SafetyChoice) =>
  apiRequest<{ safety: SafetyStatus }>('PUT', '/safety-check/choice', { choice });

export const listCrisisResources = (country?: string) =>
  apiRequest<CrisisResourcesAnswer>(
    'GET',
    `/crisis-resources${country ? `?country=${encodeURIComponent(country)}` : ''}`,
  );
