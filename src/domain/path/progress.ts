/**
 * "Where we are": which of the ten steps the couple has reached, computed from
 * what they did — never ticked by hand, never graded, never a percentage.
 * Steps 1–4 follow DESIGN.md §1 with the thresholds of `thresholds.ts`;
 * steps 5–10 belong to later phases and are reported as "later".
 *
 * Pure: plain data in, plain data out. The server gathers the facts the
 * reader may see (their own entries, and the partner's shared and revealed
 * ones), so the answer never tells one partner what the other keeps private.
 *
 * Several breaches: steps 1 and 3 are reached when they hold for every breach
 * in play (docs/decisions/021-path-with-several-breaches.md).
 */
import { addDays, daysBetween, dayIn, type Day } from '../calendar.js';
import type { AgreementStatus } from './agreements.js';
import { answerersFor, isInPlay, type BreachParties } from './roles.js';
import { PATH_THRESHOLDS, STEPS, type Phase, type StepKey } from './thresholds.js';

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

export type StepStatus = 'reached' | 'not-yet' | 'later';

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
  | 'active-agreement';

export interface StepResult {
  number: number;
  key: StepKey;
  phase: Phase;
  title: string;
  about: string;
  reachedWhen: string;
  status: StepStatus;
  /** When a step that stays reached once reached (1, 3, 4) was reached; null otherwise. */
  reachedAt: string | null;
  missing: MissingPart[];
}

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

export type HelpReason = 'severe-breach' | 'stalled';

export interface PathResult {
  today: Day;
  /** The reader has written today's check-in, so nothing offers to write it again. */
  checkedInToday: boolean;
  steps: StepResult[];
  /** The one gentle suggestion to show first: something the reader can do, when there is. */
  next: Suggestion | null;
  /** At most one suggestion per step that is not reached yet. */
  suggestions: Suggestion[];
  professionalHelp: { suggested: boolean; reasons: HelpReason[] };
}

const TEXT: Record<SuggestionKind, Partial<Record<SuggestionWho, string>>> = {
  'invite-partner': { you: 'Invite your partner: this path is walked by two.' },
  'record-breach': {
    either: 'When you are ready, write down what happened. Either of you can record it.',
  },
  'write-acknowledgment': {
    you: 'When you are ready, describe what happened in your own words.',
    'your-partner': 'Your partner can describe what happened in their own words. There is no rush.',
  },
  'answer-acknowledgment': {
    you: 'Read your partner’s acknowledgment and say whether it feels accurate, or what is missing.',
    'your-partner': 'Your partner can read your acknowledgment and answer it when they are ready.',
  },
  'revise-acknowledgment': {
    you: 'Your partner feels something is missing. You could try again with their words in mind.',
    'your-partner': 'Your partner can write another version of their acknowledgment.',
  },
  'check-in-weekly': { either: 'Check in at least once a week, both of you.' },
  'check-in-another-day': {
    you: 'You have checked in today. Weeks in which you both check in are what count, so come back on another day.',
  },
  'rate-conversation': {
    you: 'Say how safe and how heard you felt in your last conversation.',
  },
  'have-conversation': {
    either:
      'Set aside time for an open conversation. A prompt from the library can help you begin.',
  },
  'write-impact-statement': {
    you: 'Write how this affected you, in your own words.',
    'your-partner': 'Your partner can write how this affected them.',
  },
  'write-apology': {
    you: 'Write an apology that answers how your partner was affected. The guide can help.',
    'your-partner': 'Your partner can write an apology that answers your words.',
  },
  'rate-apology': {
    you: 'Read your partner’s apology and say how understood you feel.',
    'your-partner': 'Your partner can read your apology and say how understood they feel.',
  },
  'try-apology-again': {
    you: 'Your partner asked for another try. Their comment can guide you.',
    'your-partner': 'Your partner can try their apology again, with your comment in mind.',
  },
  'propose-agreement': { either: 'Propose an agreement: a boundary you can both hold.' },
  'answer-agreement': {
    you: 'Your partner proposed an agreement. Read it and answer when you are ready.',
    'your-partner': 'Your partner can read your proposal and answer it.',
  },
  'keep-going': {
    either:
      'You have reached the first four steps. Keep checking in and talking; the restore phase comes next.',
  },
};

