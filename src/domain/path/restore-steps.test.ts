import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import { NO_RESTORE_FACTS, type BreachFacts, type PathFacts, type RestoreFacts } from './facts.js';
import { computePath } from './progress.js';
import { reliableChangeIndex, reliableForgivingChange } from './reliable-change.js';
import { partiesOf, partyColumnsFor } from './roles.js';
import { PATH_THRESHOLDS } from './thresholds.js';
import { RELIABLE_CHANGE_CONSTANTS } from '../reliable-change-constants.js';

const A = 'member-a';
const B = 'member-b';
const NOW = new Date('2026-06-10T12:00:00Z');
const TODAY = '2026-06-10';

/** B broke trust; A was hurt (or both, when mutual). */
const breach = (mutual = false): BreachFacts => ({
  id: 'b1',
  recordedAt: '2026-03-01T10:00:00.000Z',
  parties: partiesOf(partyColumnsFor(mutual ? 'both' : 'me', B, A)),
  acknowledgments: [],
  impactStatements: [],
  apologies: [],
});

const facts = (restore: Partial<RestoreFacts> = {}, overrides: Partial<PathFacts> = {}) =>
  ({
    now: NOW,
    timeZone: 'UTC',
    readerId: A,
    partnerId: B,
    breaches: [breach()],
    checkIns: [],
    conversations: [],
    agreements: [],
    severities: [],
    restore: { ...NO_RESTORE_FACTS, ...restore },
    ...overrides,
  }) satisfies PathFacts;

const step = (input: PathFacts, n: number) => computePath(input).steps[n - 1]!;
const weeklyDays = (weeks: number, offset = 0) =>
  Array.from({ length: weeks }, (_, week) => addDays(TODAY, -(week * 7 + offset)));

describe('step 5, consistency', () => {
  const t = PATH_THRESHOLDS.consistency;
  it('is reached by a commitment held long enough whose strength settled', () => {
    const held = { ownerId: B, daysHeld: t.heldDaysAtLeast, strength: t.strengthAtLeast };
    expect(step(facts({ commitments: [held] }), 5).status).toBe('reached');
  });
  it('is not reached by a strong but young commitment, nor an old but weak one', () => {
    const young = { ownerId: B, daysHeld: t.heldDaysAtLeast - 1, strength: 0.95 };
    const weak = { ownerId: B, daysHeld: 60, strength: t.strengthAtLeast - 0.01 };
    const result = step(facts({ commitments: [young, weak] }), 5);
    expect(result).toMatchObject({ status: 'not-yet', missing: ['settled-commitment'] });
  });
  it('suggests making one to a reader without, keeping it to a reader with one', () => {
    expect(computePath(facts()).suggestions.find((s) => s.step === 5)?.kind).toBe(
      'make-commitment',
    );
    const mine = { ownerId: A, daysHeld: 3, strength: 0.3 };
    expect(
      computePath(facts({ commitments: [mine] })).suggestions.find((s) => s.step === 5)?.kind,
    ).toBe('keep-commitment');
  });
});

describe('step 6, positive behaviour', () => {
  const t = PATH_THRESHOLDS.positiveBehaviour;
  const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * 86_400_000).toISOString();
  it(`is reached by ${t.appreciatedAtLeast} appreciated notes in ${t.windowDays} days`, () => {
    const recent = Array.from({ length: t.appreciatedAtLeast }, (_, i) => ({
      authorId: i % 2 ? A : B,
      at: at(i),
    }));
    expect(step(facts({ appreciations: recent }), 6).status).toBe('reached');
    expect(step(facts({ appreciations: recent.slice(1) }), 6).status).toBe('not-yet');
  });
  it('does not count appreciations older than the window', () => {
    const old = Array.from({ length: t.appreciatedAtLeast }, (_, i) => ({
      authorId: B,
      at: at(t.windowDays + 1 + i),
    }));
    expect(step(facts({ appreciations: old }), 6).status).toBe('not-yet');
  });
});

describe('step 7, patience', () => {
  const both = (days: string[]) =>
    days.flatMap((day) => [A, B].map((memberId) => ({ memberId, day })));
  it('is reached after 90 days on the path with check-ins from both in 8 of 12 weeks', () => {
    const input = facts({ startedOn: addDays(TODAY, -90) }, { checkIns: both(weeklyDays(8)) });
    expect(step(input, 7).status).toBe('reached');
  });
  it('needs both the time and the steadiness; a setback resets nothing', () => {
    const young = facts({ startedOn: addDays(TODAY, -89) }, { checkIns: both(weeklyDays(12)) });
    expect(step(young, 7)).toMatchObject({ status: 'not-yet', missing: ['time-on-path'] });
    const patchy = facts({ startedOn: addDays(TODAY, -200) }, { checkIns: both(weeklyDays(7)) });
    expect(step(patchy, 7)).toMatchObject({ status: 'not-yet', missing: ['steady-check-ins'] });
    const withSetbacks = facts(
      { startedOn: addDays(TODAY, -120), setbackDays: [addDays(TODAY, -3)] },
      { checkIns: both(weeklyDays(9)) },
    );
    expect(step(withSetbacks, 7).status).toBe('reached');
  });
  it('counts only weeks in which both partners checked in', () => {
    const onlyA = weeklyDays(12).map((day) => ({ memberId: A, day }));
    expect(step(facts({ startedOn: '2026-01-01' }, { checkIns: onlyA }), 7).status).toBe('not-yet');
  });
});

