/**
 * Every feature's part in "your data" (export, leaving a space). A feature
 * with member data adds its source here; the privacy test fails when a table
 * holding member data has no export section.
 */
import type { MemberDataSource } from '../../platform/data/member-data.js';
import { checkInsDataSource } from '../check-ins/data-source.js';
import { accountDataSource } from './account-data-source.js';
import { spaceDataSource } from './space-data-source.js';

export const MEMBER_DATA_SOURCES: MemberDataSource[] = [
  accountDataSource,
  spaceDataSource,
  checkInsDataSource,
];
