/**
 * Steps 5–10 of the path (DESIGN.md §1): consistency, positive behaviour and
 * patience (restore), understanding needs, reassurance and forgiveness
 * (regain). Each rule reads the facts the reader may see and names what is
 * still to do; none grades or counts days in a row. Forgiveness never
 * suggests anything: nobody is nudged toward it. Pure.
 */
import { daysBetween, dayIn } from '../calendar.js';
import { checkedInOn, type BreachFacts, type PathFacts } from './facts.js';
import { reliableForgivingChange } from './reliable-change.js';
import type { StepOutcome } from './repair-steps.js';
import { suggestionFor } from './suggestions.js';
import { PATH_THRESHOLDS } from './thresholds.js';
import { weeksWith } from './weeks.js';

const notYet = (
  missing: StepOutcome['missing'],
  suggestion: StepOutcome['suggestion'],
): StepOutcome => ({ reached: false, reachedAt: null, missing, suggestion });
const REACHED: StepOutcome = { reached: true, reachedAt: null, missing: [], suggestion: null };

/** The partners who were hurt in a breach in play; everyone in play when none is recorded yet. */
export function hurtPartners(inPlay: BreachFacts[]): string[] {
  return [...new Set(inPlay.flatMap((breach) => breach.parties.hurt))];
}

/** Step 5: a commitment held long enough has settled. */
export function consistency(facts: PathFacts): StepOutcome {
  const t = PATH_THRESHOLDS.consistency;
  const settled = facts.restore.commitments.some(
    (c) => c.daysHeld >= t.heldDaysAtLeast && c.strength >= t.strengthAtLeast,
  );
  if (settled) return REACHED;
  const mine = facts.restore.commitments.filter((c) => c.ownerId === facts.readerId);
  return notYet(
    ['settled-commitment'],
    mine.length === 0
      ? suggestionFor('make-commitment', facts.readerId, facts.readerId)
      : suggestionFor('keep-commitment', facts.readerId, facts.readerId),
  );
}

/** Step 6: enough notes and gestures appreciated lately. */
export function positiveBehaviour(facts: PathFacts): StepOutcome {
  const t = PATH_THRESHOLDS.positiveBehaviour;
  const since = facts.now.getTime() - t.windowDays * 86_400_000;
  const recent = facts.restore.appreciations.filter((a) => new Date(a.at).getTime() >= since);
  if (recent.length >= t.appreciatedAtLeast) return REACHED;
  return notYet(['appreciated-gestures'], suggestionFor('send-note', null, facts.readerId));
}

/** Step 7: time on the path with steady check-ins; setbacks reset nothing. */
export function patience(facts: PathFacts, partnerId: string): StepOutcome {
  const t = PATH_THRESHOLDS.patience;
  const today = dayIn(facts.now, facts.timeZone);
  const started = facts.restore.startedOn;
  const longEnough = started !== null && daysBetween(started, today) >= t.daysOnPathAtLeast;
  const both = [facts.readerId, partnerId];
  const steady =
    weeksWith(today, t.windowWeeks, facts.checkIns).filter((members) =>
      both.every((id) => members.has(id)),
    ).length >= t.weeksWithCheckInsAtLeast;
  if (longEnough && steady) return REACHED;
  const missing: StepOutcome['missing'] = [];
  if (!longEnough) missing.push('time-on-path');
  if (!steady) missing.push('steady-check-ins');
  // As in step 2: once today's check-in is written, offering it again would ask for nothing.
  const suggestion = steady
    ? null
    : checkedInOn(facts, today)
      ? suggestionFor('check-in-another-day', facts.readerId, facts.readerId)
      : suggestionFor('check-in-weekly', null, facts.readerId);
  return notYet(missing, suggestion);
}

/** Step 8: every listed need is acknowledged by the other partner. */
export function understandNeeds(facts: PathFacts, partnerId: string): StepOutcome {
  const needs = facts.restore.needs;
  if (needs.length > 0 && needs.every((need) => need.acknowledged)) return REACHED;
  if (needs.length === 0) {
    return notYet(['needs-listed'], suggestionFor('list-needs', null, facts.readerId));
  }
  const waitingOnReader = needs.some((n) => n.authorId === partnerId && !n.acknowledged);
  return notYet(
    ['needs-acknowledged'],
    waitingOnReader
      ? suggestionFor('acknowledge-need', facts.readerId, facts.readerId)
      : suggestionFor('acknowledge-need', partnerId, facts.readerId),
  );
}

/** Step 9: the hurt partner felt reassured in most recent weeks. */
export function reassurance(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  const t = PATH_THRESHOLDS.reassurance;
  const hurt = hurtPartners(inPlay);
  if (hurt.length === 0) return notYet(['breach'], null);
  const reassured = facts.restore.reassured
    .filter((answer) => answer.value >= t.reassuredAtLeast)
    .map((answer) => ({ memberId: answer.memberId, day: answer.day }));
  const weeks = weeksWith(dayIn(facts.now, facts.timeZone), t.windowWeeks, reassured);
  const everyHurtPartner = hurt.every(
    (id) => weeks.filter((members) => members.has(id)).length >= t.weeksAtLeast,
  );
  if (everyHurtPartner) return REACHED;
  const readerHurt = hurt.includes(facts.readerId);
  return notYet(
    ['feeling-reassured'],
    readerHurt
      ? suggestionFor('ask-for-reassurance', facts.readerId, facts.readerId)
      : suggestionFor('offer-reassurance', facts.readerId, facts.readerId),
  );
}

/**
 * Step 10: every hurt partner shared a forgiveness statement, or their
 * reflections — as far as the reader may see them — show reliable change.
 * No suggestion, ever: forgiveness is not asked for.
 */
export function forgiveness(facts: PathFacts, inPlay: BreachFacts[]): StepOutcome {
  const hurt = hurtPartners(inPlay);
  if (hurt.length === 0) return notYet(['breach'], null);
  const forgave = (memberId: string) => {
    const own = facts.restore.forgiveness.find((f) => f.memberId === memberId);
    if (!own) return false;
    if (own.statement) return true;
    const ordered = [...own.reflections].sort((a, b) => (a.at < b.at ? -1 : 1));
    const first = ordered[0];
    const last = ordered.at(-1);
    return !!first && !!last && first !== last && reliableForgivingChange(first, last).length > 0;
  };
  return hurt.every(forgave) ? REACHED : notYet(['forgiveness'], null);
}

/** Two setbacks within the window of each other (professional help). */
export function setbacksClose(facts: PathFacts): boolean {
  const within = PATH_THRESHOLDS.professionalHelp.setbacksWithinDays;
  const days = [...facts.restore.setbackDays].sort();
  return days.some((day, index) => index > 0 && daysBetween(days[index - 1]!, day) < within);
}
