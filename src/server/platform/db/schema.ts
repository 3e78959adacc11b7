/**
 * The database as TypeScript sees it (camelCase; the CamelCasePlugin maps to the
 * snake_case columns). Instants are ISO-8601 UTC strings on both databases,
 * calendar days `YYYY-MM-DD` strings, flags 0/1 integers: one mapping for both.
 */
import type {
  CommitmentChangesTable,
  CommitmentMarkReviewsTable,
  CommitmentMarksTable,
  CommitmentsTable,
} from './schema-commitments.js';
import type { Generated } from 'kysely';
import type {
  ForgivenessReflectionsTable,
  ForgivenessStatementsTable,
  NeedAcknowledgmentsTable,
  NeedsTable,
  NeedVersionsTable,
} from './schema-needs.js';
import type { NotesTable, ReassuranceRequestsTable } from './schema-kindness.js';
import type { ForecastSharesTable, ForecastsTable, JobsTable } from './schema-forecasts.js';
import type { TrustQuestionnairesTable } from './schema-trust.js';
import type { SpaceEventsTable } from './schema-events.js';
import type { AccountLinksTable, MailOptOutsTable } from './schema-mail.js';
import type {
  ReminderQuietHoursTable,
  ReminderSettingsTable,
  RemindersSentTable,
} from './schema-reminders.js';
import type {
  GuideAnnouncementsTable,
  GuideClosedArticlesTable,
  GuideCommentsTable,
  GuideSubscribersTable,
} from './schema-guide-comments.js';

export type Flag = 0 | 1;

export interface MembersTable {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  timeZone: string;
  createdAt: string;
  updatedAt: string;
  /** 1 when the password meets the single-factor rule (15+ characters). */
  passwordOkWithoutFactor: Generated<Flag>;
  /** When the address was proven by a link (migration 0014); null: waiting for the sign-up link. */
  emailConfirmedAt: string | null;
  /** 'operator' moderates guide comments and has no access to any space (migration 0016). */
  role: Generated<'member' | 'operator'>;
}

export interface SessionsTable {
  id: string;
  memberId: string;
  tokenHash: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  /** A short device label ("Firefox on Android"), never the raw header. */
  device: string;
  reauthenticatedAt: string | null;
}

export interface SpacesTable {
  id: string;
  createdBy: string | null;
  createdAt: string;
}

export interface SpaceMembersTable {
  id: string;
  spaceId: string;
  memberId: string;
  /** 1 or 2: a unique (space, seat) index over current members caps a space at two. */
  seat: number;
  joinedAt: string;
  leftAt: string | null;
}

