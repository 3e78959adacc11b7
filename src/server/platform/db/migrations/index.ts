/**
 * Every migration, in order. A static list (not a folder scan) so the same code
 * runs from TypeScript sources in tests and from the compiled build.
 */
import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as safetyAndPrivacy from './0002-safety-and-privacy.js';
import * as secondFactor from './0003-second-factor.js';
import * as repairPhase from './0004-repair-phase.js';
import * as oneSafetyCheckEach from './0005-one-safety-check-each.js';
import * as outboxSealed from './0006-outbox-sealed.js';
import * as needsAndForgiveness from './0007-needs-and-forgiveness.js';
import * as kindness from './0008-kindness.js';
import * as commitments from './0009-commitments.js';
import * as reassurance from './0010-reassurance.js';
import * as forecastsAndJobs from './0011-forecasts-and-jobs.js';
import * as trustMeasures from './0012-trust-measures.js';
import * as spaceEvents from './0013-space-events.js';
import * as mailAndAccounts from './0014-mail-and-accounts.js';
import * as reminders from './0015-reminders.js';
import * as guideComments from './0016-guide-comments.js';
import * as guideSubscription from './0017-guide-subscription.js';

export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-safety-and-privacy': safetyAndPrivacy,
  '0003-second-factor': secondFactor,
  '0004-repair-phase': repairPhase,
  '0005-one-safety-check-each': oneSafetyCheckEach,
  '0006-outbox-sealed': outboxSealed,
  '0007-needs-and-forgiveness': needsAndForgiveness,
  '0008-kindness': kindness,
  '0009-commitments': commitments,
  '0010-reassurance': reassurance,
  '0011-forecasts-and-jobs': forecastsAndJobs,
  '0012-trust-measures': trustMeasures,
  '0013-space-events': spaceEvents,
  '0014-mail-and-accounts': mailAndAccounts,
  '0015-reminders': reminders,
  '0016-guide-comments': guideComments,
  '0017-guide-subscription': guideSubscription,
};
