/**
 * Every operation of the API in one table, keyed by operationId: for the
 * tests, probes and tools that walk them all. The web app imports the table
 * of the area it needs instead, so a screen loads only its own operations.
 */
import { accountOperations } from './accounts.js';
import { agreementOperations } from './agreements.js';
import { apologyOperations } from './apologies.js';
import { auditOperations } from './audit.js';
import { breachOperations } from './breaches.js';
import { checkInOperations } from './check-ins.js';
import { commitmentOperations } from './commitments.js';
import { conversationOperations } from './conversations.js';
import { eventOperations } from './events.js';
import { forecastOperations } from './forecast.js';
import { forgivenessOperations } from './forgiveness.js';
import { trustQuestionnaireOperations } from './trust-questionnaires.js';
import { needOperations } from './needs.js';
import { kindnessOperations } from './kindness.js';
import { moderationOperations } from './moderation.js';
import { reassuranceOperations } from './reassurance.js';
import { pathOperations } from './path.js';
import { promptOperations } from './prompts.js';
import { reminderOperations } from './reminders.js';
import { reportOperations } from './report.js';
import { safetyOperations } from './safety.js';
import { secondFactorOperations } from './second-factor.js';
import { sessionOperations } from './sessions.js';
import { setbackOperations } from './setbacks.js';
import { spaceOperations } from './spaces.js';
import { therapistOperations } from './therapist.js';
import { yourDataOperations } from './your-data.js';
import {
  emailConfirmationOperations,
  mailPreferenceOperations,
  passwordResetOperations,
} from './mail.js';

export const operations = {
  ...accountOperations,
  ...agreementOperations,
  ...apologyOperations,
  ...auditOperations,
  ...breachOperations,
  ...checkInOperations,
  ...commitmentOperations,
  ...conversationOperations,
  ...eventOperations,
  ...forecastOperations,
  ...forgivenessOperations,
  ...trustQuestionnaireOperations,
  ...needOperations,
  ...kindnessOperations,
  ...moderationOperations,
  ...reassuranceOperations,
  ...pathOperations,
  ...promptOperations,
  ...reminderOperations,
  ...reportOperations,
  ...safetyOperations,
  ...secondFactorOperations,
  ...sessionOperations,
  ...setbackOperations,
  ...spaceOperations,
  ...therapistOperations,
  ...yourDataOperations,
  ...emailConfirmationOperations,
  ...passwordResetOperations,
  ...mailPreferenceOperations,
};

export type OperationId = keyof typeof operations;