export interface InvitesTable {
  id: string;
  spaceId: string;
  createdBy: string;
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

export interface CheckInsTable {
  id: string;
  spaceId: string;
  memberId: string;
  day: string;
  trust: number | null;
  honesty: number | null;
  reliability: number | null;
  openness: number | null;
  safety: number | null;
  /** "I felt reassured", 1–7 (migration 0010). */
  reassured: number | null;
  /** "How much do you think your partner trusts you today?", 1–7 (migration 0012). */
  perceivedTrust: number | null;
  effort: number | null;
  talkedOpenly: Flag | null;
  noteText: string | null;
  noteVisibility: 'private' | 'shared' | null;
  therapistVisible: Flag;
  createdAt: string;
  updatedAt: string;
}

export interface SafetyChecksTable {
  id: string;
  memberId: string;
  /** Encrypted JSON of the answers, the concern and the person's choice. */
  answers: string;
  createdAt: string;
}

export interface TherapistGrantsTable {
  id: string;
  spaceId: string;
  /** Encrypted. */
  therapistEmail: string;
  proposedBy: string | null;
  proposedAt: string;
  consentedBy: string | null;
  consentedAt: string | null;
  declinedAt: string | null;
  tokenHash: string | null;
  tokenExpiresAt: string | null;
  therapistId: string | null;
  acceptedAt: string | null;
  revokedAt: string | null;
  revokedBy: string | null;
}

export interface TherapistNotesTable {
  id: string;
  spaceId: string;
  authorId: string;
  /** Encrypted. */
  text: string;
  createdAt: string;
}

export interface AuditEventsTable {
  id: string;
  spaceId: string | null;
  memberId: string | null;
  action: string;
  subject: string | null;
  createdAt: string;
}

export interface NoticesTable {
  id: string;
  memberId: string;
  kind: string;
  detail: string | null;
  createdAt: string;
  dismissedAt: string | null;
}

export interface OutboxTable {
  id: string;
  /** Encrypted (bound to the row), lower-cased before. */
  toAddress: string;
  /** The address's blind index; null only on a row from before migration 0006 not yet sealed. */
  toLookup: string | null;
  template: string;
  /** Encrypted; cleared once the mail is sent. */
  link: string | null;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lockedUntil: string | null;
  lastError: string | null;
}

export interface TotpFactorsTable {
  id: string;
  memberId: string;
  /** Encrypted (bound to the row and the member). */
  secret: string;
  createdAt: string;
  /** Null while the setup waits for its first code. */
  confirmedAt: string | null;
  lastUsedStep: number | null;
}

export interface RecoveryCodesTable {
  id: string;
  memberId: string;
  codeHash: string;
  createdAt: string;
  usedAt: string | null;
}

export interface PasskeysTable {
  id: string;
  memberId: string;
  /** base64url, as the browser reports it. */
  credentialId: string;
  /** The COSE public key, base64url. */
  publicKey: string;
  counter: number;
  /** JSON array of transport hints, or null. */
  transports: string | null;
  /** A coarse device label taken at registration, never member text. */
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface WebauthnChallengesTable {
  id: string;
  memberId: string;
  purpose: 'register' | 'sign-in' | 'reauthenticate';
  challengeHash: string;
  /** The sign-in ticket id or session id the challenge was issued to. */
  boundTo: string;
  createdAt: string;
  expiresAt: string;
}

export interface SignInTicketsTable {
  id: string;
  memberId: string;
  tokenHash: string;
  attempts: number;
  createdAt: string;
  expiresAt: string;
}

/** Small key/value facts about this database (the encryption key's id). */
export interface SettingsTable {
  key: string;
  value: string;
}

// The repair phase (migration 0004). Free text is encrypted; see encrypted-columns.ts.
type EntryVisibility = 'private' | 'shared';
export type SeverityLevel = 'minor' | 'moderate' | 'severe';

/** Columns of the visibility rule, on every table of partner-written entries. */
export interface VisibilityRuleColumns {
  visibility: EntryVisibility;
  therapistVisible: Flag;
}

export interface BreachesTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  /** Who recorded it. */
  authorId: string;
  /** Encrypted. */
  title: string;
  category: 'infidelity' | 'emotional-affair' | 'lying' | 'financial' | 'broken-promise' | 'other';
  /** Encrypted. */
  description: string;
  day: string;
  cameToLight: 'disclosed' | 'discovered';
  /** Roles per breach (domain/path/roles.ts); null once that account is deleted. */
  brokeTrustId: string | null;
  hurtId: string | null;
  mutual: Flag;
  createdAt: string;
  updatedAt: string;
}

export interface BreachSeverityRatingsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  breachId: string | null;
  authorId: string;
  severity: SeverityLevel;
  createdAt: string;
  updatedAt: string;
}

export interface AcknowledgmentsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  breachId: string | null;
  authorId: string;
  version: number;
  /** Encrypted. */
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface AcknowledgmentResponsesTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  acknowledgmentId: string | null;
  breachId: string | null;
  authorId: string;
  verdict: 'accurate' | 'something-missing';
  /** Encrypted. */
  comment: string | null;
  createdAt: string;
}

export interface ImpactStatementsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  breachId: string | null;
  authorId: string;
  version: number;
  /** Encrypted. */
  text: string;
  createdAt: string;
  updatedAt: string;
}

export interface ApologiesTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  breachId: string | null;
  authorId: string;
  impactStatementId: string | null;
  version: number;
  /** The four guided parts, each encrypted. */
  whatHappened: string;
  impact: string;
  responsibility: string;
  whatWillChange: string;
  createdAt: string;
  updatedAt: string;
}

export interface ApologyRatingsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  apologyId: string | null;
  breachId: string | null;
  authorId: string;
  understood: number;
  anotherTry: Flag;
  /** Encrypted. */
  comment: string | null;
  createdAt: string;
}

export interface ConversationsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  authorId: string;
  day: string;
  /** Encrypted. */
  topic: string;
  minutes: number;
  startedById: string | null;
  promptId: string | null;
  breachId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ConversationRatingsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  conversationId: string | null;
  authorId: string;
  feltSafe: number;
  feltHeard: number;
  /** Encrypted. */
  noteText: string | null;
  noteVisibility: EntryVisibility | null;
  createdAt: string;
  updatedAt: string;
}

export interface PromptPicksTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  authorId: string;
  promptId: string;
  createdAt: string;
}

export interface AgreementsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  /** Who first proposed it; null once that account is deleted (the agreement stays). */
  authorId: string | null;
  createdAt: string;
}

