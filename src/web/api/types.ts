/**
 * The types the screens use, named once and derived from the shared contract
 * (types only: no schema library reaches the browser). What an operation
 * sends and answers is typed by `call` itself; these are the pieces screens
 * pass around.
 */
import type { z } from 'zod';
import type {
  ChangeEmailBody,
  CompleteSignInBody,
  Member,
  Partner,
  ReauthenticateBody,
  SecondFactorRequired,
  SignInAnswer,
  SignInBody,
  SignUpBody,
  UpdateMeBody,
} from '../../contract/accounts';
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

import type { Agreement, AgreementBreak } from '../../contract/repair/agreements';
import type { Apology, ImpactStatement } from '../../contract/repair/apologies';
import type { Acknowledgment, Breach, SeverityRating } from '../../contract/repair/breaches';
import type { Conversation } from '../../contract/repair/conversations';
import type { PathAnswer, TimelineItem } from '../../contract/repair/path';
import type { Prompt } from '../../contract/repair/prompts';
import type { Setback } from '../../contract/repair/setbacks';
import type {
  CalendarDay,
  Commitment,
  CommitmentDetail as CommitmentDetailSchema,
  Mark,
  Schedule,
} from '../../contract/restore/commitments';
import type { Need } from '../../contract/regain/needs';
import type {
  ForgivenessStatement,
  Reflection,
  ReflectionItem,
  ReflectionOverview,
} from '../../contract/regain/forgiveness';
import type { Note } from '../../contract/kindness/notes';
import type {
  TrustItem,
  TrustMilestones,
  TrustQuestionnaire,
  TrustQuestionnaireOverview,
} from '../../contract/regain/trust';
import type { ReassuranceRequest } from '../../contract/kindness/reassurance';

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
export type ConfirmTotp = z.output<typeof ConfirmTotpAnswer>;
export type RegisteredPasskey = z.output<typeof RegisterPasskeyAnswer>;
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
export type SecondFactorChallenge = z.output<typeof SecondFactorRequired>;
export type SignInResult = z.output<typeof SignInAnswer>;
export type SignUpInput = z.input<typeof SignUpBody>;
export type SignInInput = z.input<typeof SignInBody>;
export type UpdateMeInput = z.input<typeof UpdateMeBody>;
export type CompleteSignInInput = z.input<typeof CompleteSignInBody>;
export type ReauthenticateInput = z.input<typeof ReauthenticateBody>;
export type ChangeEmailInput = z.input<typeof ChangeEmailBody>;

// The repair phase

export type {
  Acknowledgment,
  Agreement,
  AgreementBreak,
  Apology,
  Breach,
  Conversation,
  ImpactStatement,
  PathAnswer,
  Prompt,
  Setback,
  TimelineItem,
};
export type AgreementVersion = Agreement['versions'][number];
export type PathStep = PathAnswer['steps'][number];
export type Suggestion = PathAnswer['suggestions'][number];
export type Severity = z.output<typeof SeverityRating>['severity'];
export type ConversationRating = NonNullable<Conversation['myRating']>;

// Restore and regain

export type { Commitment, Mark };
export type { Note, ReassuranceRequest };
export type CommitmentSchedule = z.output<typeof Schedule>;
export type CommitmentCalendarDay = z.output<typeof CalendarDay>;
export type CommitmentDetail = z.output<typeof CommitmentDetailSchema>;

export type { Need };
export type NeedVersion = Need['versions'][number];

// Forgiveness (step 10)

export type { Reflection };
export type ReflectionOverviewAnswer = z.output<typeof ReflectionOverview>;
export type ReflectionQuestion = z.output<typeof ReflectionItem>;
export type ForgivenessStatementItem = z.output<typeof ForgivenessStatement>;

// The monthly trust questionnaire (issue 10)

export type { TrustQuestionnaire };
export type TrustOverview = z.output<typeof TrustQuestionnaireOverview>;
export type TrustQuestion = z.output<typeof TrustItem>;
export type TrustMilestonesAnswer = z.output<typeof TrustMilestones>;