/** Suggestions that wait for another day: shown, but never first while something can be done now. */
const WAITING: ReadonlySet<SuggestionKind> = new Set(['check-in-another-day']);

const checkedInOn = (facts: PathFacts, day: Day) =>
  facts.checkIns.some((c) => c.memberId === facts.readerId && c.day === day);

interface StepOutcome {
  reached: boolean;
  reachedAt: string | null;
  missing: MissingPart[];
  suggestion: Omit<Suggestion, 'text' | 'step'> | null;
}

const latestOf = <T extends { version: number }>(items: T[]): T | undefined =>
  items.reduce<T | undefined>(
    (best, item) => (!best || item.version > best.version ? item : best),
    undefined,
  );

const maxOf = (values: string[]): string | null =>
  values.length ? [...values].sort().at(-1)! : null;
const minOf = (values: string[]): string | null => (values.length ? [...values].sort()[0]! : null);

function suggestionFor(
  kind: SuggestionKind,
  /** Who can act on it; null when either partner can. */
  actorId: string | null,
  readerId: string,
  refs: Partial<Pick<Suggestion, 'breachId' | 'agreementId' | 'conversationId'>> = {},
): Omit<Suggestion, 'text' | 'step'> {
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

/** Step 1 for one breach: every partner who broke trust had an acknowledgment confirmed accurate. */
function acknowledgedAt(breach: BreachFacts): string | null {
  const times: string[] = [];
  for (const author of breach.parties.brokeTrust) {
    const answerers = answerersFor(breach.parties, author);
    const confirmed = breach.acknowledgments
      .filter((a) => a.authorId === author && a.response?.verdict === 'accurate')
      .filter((a) => answerers.includes(a.response!.authorId))
      .map((a) => a.response!.at);
    const first = minOf(confirmed);
    if (first === null) return null;
    times.push(first);
  }
  return maxOf(times);
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
    const first = minOf(felt);
    if (first === null) return null;
    times.push(first);
  }
  return maxOf(times);
}

