/**
 * One typed function per API operation the app uses, named after its
 * operationId. Types come from the shared contract as types only, so no
 * schema library reaches the browser.
 */
import type { z } from 'zod';
import type { Member, Partner } from '../../contract/accounts';
import type { CheckIn, CheckInList, PutCheckInBody } from '../../contract/check-ins';
import type { CrisisResourcesAnswer, SafetyStatus } from '../../contract/safety';
import type {
  ConfirmTotpAnswer,
  PasskeyAssertion,
  PasskeyAttestation,
  PasskeyCreationOptions,
  PasskeyRequestOptions,
  RegisterPasskeyAnswer,
  SecondFactorStatus,
  TotpSetupAnswer,
} from '../../contract/second-factor';
import type { Notice, SessionItem } from '../../contract/sessions';
import type { InviteAnswer, MeAnswer, Space } from '../../contract/spaces';
import type {
  AuditEvent,
  TherapistEntry,
  TherapistGrant,
  TherapistNote,
  TherapistSpace,
} from '../../contract/therapist';
import type { ExportDocument } from '../../contract/your-data';
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
  Notice,
  SessionItem,
  SecondFactorStatus,
  TherapistEntry,
  TherapistGrant,
  ExportDocument,
};

export type TotpSetup = z.output<typeof TotpSetupAnswer>;
export type PasskeyCreationOptionsJson = z.output<typeof PasskeyCreationOptions>;
export type PasskeyRequestOptionsJson = z.output<typeof PasskeyRequestOptions>;
export type PasskeyAssertionJson = z.input<typeof PasskeyAssertion>;
export type PasskeyAttestationJson = z.input<typeof PasskeyAttestation>;
export type Passkey = SecondFactorStatus['passkeys'][number];
export type TherapistGrantStatus = TherapistGrant['status'];
export type TherapistNoteItem = z.output<typeof TherapistNote>;
export type TherapistSpaceItem = z.output<typeof TherapistSpace>;
export type AuditEventItem = z.output<typeof AuditEvent>;

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

export interface CompleteSignInInput {
  ticket: string;
  totp?: string;
  recoveryCode?: string;
  passkey?: PasskeyAssertionJson;
}

export const completeSignIn = (input: CompleteSignInInput) =>
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

// Sessions and notices

export const listSessions = () => apiRequest<{ items: SessionItem[] }>('GET', '/sessions');

export const revokeSession = (sessionId: string) =>
  apiRequest<void>('DELETE', `/sessions/${encodeURIComponent(sessionId)}`);

export const revokeOtherSessions = () =>
  apiRequest<{ revoked: number }>('DELETE', '/sessions/others');

export const listNotices = () => apiRequest<{ items: Notice[] }>('GET', '/notices');

export const dismissNotice = (noticeId: string) =>
  apiRequest<void>('POST', `/notices/${encodeURIComponent(noticeId)}/dismiss`);

// Step-up, e-mail and password

export interface ReauthenticateInput {
  password: string;
  totp?: string;
  recoveryCode?: string;
  passkey?: PasskeyAssertionJson;
}

export const reauthenticate = (input: ReauthenticateInput) =>
  apiRequest<void>('POST', '/me/reauthenticate', input);

export const startPasskeyReauthentication = () =>
  apiRequest<{ options: PasskeyRequestOptionsJson }>('POST', '/me/reauthenticate/passkey-options');

export const startPasskeySignIn = (ticket: string) =>
  apiRequest<{ options: PasskeyRequestOptionsJson }>(
    'POST',
    '/sessions/second-factor/passkey-options',
    { ticket },
  );

export const changeEmail = (email: string) =>
  apiRequest<{ member: Member }>('PUT', '/me/email', { email });

export const changePassword = (newPassword: string) =>
  apiRequest<void>('PUT', '/me/password', { newPassword });

// Second factors

export const getSecondFactors = () => apiRequest<SecondFactorStatus>('GET', '/me/second-factor');

export const startTotpSetup = () => apiRequest<TotpSetup>('POST', '/me/second-factor/totp/setup');

export const confirmTotpSetup = (code: string) =>
  apiRequest<z.output<typeof ConfirmTotpAnswer>>('POST', '/me/second-factor/totp', { code });

export const disableTotp = () => apiRequest<void>('DELETE', '/me/second-factor/totp');

export const startPasskeyRegistration = () =>
  apiRequest<{ options: PasskeyCreationOptionsJson }>('POST', '/me/second-factor/passkeys/options');

export const registerPasskey = (credential: PasskeyAttestationJson) =>
  apiRequest<z.output<typeof RegisterPasskeyAnswer>>('POST', '/me/second-factor/passkeys', {
    credential,
  });

export const deletePasskey = (passkeyId: string) =>
  apiRequest<void>('DELETE', `/me/second-factor/passkeys/${encodeURIComponent(passkeyId)}`);

export const regenerateRecoveryCodes = () =>
  apiRequest<{ recoveryCodes: string[] }>('POST', '/me/second-factor/recovery-codes');

// A therapist, the partners' side

export const listTherapistGrants = () =>
  apiRequest<{ items: TherapistGrant[] }>('GET', '/space/therapists');

export const proposeTherapist = (email: string) =>
  apiRequest<{ grant: TherapistGrant }>('POST', '/space/therapists', { email });

const grantAction = (grantId: string, verb: 'consent' | 'decline' | 'revoke') =>
  apiRequest<{ grant: TherapistGrant }>(
    'POST',
    `/space/therapists/${encodeURIComponent(grantId)}/${verb}`,
  );

export const consentToTherapist = (grantId: string) => grantAction(grantId, 'consent');
export const declineTherapist = (grantId: string) => grantAction(grantId, 'decline');
export const revokeTherapist = (grantId: string) => grantAction(grantId, 'revoke');

export const listTherapistNotesForPartners = () =>
  apiRequest<{ items: TherapistNoteItem[] }>('GET', '/space/therapist-notes');

export const listAuditEvents = () => apiRequest<{ items: AuditEventItem[] }>('GET', '/space/audit');

// A therapist, the therapist's side

export const acceptTherapistInvite = (token: string) =>
  apiRequest<{ space: TherapistSpaceItem }>('POST', '/therapist/invites/accept', { token });

export const listTherapistSpaces = () =>
  apiRequest<{ items: TherapistSpaceItem[] }>('GET', '/therapist/spaces');

const therapistSpacePath = (spaceId: string) => `/therapist/spaces/${encodeURIComponent(spaceId)}`;

export const listEntriesForTherapist = (spaceId: string) =>
  apiRequest<{ items: TherapistEntry[] }>('GET', `${therapistSpacePath(spaceId)}/entries`);

export const listTherapistNotes = (spaceId: string) =>
  apiRequest<{ items: TherapistNoteItem[] }>('GET', `${therapistSpacePath(spaceId)}/notes`);

export const writeTherapistNote = (spaceId: string, text: string) =>
  apiRequest<{ note: TherapistNoteItem }>('POST', `${therapistSpacePath(spaceId)}/notes`, {
    text,
  });

// Your data

export const exportMyData = () => apiRequest<ExportDocument>('POST', '/me/export');

export const deleteAccount = () => apiRequest<void>('DELETE', '/me');
