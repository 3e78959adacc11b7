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
  /** Restore and regain (steps 5–10), and what professional help looks at. */
  restore: RestoreFacts;
}

export interface RestoreFacts {
  /** The day the path began: the space's first breach or, without one, the space itself. */
  startedOn: Day | null;
  /** Commitments in the space, with how long each was held and its strength today. */
  commitments: { ownerId: string; daysHeld: number; strength: number }[];
  /** Notes and gestures appreciated by the partner they were for, with when. */
  appreciations: { authorId: string; at: string }[];
  /** "I felt reassured" answers the reader may see (their own, the partner's revealed ones). */
  reassured: { memberId: string; day: Day; value: number }[];
  /** Needs either partner listed and has not retired, and whether the other acknowledged each. */
  needs: { authorId: string; acknowledged: boolean }[];
  /**
   * Forgiveness the reader may see, per member: their own reflections and
   * statement, and the partner's only where shared.
   */
  forgiveness: {
    memberId: string;
    statement: boolean;
    reflections: { at: string; avoidance: number; resentment: number; goodwill: number }[];
  }[];
  /** Days setbacks happened on. */
  setbackDays: Day[];
  /** A therapist both partners agreed to has access now. */
  hasTherapist: boolean;
}

/** No restore or regain data yet: the shape for a space that has none. */
export const NO_RESTORE_FACTS: RestoreFacts = {
  startedOn: null,
  commitments: [],
  appreciations: [],
  reassured: [],
  needs: [],
  forgiveness: [],
  setbackDays: [],
  hasTherapist: false,
};

/** Whether the reader wrote a check-in on the given day. */
export const checkedInOn = (facts: PathFacts, day: Day) =>
  facts.checkIns.some((c) => c.memberId === facts.readerId && c.day === day);