describe('step 8, understand needs', () => {
  it('is reached when every listed need of both is acknowledged', () => {
    const needs = [
      { authorId: A, acknowledged: true },
      { authorId: B, acknowledged: true },
    ];
    expect(step(facts({ needs }), 8).status).toBe('reached');
  });
  it('is not reached with no needs listed, or one waiting', () => {
    expect(step(facts(), 8)).toMatchObject({ status: 'not-yet', missing: ['needs-listed'] });
    const waiting = [
      { authorId: A, acknowledged: true },
      { authorId: B, acknowledged: false },
    ];
    const result = computePath(facts({ needs: waiting }));
    expect(result.steps[7]).toMatchObject({ status: 'not-yet', missing: ['needs-acknowledged'] });
    // B's need waits on the reader, A.
    expect(result.suggestions.find((s) => s.step === 8)).toMatchObject({
      kind: 'acknowledge-need',
      who: 'you',
    });
  });
});

describe('step 9, reassurance', () => {
  const t = PATH_THRESHOLDS.reassurance;
  const answers = (memberId: string, value: number, weeks: number) =>
    weeklyDays(weeks).map((day) => ({ memberId, day, value }));
  it(`is reached when the hurt partner felt reassured ${t.weeksAtLeast} of ${t.windowWeeks} weeks`, () => {
    expect(step(facts({ reassured: answers(A, t.reassuredAtLeast, 3) }), 9).status).toBe('reached');
  });
  it('does not count the partner who broke trust, nor answers under the bar', () => {
    expect(step(facts({ reassured: answers(B, 7, 4) }), 9).status).toBe('not-yet');
    expect(step(facts({ reassured: answers(A, t.reassuredAtLeast - 1, 4) }), 9).status).toBe(
      'not-yet',
    );
    expect(step(facts({ reassured: answers(A, 6, 2) }), 9).status).toBe('not-yet');
  });
  it('needs both partners reassured when the breach was mutual', () => {
    const mutual = facts({ reassured: answers(A, 6, 4) }, { breaches: [breach(true)] });
    expect(step(mutual, 9).status).toBe('not-yet');
    const bothReassured = facts(
      { reassured: [...answers(A, 6, 4), ...answers(B, 6, 3)] },
      { breaches: [breach(true)] },
    );
    expect(step(bothReassured, 9).status).toBe('reached');
  });
});

describe('step 10, forgiveness', () => {
  const reflection = (at: string, resentment: number) => ({
    at,
    avoidance: 3,
    resentment,
    goodwill: 3,
  });
  it('is reached by a forgiveness statement of the hurt partner', () => {
    const forgiveness = [{ memberId: A, statement: true, reflections: [] }];
    expect(step(facts({ forgiveness }), 10).status).toBe('reached');
  });
  it('is reached by reliable change in the reflections, not by a small one', () => {
    const reliable = [
      {
        memberId: A,
        statement: false,
        reflections: [reflection('2026-03-01', 4.5), reflection('2026-06-01', 2.5)],
      },
    ];
    expect(step(facts({ forgiveness: reliable }), 10).status).toBe('reached');
    const small = [
      {
        memberId: A,
        statement: false,
        reflections: [reflection('2026-03-01', 4.5), reflection('2026-06-01', 4)],
      },
    ];
    expect(step(facts({ forgiveness: small }), 10)).toMatchObject({
      status: 'not-yet',
      missing: ['forgiveness'],
    });
  });
  it('is not reached by the partner who broke trust, and never suggests anything', () => {
    const theirs = [{ memberId: B, statement: true, reflections: [] }];
    const result = computePath(facts({ forgiveness: theirs }));
    expect(result.steps[9]?.status).toBe('not-yet');
    expect(result.suggestions.some((s) => s.step === 10)).toBe(false);
  });
  it('computes the Jacobson–Truax index with the provisional constants', () => {
    const { sd, reliability } = RELIABLE_CHANGE_CONSTANTS.forgiveness.resentment;
    const sDiff = Math.SQRT2 * sd * Math.sqrt(1 - reliability);
    expect(reliableChangeIndex('forgiveness', 'resentment', 4, 3)).toBeCloseTo(-1 / sDiff, 12);
    const same = { avoidance: 3, resentment: 3, goodwill: 3 };
    expect(reliableForgivingChange(same, same)).toEqual([]);
    expect(reliableForgivingChange(same, { ...same, goodwill: 4.5 })).toEqual(['goodwill']);
    // Growing resentment is change, but not toward forgiving.
    expect(reliableForgivingChange(same, { ...same, resentment: 5 })).toEqual([]);
  });
});

describe('professional help, beside the whole path', () => {
  it('is suggested for a severe breach only while there is no therapist', () => {
    const severe = { severities: [{ breachId: 'b1', severity: 'severe' as const }] };
    expect(computePath(facts({}, severe)).professionalHelp.reasons).toContain('severe-breach');
    expect(
      computePath(facts({ hasTherapist: true }, severe)).professionalHelp.reasons,
    ).not.toContain('severe-breach');
  });
  it('is suggested when two setbacks come within 30 days of each other', () => {
    const close = facts({ setbackDays: [addDays(TODAY, -40), addDays(TODAY, -12)] });
    expect(computePath(close).professionalHelp.reasons).toContain('setbacks-close');
    const apart = facts({ setbackDays: [addDays(TODAY, -80), addDays(TODAY, -40)] });
    expect(computePath(apart).professionalHelp.reasons).not.toContain('setbacks-close');
  });
  it('counts a step held in recent weeks as movement, so a steady couple is not stalled', () => {
    const steady = facts({
      commitments: [{ ownerId: B, daysHeld: 60, strength: 0.9 }],
    });
    expect(computePath(steady).professionalHelp.reasons).not.toContain('stalled');
    expect(computePath(facts()).professionalHelp.reasons).toContain('stalled');
  });
});
