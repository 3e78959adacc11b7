/**
 * The printable summary as a document: sections of entries, each entry a
 * heading, a few facts in words and the texts people wrote. The presenters
 * (repair-sections.ts, account-sections.ts) fill it from the export's rows;
 * summary.tsx lays it out. Pure, so the words are tested without a browser.
 */
import type { ExportDocument } from '../../api/types';
import { formatDay } from '../../components/days';
import { formatInstant } from '../../components/instants';

export type Row = Record<string, unknown>;
export type Fact = [label: string, value: string];

export interface SummaryEntry {
  heading: string;
  facts: Fact[];
  texts: { label: string; text: string }[];
}

export interface SummarySection {
  id: string;
  title: string;
  /** A sentence that says what the section holds, when its title cannot. */
  note?: string;
  entries: SummaryEntry[];
}

/** What a presenter reads: the rows of any table and the people and breaches by id. */
export interface SummaryContext {
  rows(table: string): Row[];
  person(id: unknown): string;
  /** A therapist's address by their id, for sentences that already say "your therapist". */
  therapistEmail(id: unknown): string | null;
  breachTitle(id: unknown): string | null;
}

export const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

export const day = (value: unknown): string => (typeof value === 'string' ? formatDay(value) : '—');

export const instant = (value: unknown): string =>
  typeof value === 'string' ? formatInstant(value) : '—';

export const yesNo = (value: unknown): string => (value ? 'Yes' : 'No');

/** Facts without the empty ones: a missing answer is left out, not shown as a dash. */
export function facts(...pairs: [string, string | null | undefined | false][]): Fact[] {
  return pairs.filter((pair): pair is Fact => typeof pair[1] === 'string' && pair[1] !== '');
}

export function texts(...pairs: [string, unknown][]): SummaryEntry['texts'] {
  return pairs.flatMap(([label, value]) => {
    const found = text(value);
    return found ? [{ label, text: found }] : [];
  });
}

export const VISIBILITY_WORDS: Record<string, string> = {
  private: 'Only you',
  shared: 'You both',
};

/** "Your therapist may read this" only where it is so: silence otherwise. */
export const therapistFact = (row: Row): Fact[] =>
  row['therapistMaySee'] === true ? [['Therapist', 'Your therapist may read this']] : [];

/** The people of an export by id: you, your partner by name, therapists by address. */
export function peopleOf(exported: ExportDocument): (id: unknown) => string {
  const names = new Map<string, string>([[exported.member.id, 'You']]);
  const partner = exported.space?.partner;
  if (partner) names.set(partner.id, partner.displayName);
  for (const grant of exported.data['therapist_grants'] ?? []) {
    const id = grant['therapistId'];
    const email = text(grant['email']);
    if (typeof id === 'string' && !names.has(id)) {
      names.set(id, email ? `Your therapist (${email})` : 'Your therapist');
    }
  }
  return (id) => {
    if (typeof id !== 'string') return 'Nobody named';
    return names.get(id) ?? 'Someone who has since left';
  };
}

export function contextOf(exported: ExportDocument): SummaryContext {
  const titles = new Map<string, string>();
  for (const breach of exported.data['breaches'] ?? []) {
    const title = text(breach['title']);
    if (typeof breach['id'] === 'string' && title) titles.set(breach['id'], title);
  }
  const therapists = new Map<string, string>();
  for (const grant of exported.data['therapist_grants'] ?? []) {
    const email = text(grant['email']);
    if (typeof grant['therapistId'] === 'string' && email)
      therapists.set(grant['therapistId'], email);
  }
  return {
    rows: (table) => exported.data[table] ?? [],
    person: peopleOf(exported),
    therapistEmail: (id) => (typeof id === 'string' ? (therapists.get(id) ?? null) : null),
    breachTitle: (id) => (typeof id === 'string' ? (titles.get(id) ?? null) : null),
  };
}
