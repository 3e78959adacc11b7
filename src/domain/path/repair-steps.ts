/**
 * The rules of the repair steps (1–4 of DESIGN.md §1, with the thresholds of
 * `thresholds.ts`): for each, whether it is reached, what is still missing,
 * and the one suggestion that could come next.
 *
 * Several breaches: steps 1 and 3 are reached when they hold for every breach
 * in play (docs/decisions/021-path-with-several-breaches.md).
 */
import { addDays, dayIn, type Day } from '../calendar.js';
import { checkedInOn, type BreachFacts, type PathFacts } from './facts.js';
import { earliestInstant, latestInstant } from './instants.js';
import { answerersFor } from './roles.js';
import { suggestionFor, type SuggestionDraft } from './suggestions.js';
import { PATH_THRESHOLDS } from './thresholds.js';
import { weeksWith } from './weeks.js';

/** What is still missing for a step — names of things to do, never a score. */
export type MissingPart =
  | 'partner'
  | 'breach'
  | 'acknowledgment'
  | 'acknowledgment-confirmed'
  | 'weekly-check-ins'
  | 'safe-conversation'
  | 'impact-statement'
  | 'apology'
  | 'feeling-understood'
  | 'active-agreement'
  | 'settled-commitment'
  | 'appreciated-gestures'
  | 'time-on-path'
  | 'steady-check-ins'
  | 'needs-listed'
  | 'needs-acknowledged'
  | 'feeling-reassured'
  | 'forgiveness';

/** What one step rule found. */
export interface StepOutcome {
  reached: boolean;
  reachedAt: string | null;
  missing: MissingPart[];
  suggestion: SuggestionDraft | null;
}

const latestOf = <T extends { version: number }>(items: T[]): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (!best || item.version > best.version ? item : best),
    undefined,
  );

/** Step 1 for one breach: every partner who broke trust had an acknowledgment confirmed accurate. */
function acknowledgedAt(breach: BreachFacts): string | null {
  const times: string[] = [];
  for (const author of breach.parties.brokeTrust) {
    const answerers = answerersFor(breach.parties, author);
    const confirmed = breach.acknowledgments
      .filter((a) => a.authorId === author && a.response?.verdict === 'accurate')
      .filter((a) => answerers.includes(a.response!.authorId))
      .map((a) => a.response!.at);
    const first = earliestInstant(confirmed);
    if (first === null) return null;
    times.push(first);
  }
  return latestInstant(times);
}

/** Step 3 for one breach: every hurt partner felt understood by an apology. */
function understoodAt(breach: BreachFacts): string | null {
  const times: string[] = [];
  for (const hurt of breach.parties.hurt) {
    const felt = breach.apologies
      .filter((a) => a.authorId !== hurt && breach.parties.brokeTrust.includes(a.authorId))
      .filter(
        (a) =>
          a.rating?.authorId === hurt &&
          a.rating.understood >= PATH_THRESHOLDS.takeResponsibility.understoodAtLeast,
      )
      .map((a) => a.rating!.at);
    const first = earliestInstant(felt);
    if (first === null) return null;
    times.push(first);
  }
  return latestInstant(times);
}

/** Steps 1 and 3 start from a breach: with none in play, recording one comes first. */
function noBreachYet(facts: PathFacts): StepOutcome {
  return {
    reached: false,
    reachedAt: null,
    missing: ['breach'],
    suggestion: suggestionFor('record-breach', null, facts.readerId),
  };
}

/** Step 1, Acknowledge: every breach in play is acknowledged and confirmed accurate. */
export function acknowledge(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  if (inPlay.length === 0) return noBreachYet(facts);
  const times = inPlay.map(acknowledgedAt);
  if (times.every((t) => t !== null)) {
    return { reached: true, reachedAt: latestInstant(times), missing: [], suggestion: null };
  }
  const missing = new Set<MissingPart>();
  let suggestion: StepOutcome['suggestion'] = null;
  for (const [index, breach] of inPlay.entries()) {
    if (times[index] !== null) continue;
    for (const author of breach.parties.brokeTrust) {
      const answerers = answerersFor(breach.parties, author);
      const mine = breach.acknowledgments.filter((a) => a.authorId === author);
      if (
        mine.some(
          (a) => a.response?.verdict === 'accurate' && answerers.includes(a.response.authorId),
        )
      )
        continue;
      const latest = latestOf(mine);
      missing.add(latest ? 'acknowledgment-confirmed' : 'acknowledgment');
      const refs = { breachId: breach.id };
      const candidate = !latest
        ? suggestionFor('write-acknowledgment', author, facts.readerId, refs)
        : latest.response === null
          ? suggestionFor('answer-acknowledgment', answerers[0]!, facts.readerId, refs)
          : suggestionFor('revise-acknowledgment', author, facts.readerId, refs);
      // Prefer something the reader can do; otherwise the first thing waiting.
      if (!suggestion || (suggestion.who === 'your-partner' && candidate.who !== 'your-partner'))
        suggestion = candidate;
    }
  }
  return { reached: false, reachedAt: null, missing: [...missing], suggestion };
}