function acknowledge(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  if (inPlay.length === 0) {
    return {
      reached: false,
      reachedAt: null,
      missing: ['breach'],
      suggestion: suggestionFor('record-breach', null, facts.readerId),
    };
  }
  const times = inPlay.map(acknowledgedAt);
  if (times.every((t) => t !== null)) {
    return { reached: true, reachedAt: maxOf(times), missing: [], suggestion: null };
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

function communicate(facts: PathFacts, partnerId: string): StepOutcome {
  const t = PATH_THRESHOLDS.communicate;
  const today = dayIn(facts.now, facts.timeZone);
  const windowStart = addDays(today, -(t.windowWeeks * 7 - 1));
  const inWindow = (day: Day) => day >= windowStart && day <= today;
  const weekOf = (day: Day) => Math.floor(daysBetween(day, today) / 7);

  const weeks = Array.from({ length: t.windowWeeks }, () => new Set<string>());
  for (const checkIn of facts.checkIns) {
    if (!inWindow(checkIn.day)) continue;
    weeks[weekOf(checkIn.day)]?.add(checkIn.memberId);
  }
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

function takeResponsibility(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  if (inPlay.length === 0) {
    return {
      reached: false,
      reachedAt: null,
      missing: ['breach'],
      suggestion: suggestionFor('record-breach', null, facts.readerId),
    };
  }
  const times = inPlay.map(understoodAt);
  if (times.every((t) => t !== null)) {
    return { reached: true, reachedAt: maxOf(times), missing: [], suggestion: null };
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

function setBoundaries(facts: PathFacts, partnerId: string): StepOutcome {
  const both = [facts.readerId, partnerId];
  const active = facts.agreements.filter(
    (a) => a.status === 'active' && both.every((id) => a.activeAcceptedBy.includes(id)),
  );
  if (active.length >= PATH_THRESHOLDS.setBoundaries.activeAgreements) {
    const since = active.map((a) => a.activeSince).filter((s): s is string => s !== null);
    return { reached: true, reachedAt: minOf(since), missing: [], suggestion: null };
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

export function computePath(facts: PathFacts): PathResult {
  const today = dayIn(facts.now, facts.timeZone);
  const partnerId = facts.partnerId;
  const partners = partnerId ? [facts.readerId, partnerId] : [facts.readerId];
  const inPlay = [...facts.breaches]
    .filter((b) => isInPlay(b.parties, partners))
    .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0));

  const alone: StepOutcome = {
    reached: false,
    reachedAt: null,
    missing: ['partner'],
    suggestion: suggestionFor('invite-partner', facts.readerId, facts.readerId),
  };
  const outcomes: Record<number, StepOutcome> = partnerId
    ? {
        1: acknowledge(facts, inPlay),
        2: communicate(facts, partnerId),
        3: takeResponsibility(facts, inPlay),
        4: setBoundaries(facts, partnerId),
      }
    : { 1: alone, 2: alone, 3: alone, 4: alone };

  const steps: StepResult[] = STEPS.map((step) => {
    const outcome = step.computed ? outcomes[step.number] : undefined;
    return {
      number: step.number,
      key: step.key,
      phase: step.phase,
      title: step.title,
      about: step.about,
      reachedWhen: step.reachedWhen,
      status: !outcome ? 'later' : outcome.reached ? 'reached' : 'not-yet',
      reachedAt: outcome?.reachedAt ?? null,
      missing: outcome?.missing ?? [],
    };
  });

  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const step of [1, 2, 3, 4]) {
    const s = outcomes[step]?.suggestion;
    if (!s) continue;
    const key = `${s.kind}|${s.breachId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ ...s, step, text: TEXT[s.kind][s.who] ?? TEXT[s.kind].either ?? '' });
  }
  if (suggestions.length === 0) {
    suggestions.push({
      ...suggestionFor('keep-going', null, facts.readerId),
      step: 5,
      text: TEXT['keep-going'].either!,
    });
  }
  const yours = suggestions.filter((s) => s.who !== 'your-partner');
  const next = yours.find((s) => !WAITING.has(s.kind)) ?? yours[0] ?? suggestions[0] ?? null;

  return {
    today,
    checkedInToday: checkedInOn(facts, today),
    steps,
    next,
    suggestions,
    professionalHelp: professionalHelp(facts, inPlay, steps),
  };
}

function professionalHelp(
  facts: PathFacts,
  inPlay: BreachFacts[],
  steps: StepResult[],
): PathResult['professionalHelp'] {
  const reasons: HelpReason[] = [];
  const inPlayIds = new Set(inPlay.map((b) => b.id));
  if (facts.severities.some((s) => s.severity === 'severe' && inPlayIds.has(s.breachId))) {
    reasons.push('severe-breach');
  }
  const repair = steps.filter((s) => s.status !== 'later');
  const started = minOf(inPlay.map((b) => b.recordedAt));
  if (started !== null && repair.some((s) => s.status !== 'reached')) {
    const stallMs = PATH_THRESHOLDS.professionalHelp.stalledDays * 86_400_000;
    const since = (instant: string) => facts.now.getTime() - new Date(instant).getTime();
    const lastReached = maxOf(
      repair.map((s) => s.reachedAt).filter((r): r is string => r !== null),
    );
    const moving =
      repair.some((s) => s.key === 'communicate' && s.status === 'reached') ||
      (lastReached !== null && since(lastReached) < stallMs);
    if (since(started) >= stallMs && !moving) reasons.push('stalled');
  }
  return { suggested: reasons.length > 0, reasons };
}
