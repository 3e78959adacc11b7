/**
 * The gentle suggestions "Where we are" offers: what could come next, and who
 * can do it. Their words are in `suggestion-text.ts`.
 */

export type SuggestionKind =
  | 'invite-partner'
  | 'record-breach'
  | 'write-acknowledgment'
  | 'answer-acknowledgment'
  | 'revise-acknowledgment'
  | 'check-in-weekly'
  | 'check-in-another-day'
  | 'rate-conversation'
  | 'have-conversation'
  | 'write-impact-statement'
  | 'write-apology'
  | 'rate-apology'
  | 'try-apology-again'
  | 'propose-agreement'
  | 'answer-agreement'
  | 'make-commitment'
  | 'keep-commitment'
  | 'send-note'
  | 'list-needs'
  | 'acknowledge-need'
  | 'ask-for-reassurance'
  | 'offer-reassurance'
  | 'keep-going';

export type SuggestionWho = 'you' | 'your-partner' | 'either';

export interface Suggestion {
  step: number;
  kind: SuggestionKind;
  who: SuggestionWho;
  text: string;
  breachId: string | null;
  agreementId: string | null;
  conversationId: string | null;
}

/** A suggestion as a step rule proposes it, before it is placed under a step and worded. */
export type SuggestionDraft = Omit<Suggestion, 'text' | 'step'>;

/** Suggestions that wait for another day: shown, but never first while something can be done now. */
export const WAITING: ReadonlySet<SuggestionKind> = new Set(['check-in-another-day']);

export function suggestionFor(
  kind: SuggestionKind,
  /** Who can act on it; null when either partner can. */
  actorId: string | null,
  readerId: string,
  refs: Partial<Pick<Suggestion, 'breachId' | 'agreementId' | 'conversationId'>> = {},
): SuggestionDraft {
  const who: SuggestionWho =
    actorId === null ? 'either' : actorId === readerId ? 'you' : 'your-partner';
  return {
    kind,
    who,
    breachId: refs.breachId ?? null,
    agreementId: refs.agreementId ?? null,
    conversationId: refs.conversationId ?? null,
  };
}