export interface AgreementVersionsTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  agreementId: string;
  authorId: string;
  version: number;
  kind: 'terms' | 'retire';
  /** Encrypted: the terms, or a retirement's optional reason. */
  text: string | null;
  reviewOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgreementAnswersTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  agreementId: string;
  versionId: string | null;
  authorId: string;
  answer: 'accepted' | 'declined';
  /** Encrypted. */
  comment: string | null;
  createdAt: string;
}

export interface AgreementBreaksTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  agreementId: string;
  versionId: string | null;
  authorId: string;
  kind: 'self-disclosure' | 'partner-report';
  brokenById: string | null;
  day: string;
  /** Encrypted. */
  note: string | null;
  createdAt: string;
}

export interface SetbacksTable extends VisibilityRuleColumns {
  id: string;
  spaceId: string;
  authorId: string;
  kind: 'new-breach' | 'broken-agreement' | 'discovery' | 'hard-day';
  severity: SeverityLevel;
  day: string;
  /** Encrypted. */
  note: string | null;
  breachId: string | null;
  agreementId: string | null;
  createdAt: string;
}

export interface DB {
  // Guide comments and moderation (migration 0016): schema-guide-comments.ts.
  guideComments: GuideCommentsTable;
  guideClosedArticles: GuideClosedArticlesTable;
  // The guide's subscription (migration 0017).
  guideSubscribers: GuideSubscribersTable;
  guideAnnouncements: GuideAnnouncementsTable;
  settings: SettingsTable;
  members: MembersTable;
  sessions: SessionsTable;
  spaces: SpacesTable;
  spaceMembers: SpaceMembersTable;
  invites: InvitesTable;
  checkIns: CheckInsTable;
  safetyChecks: SafetyChecksTable;
  therapistGrants: TherapistGrantsTable;
  therapistNotes: TherapistNotesTable;
  auditEvents: AuditEventsTable;
  notices: NoticesTable;
  outbox: OutboxTable;
  totpFactors: TotpFactorsTable;
  recoveryCodes: RecoveryCodesTable;
  passkeys: PasskeysTable;
  webauthnChallenges: WebauthnChallengesTable;
  signInTickets: SignInTicketsTable;
  breaches: BreachesTable;
  breachSeverityRatings: BreachSeverityRatingsTable;
  acknowledgments: AcknowledgmentsTable;
  acknowledgmentResponses: AcknowledgmentResponsesTable;
  impactStatements: ImpactStatementsTable;
  apologies: ApologiesTable;
  apologyRatings: ApologyRatingsTable;
  conversations: ConversationsTable;
  conversationRatings: ConversationRatingsTable;
  promptPicks: PromptPicksTable;
  agreements: AgreementsTable;
  agreementVersions: AgreementVersionsTable;
  agreementAnswers: AgreementAnswersTable;
  agreementBreaks: AgreementBreaksTable;
  setbacks: SetbacksTable;
  commitments: CommitmentsTable;
  commitmentChanges: CommitmentChangesTable;
  commitmentMarks: CommitmentMarksTable;
  commitmentMarkReviews: CommitmentMarkReviewsTable;
  // Needs and forgiveness (migration 0007): schema-needs.ts.
  needs: NeedsTable;
  needVersions: NeedVersionsTable;
  needAcknowledgments: NeedAcknowledgmentsTable;
  forgivenessReflections: ForgivenessReflectionsTable;
  forgivenessStatements: ForgivenessStatementsTable;
  // Notes and gestures (migration 0008): schema-kindness.ts.
  notes: NotesTable;
  reassuranceRequests: ReassuranceRequestsTable;
  // The recovery forecast and the jobs that refresh it (migration 0011): schema-forecasts.ts.
  forecasts: ForecastsTable;
  forecastShares: ForecastSharesTable;
  jobs: JobsTable;
  // Trust measures (migration 0012): schema-trust.ts.
  trustQuestionnaires: TrustQuestionnairesTable;
  // Live updates (migration 0013): schema-events.ts.
  spaceEvents: SpaceEventsTable;
  // E-mail and accounts (migration 0014): schema-mail.ts.
  accountLinks: AccountLinksTable;
  mailOptOuts: MailOptOutsTable;
  // Reminders (migration 0015): schema-reminders.ts.
  reminderSettings: ReminderSettingsTable;
  reminderQuietHours: ReminderQuietHoursTable;
  remindersSent: RemindersSentTable;
}

// Kept so a future serial column has a type at hand; ids are app-made UUIDv7.
export type Serial = Generated<number>;