/** Step 2, Communicate: steady weekly check-ins by both and a conversation both felt safe in. */
export function communicate(facts: PathFacts, partnerId: string): StepOutcome {
  const t = PATH_THRESHOLDS.communicate;
  const today = dayIn(facts.now, facts.timeZone);
  const windowStart = addDays(today, -(t.windowWeeks * 7 - 1));
  const inWindow = (day: Day) => day >= windowStart && day <= today;

  const weeks = weeksWith(today, t.windowWeeks, facts.checkIns);
  const both = [facts.readerId, partnerId];
  const steadyWeeks = weeks.filter((members) => both.every((id) => members.has(id))).length;
  const checkInsOk = steadyWeeks >= t.weeksWithBothCheckedIn;

  const recent = facts.conversations.filter((c) => inWindow(c.day));
  const safe = recent.some((c) =>
    both.every((id) => c.ratings.some((r) => r.memberId === id && r.feltSafe >= t.feltSafeAtLeast)),
  );

  if (checkInsOk && safe) return { reached: true, reachedAt: null, missing: [], suggestion: null };
  const missing: MissingPart[] = [];
  if (!checkInsOk) missing.push('weekly-check-ins');
  if (!safe) missing.push('safe-conversation');

  let suggestion: StepOutcome['suggestion'];
  const unrated = [...recent]
    .sort((a, b) => (a.day < b.day ? 1 : -1))
    .find((c) => !c.ratings.some((r) => r.memberId === facts.readerId));
  if (!safe && unrated) {
    suggestion = suggestionFor('rate-conversation', facts.readerId, facts.readerId, {
      conversationId: unrated.id,
    });
  } else if (!safe) {
    suggestion = suggestionFor('have-conversation', null, facts.readerId);
  } else if (checkedInOn(facts, today)) {
    // Today's check-in is written: offering it again would be a nudge with nothing to do.
    suggestion = suggestionFor('check-in-another-day', facts.readerId, facts.readerId);
  } else {
    suggestion = suggestionFor('check-in-weekly', null, facts.readerId);
  }
  return { reached: false, reachedAt: null, missing, suggestion };
}

/** Step 3, Take responsibility: every hurt partner felt understood by an apology. */
export function takeResponsibility(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  if (inPlay.length === 0) return noBreachYet(facts);
  const times = inPlay.map(understoodAt);
  if (times.every((t) => t !== null)) {
    return { reached: true, reachedAt: latestInstant(times), missing: [], suggestion: null };
  }
  const threshold = PATH_THRESHOLDS.takeResponsibility.understoodAtLeast;
  const missing = new Set<MissingPart>();
  let suggestion: StepOutcome['suggestion'] = null;
  for (const [index, breach] of inPlay.entries()) {
    if (times[index] !== null) continue;
    for (const hurt of breach.parties.hurt) {
      const apologizers = breach.parties.brokeTrust.filter((id) => id !== hurt);
      const answered = breach.apologies.some(
        (a) =>
          apologizers.includes(a.authorId) &&
          a.rating?.authorId === hurt &&
          a.rating.understood >= threshold,
      );
      if (answered) continue;
      const refs = { breachId: breach.id };
      const hasStatement = breach.impactStatements.some((s) => s.authorId === hurt);
      const latest = latestOf(breach.apologies.filter((a) => apologizers.includes(a.authorId)));
      let candidate: StepOutcome['suggestion'];
      if (!hasStatement && !latest) {
        missing.add('impact-statement');
        candidate = suggestionFor('write-impact-statement', hurt, facts.readerId, refs);
      } else if (!latest) {
        missing.add('apology');
        candidate = suggestionFor('write-apology', apologizers[0]!, facts.readerId, refs);
      } else if (latest.rating === null) {
        missing.add('feeling-understood');
        candidate = suggestionFor('rate-apology', hurt, facts.readerId, refs);
      } else {
        missing.add('feeling-understood');
        candidate = suggestionFor('try-apology-again', latest.authorId, facts.readerId, refs);
      }
      if (!suggestion || (suggestion.who === 'your-partner' && candidate.who !== 'your-partner'))
        suggestion = candidate;
    }
  }
  return { reached: false, reachedAt: null, missing: [...missing], suggestion };
}

/** Step 4, Set boundaries: an agreement both accepted is active. */
export function setBoundaries(facts: PathFacts, partnerId: string): StepOutcome {
  const both = [facts.readerId, partnerId];
  const active = facts.agreements.filter(
    (a) => a.status === 'active' && both.every((id) => a.activeAcceptedBy.includes(id)),
  );
  if (active.length >= PATH_THRESHOLDS.setBoundaries.activeAgreements) {
    const since = active.map((a) => a.activeSince).filter((s): s is string => s !== null);
    return { reached: true, reachedAt: earliestInstant(since), missing: [], suggestion: null };
  }
  const waiting = facts.agreements.find((a) => a.status !== 'retired' && a.pending !== null);
  let suggestion: StepOutcome['suggestion'];
  if (waiting?.pending?.authorId) {
    const answerer = waiting.pending.authorId === facts.readerId ? partnerId : facts.readerId;
    suggestion = suggestionFor('answer-agreement', answerer, facts.readerId, {
      agreementId: waiting.id,
    });
  } else {
    suggestion = suggestionFor('propose-agreement', null, facts.readerId);
  }
  return { reached: false, reachedAt: null, missing: ['active-agreement'], suggestion };
}
