/** The printable summary from an export: every section in words, the empty ones named once. */
import type { ExportDocument } from '../../api/types';
import { ACCOUNT_TABLES, accountSections, plainSection } from './account-sections';
import { contextOf, type SummarySection } from './document';
import { REPAIR_TABLES, repairSections } from './repair-sections';
import { RESTORE_TABLES, restoreSections } from './restore-sections';

export interface SummaryDocument {
  sections: SummarySection[];
  /** Titles of the sections with nothing in them yet. */
  empty: string[];
}

const KNOWN = new Set([...REPAIR_TABLES, ...RESTORE_TABLES, ...ACCOUNT_TABLES]);

export function presentSummary(exported: ExportDocument, withSafety: boolean): SummaryDocument {
  const context = contextOf(exported);
  const all = [
    ...repairSections(context),
    ...restoreSections(context),
    ...Object.keys(exported.data)
      .filter((table) => !KNOWN.has(table))
      .map((table) => plainSection(context, table)),
    ...accountSections(context, exported.member.id, withSafety),
  ];
  return {
    sections: all.filter((section) => section.entries.length > 0),
    empty: all.filter((section) => section.entries.length === 0).map((section) => section.title),
  };
}
