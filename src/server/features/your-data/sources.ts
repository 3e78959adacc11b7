/**
 * Every feature's part in "your data" (export, leaving a space). A feature
 * with member data adds its source here; the privacy test fails when a table
 * holding member data has no export section.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { agreementsDataSource } from '../agreements/data-source.js';
import { apologiesDataSource } from '../apologies/data-source.js';
import { breachesDataSource } from '../breaches/data-source.js';
import { checkInsDataSource } from '../check-ins/data-source.js';
import { commitmentsDataSource } from '../commitments/data-source.js';
import { conversationsDataSource } from '../conversations/data-source.js';
import { eventsDataSource } from '../events/data-source.js';
import { forecastsDataSource } from '../forecast/data-source.js';
import { forgivenessDataSource } from '../forgiveness/data-source.js';
import { needsDataSource } from '../needs/data-source.js';
import { notesDataSource } from '../kindness/data-source.js';
import { reassuranceDataSource } from '../reassurance/data-source.js';
import { promptsDataSource } from '../prompts/data-source.js';
import { remindersDataSource } from '../reminders/data-source.js';
import { secondFactorDataSource } from '../second-factor/data-source.js';
import { setbacksDataSource } from '../setbacks/data-source.js';
import { trustQuestionnaireDataSource } from '../trust-questionnaires/data-source.js';
import { mailDataSource } from '../mail-preferences/data-source.js';
import { accountDataSource } from './account-data-source.js';
import { spaceDataSource } from './space-data-source.js';

export const MEMBER_DATA_SOURCES: MemberDataSource[] = [
  accountDataSource,
  mailDataSource,
  spaceDataSource,
  checkInsDataSource,
  breachesDataSource,
  apologiesDataSource,
  conversationsDataSource,
  promptsDataSource,
  agreementsDataSource,
  setbacksDataSource,
  commitmentsDataSource,
  needsDataSource,
  forgivenessDataSource,
  notesDataSource,
  reassuranceDataSource,
  forecastsDataSource,
  trustQuestionnaireDataSource,
  secondFactorDataSource,
  eventsDataSource,
  remindersDataSource,
];
