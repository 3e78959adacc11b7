/**
 * The facts "Where we are" is computed from: what the couple did, as the
 * reader may see it. The server gathers them (their own entries, and the
 * partner's shared and revealed ones), so the answer never tells one partner
 * what the other keeps private.
 */
import type { Day } from '../calendar.js';
import type { AgreementStatus } from './agreements.js';
import type { BreachParties } from './roles.js';

export type Severity = 'minor' | 'moderate' | 'severe';
export type AcknowledgmentVerdict = 'accurate' | 'something-missing';

export interface BreachFacts {
  id: string;
  recordedAt: string;
  parties: BreachParties;
  acknowledgments: {
    authorId: string;
    version: number;
    createdAt: string;
    response: { authorId: string; verdict: AcknowledgmentVerdict; at: string } | null;
  }[];
  impactStatements: { authorId: string; version: number; createdAt: string }[];
  apologies: {
    authorId: string;
    version: number;
    createdAt: string;
    rating: { authorId: string; understood: number; anotherTry: boolean; at: string } | null;
  }[];
}

export interface ConversationFacts {
  id: string;
  day: Day;
  /** Ratings the reader may count: their own, and the partner's once revealed. */
  ratings: { memberId: string; feltSafe: number }[];
}

export interface AgreementFacts {
  id: string;
  status: AgreementStatus;
  /** Who accepted the terms in force (empty when none are). */
  activeAcceptedBy: string[];
  activeSince: string | null;
  /** The proposal waiting for an answer, and its author. */
  pending: { authorId: string | null } | null;
}

export interface PathFacts {
  now: Date;
  /** The reader's time zone: "today" and the weeks are the reader's. */
  timeZone: string;
  readerId: string;
  /** The other current partner, or null while the reader is alone in the space. */
  partnerId: string | null;
  breaches: BreachFacts[];
  /** Check-ins the reader may see: their own, and the partner's revealed ones. */
  checkIns: { memberId: string; day: Day }[];
  conversations: ConversationFacts[];
  agreements: AgreementFacts[];
  /** Severity ratings the reader may see: their own, and the partner's shared ones. */
  severities: { breachId: string; severity: Severity }[];
}

/** Whether the reader wrote a check-in on the given day. */
export const checkedInOn = (facts: PathFacts, day: Day) =>
  facts.checkIns.some((c) => c.memberId === facts.readerId && c.day === day);
