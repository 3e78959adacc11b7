/**
 * "Where we are": which of the ten steps the couple has reached, computed from
 * what they did — never ticked by hand, never graded, never a percentage.
 * Steps 1–4 follow DESIGN.md §1 (their rules are in `repair-steps.ts`),
 * steps 5–10 too (`restore-steps.ts`).
 *
 * Pure: plain data in, plain data out. The facts (`facts.ts`) are what the
 * reader may see, so the answer never tells one partner what the other keeps
 * private. The suggestions' words are in `suggestion-text.ts`.
 */
import { dayIn, type Day } from '../calendar.js';
import { checkedInOn, type BreachFacts, type PathFacts } from './facts.js';
import { earliestInstant, latestInstant } from './instants.js';
import {
  acknowledge,
  communicate,
  setBoundaries,
  takeResponsibility,
  type MissingPart,
  type StepOutcome,
} from './repair-steps.js';
import {
  consistency,
  forgiveness,
  patience,
  positiveBehaviour,
  reassurance,
  setbacksClose,
  understandNeeds,
} from './restore-steps.js';
import { isInPlay } from './roles.js';
import { suggestionText } from './suggestion-text.js';
import { suggestionFor, WAITING, type Suggestion } from './suggestions.js';
import { PATH_THRESHOLDS, STEPS, type Phase, type StepKey } from './thresholds.js';

export type StepStatus = 'reached' | 'not-yet';

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

export type HelpReason = 'severe-breach' | 'stalled' | 'setbacks-close';

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
        5: consistency(facts),
        6: positiveBehaviour(facts),
        7: patience(facts, partnerId),
        8: understandNeeds(facts, partnerId),
        9: reassurance(facts, inPlay),
        10: forgiveness(facts, inPlay),
      }
    : Object.fromEntries(STEPS.map((step) => [step.number, alone]));

  const steps: StepResult[] = STEPS.map((step) => {
    const outcome = outcomes[step.number]!;
    return {
      number: step.number,
      key: step.key,
      phase: step.phase,
      title: step.title,
      about: step.about,
      reachedWhen: step.reachedWhen,
      status: outcome.reached ? 'reached' : 'not-yet',
      reachedAt: outcome.reachedAt,
      missing: outcome.missing,
    };
  });

  const seen = new Set<string>();
  const suggestions: Suggestion[] = [];
  for (const step of STEPS.map((s) => s.number)) {
    const s = outcomes[step]?.suggestion;
    if (!s) continue;
    const key = `${s.kind}|${s.breachId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    suggestions.push({ ...s, step, text: suggestionText(s.kind, s.who) });
  }
  if (suggestions.length === 0) {
    suggestions.push({
      ...suggestionFor('keep-going', null, facts.readerId),
      step: 10,
      text: suggestionText('keep-going', 'either'),
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

/**
 * Professional help is suggested — never required, never blocking — for a
 * breach rated severe while no therapist is with the couple, when no step was
 * reached for three months on a path at least that old, or when two setbacks
 * came within 30 days of each other.
 */
function professionalHelp(
  facts: PathFacts,
  inPlay: BreachFacts[],
  steps: StepResult[],
): PathResult['professionalHelp'] {
  const reasons: HelpReason[] = [];
  const inPlayIds = new Set(inPlay.map((b) => b.id));
  if (
    !facts.restore.hasTherapist &&
    facts.severities.some((s) => s.severity === 'severe' && inPlayIds.has(s.breachId))
  ) {
    reasons.push('severe-breach');
  }
  const started = earliestInstant(inPlay.map((b) => b.recordedAt));
  if (started !== null && steps.some((s) => s.status !== 'reached')) {
    const stallMs = PATH_THRESHOLDS.professionalHelp.stalledDays * 86_400_000;
    const since = (instant: string) => facts.now.getTime() - new Date(instant).getTime();
    const lastReached = latestInstant(
      steps.map((s) => s.reachedAt).filter((r): r is string => r !== null),
    );
    // Steps judged on recent weeks (2, 5–9) show movement while they hold.
    const moving =
      steps.some((s) => s.reachedAt === null && s.status === 'reached') ||
      (lastReached !== null && since(lastReached) < stallMs);
    if (since(started) >= stallMs && !moving) reasons.push('stalled');
  }
  if (setbacksClose(facts)) reasons.push('setbacks-close');
  return { suggested: reasons.length > 0, reasons };
}
