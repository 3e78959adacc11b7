import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar.js';
import {
  NO_RESTORE_FACTS,
  type AgreementFacts,
  type BreachFacts,
  type ConversationFacts,
  type PathFacts,
} from './facts.js';
import { computePath } from './progress.js';
import { partiesOf, partyColumnsFor } from './roles.js';
import { PATH_THRESHOLDS } from './thresholds.js';

const A = 'member-a';
const B = 'member-b';
const NOW = new Date('2026-03-10T12:00:00Z');
const TODAY = '2026-03-10';

const facts = (overrides: Partial<PathFacts> = {}): PathFacts => ({
  now: NOW,
  timeZone: 'UTC',
  readerId: A,
  partnerId: B,
  breaches: [],
  checkIns: [],
  conversations: [],
  agreements: [],
  severities: [],
  restore: NO_RESTORE_FACTS,
  ...overrides,
});

/** A breach in which `breaker` broke trust with the other one (or both, when mutual). */
const breach = (
  id: string,
  breaker: string,
  overrides: Partial<BreachFacts> = {},
  mutual = false,
): BreachFacts => ({
  id,
  recordedAt: '2026-03-01T10:00:00.000Z',
  parties: partiesOf(partyColumnsFor(mutual ? 'both' : 'me', breaker, breaker === A ? B : A)),
  acknowledgments: [],
  impactStatements: [],
  apologies: [],
  ...overrides,
});

const ack = (
  authorId: string,
  version: number,
  response: { authorId: string; verdict: 'accurate' | 'something-missing'; at: string } | null,
) => ({ authorId, version, createdAt: '2026-03-02T10:00:00.000Z', response });

const apology = (
  authorId: string,
  version: number,
  rating: { authorId: string; understood: number; anotherTry?: boolean; at?: string } | null,
) => ({
  authorId,
  version,
  createdAt: '2026-03-03T10:00:00.000Z',
  rating: rating
    ? {
        authorId: rating.authorId,
        understood: rating.understood,
        anotherTry: rating.anotherTry ?? false,
        at: rating.at ?? '2026-03-04T10:00:00.000Z',
      }
    : null,
});

/** Both partners checked in on the given days before today. */
const checkInsOn = (...daysAgo: number[]) =>
  daysAgo.flatMap((ago) => [
    { memberId: A, day: addDays(TODAY, -ago) },
    { memberId: B, day: addDays(TODAY, -ago) },
  ]);

const conversation = (
  id: string,
  daysAgo: number,
  safeA: number,
  safeB: number,
): ConversationFacts => ({
  id,
  day: addDays(TODAY, -daysAgo),
  ratings: [
    { memberId: A, feltSafe: safeA },
    { memberId: B, feltSafe: safeB },
  ],
});

const agreement = (overrides: Partial<AgreementFacts> = {}): AgreementFacts => ({
  id: 'agreement-1',
  status: 'active',
  activeAcceptedBy: [A, B],
  activeSince: '2026-03-05T10:00:00.000Z',
  pending: null,
  ...overrides,
});

const step = (result: ReturnType<typeof computePath>, n: number) => result.steps[n - 1]!;

describe('where we are: the steps and their order', () => {
  it('lists ten steps in three phases, each computed, never graded', () => {
    const result = computePath(facts());
    expect(result.steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(result.steps.map((s) => s.phase)).toEqual([
      'repair',
      'repair',
      'repair',
      'repair',
      'restore',
      'restore',
      'restore',
      'regain',
      'regain',
      'regain',
    ]);
    for (const later of result.steps.slice(4)) {
      expect(later).toMatchObject({ status: 'not-yet', reachedAt: null });
      expect(later.missing.length).toBeGreaterThan(0);
    }
    expect(result.today).toBe(TODAY);
  });

  it('asks to invite the partner while the reader is alone', () => {
    const result = computePath(facts({ partnerId: null }));
    for (const n of [1, 2, 3, 4])
      expect(step(result, n)).toMatchObject({ status: 'not-yet', missing: ['partner'] });
    expect(result.next).toMatchObject({ kind: 'invite-partner', who: 'you' });
  });
});

describe('step 1, acknowledge', () => {
  it('starts with recording a breach, which either partner can do', () => {
    const result = computePath(facts());
    expect(step(result, 1)).toMatchObject({ status: 'not-yet', missing: ['breach'] });
    expect(result.next).toMatchObject({ step: 1, kind: 'record-breach', who: 'either' });
  });

  it('waits for the partner who broke trust to write the acknowledgment', () => {
    const asBreaker = computePath(facts({ breaches: [breach('b1', A)] }));
    expect(step(asBreaker, 1).missing).toEqual(['acknowledgment']);
    expect(asBreaker.suggestions[0]).toMatchObject({
      kind: 'write-acknowledgment',
      who: 'you',
      breachId: 'b1',
    });

    const asHurt = computePath(facts({ breaches: [breach('b1', B)] }));
    expect(asHurt.suggestions[0]).toMatchObject({
      kind: 'write-acknowledgment',
      who: 'your-partner',
    });
  });

  it('then waits for the hurt partner’s answer, and a revision after “something is missing”', () => {
    const unanswered = computePath(
      facts({ breaches: [breach('b1', B, { acknowledgments: [ack(B, 1, null)] })] }),
    );
    expect(step(unanswered, 1).missing).toEqual(['acknowledgment-confirmed']);
    expect(unanswered.next).toMatchObject({ kind: 'answer-acknowledgment', who: 'you' });

    const missing = computePath(
      facts({
        breaches: [
          breach('b1', B, {
            acknowledgments: [
              ack(B, 1, {
                authorId: A,
                verdict: 'something-missing',
                at: '2026-03-03T00:00:00.000Z',
              }),
            ],
          }),
        ],
      }),
    );
    expect(step(missing, 1).status).toBe('not-yet');
    expect(missing.suggestions[0]).toMatchObject({
      kind: 'revise-acknowledgment',
      who: 'your-partner',
    });
  });

  it('is reached when the hurt partner confirms the acknowledgment is accurate', () => {
    const at = '2026-03-04T09:00:00.000Z';
    const result = computePath(
      facts({
        breaches: [
          breach('b1', B, {
            acknowledgments: [ack(B, 1, { authorId: A, verdict: 'accurate', at })],
          }),
        ],
      }),
    );
    expect(step(result, 1)).toMatchObject({ status: 'reached', reachedAt: at, missing: [] });
  });

  it('stays reached when a later version is questioned: a confirmation is never taken back', () => {
    const result = computePath(
      facts({
        breaches: [
          breach('b1', B, {
            acknowledgments: [
              ack(B, 1, { authorId: A, verdict: 'accurate', at: '2026-03-04T09:00:00.000Z' }),
              ack(B, 2, {
                authorId: A,
                verdict: 'something-missing',
                at: '2026-03-05T09:00:00.000Z',
              }),
            ],
          }),
        ],
      }),
    );
    expect(step(result, 1).status).toBe('reached');
  });

  it('does not count a confirmation by the author of the acknowledgment', () => {
    const result = computePath(
      facts({
        breaches: [
          breach('b1', A, {
            acknowledgments: [
              ack(A, 1, { authorId: A, verdict: 'accurate', at: '2026-03-04T09:00:00.000Z' }),
            ],
          }),
        ],
      }),
    );
    expect(step(result, 1).status).toBe('not-yet');
  });

  it('needs both acknowledgments confirmed when the breach is mutual', () => {
    const first = ack(A, 1, { authorId: B, verdict: 'accurate', at: '2026-03-04T09:00:00.000Z' });
    const second = ack(B, 1, { authorId: A, verdict: 'accurate', at: '2026-03-06T09:00:00.000Z' });
    const half = computePath(
      facts({ breaches: [breach('b1', A, { acknowledgments: [first] }, true)] }),
    );
    expect(step(half, 1).status).toBe('not-yet');
    expect(half.suggestions[0]).toMatchObject({
      kind: 'write-acknowledgment',
      who: 'your-partner',
    });

    const whole = computePath(
      facts({ breaches: [breach('b1', A, { acknowledgments: [first, second] }, true)] }),
    );
    expect(step(whole, 1)).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-06T09:00:00.000Z',
    });
  });

  it('holds for every breach in play: a newly recorded breach is not yet acknowledged', () => {
    const done = breach('b1', B, {
      acknowledgments: [
        ack(B, 1, { authorId: A, verdict: 'accurate', at: '2026-03-04T09:00:00.000Z' }),
      ],
    });
    const fresh = breach('b2', A, { recordedAt: '2026-03-08T10:00:00.000Z' });
    const result = computePath(facts({ breaches: [done, fresh] }));
    expect(step(result, 1)).toMatchObject({ status: 'not-yet', missing: ['acknowledgment'] });
    expect(result.next).toMatchObject({ kind: 'write-acknowledgment', breachId: 'b2', who: 'you' });
  });

  it('leaves a breach with a former partner out: it is history, not where this couple stands', () => {
    const old: BreachFacts = {
      ...breach('b0', A),
      parties: partiesOf(partyColumnsFor('me', A, 'former')),
    };
    const result = computePath(facts({ breaches: [old] }));
    expect(step(result, 1).missing).toEqual(['breach']);
  });
});

describe('step 2, communicate', () => {
  const safeTalk = conversation('c1', 2, 5, 6);

  it('is reached with both checking in in 3 of the last 4 weeks and one conversation both felt safe in', () => {
    const result = computePath(
      facts({ checkIns: checkInsOn(0, 8, 15), conversations: [safeTalk] }),
    );
    expect(step(result, 2)).toMatchObject({ status: 'reached', missing: [], reachedAt: null });
  });

  it('counts weeks of seven days ending today, and only the last four', () => {
    // Weeks: [0..6], [7..13], [14..20], [21..27]; day 28 is outside.
    expect(
      step(computePath(facts({ checkIns: checkInsOn(6, 13, 27), conversations: [safeTalk] })), 2)
        .status,
    ).toBe('reached');
    expect(
      step(computePath(facts({ checkIns: checkInsOn(6, 13, 28), conversations: [safeTalk] })), 2)
        .status,
    ).toBe('not-yet');
    // Two check-ins in one week still make one week.
    expect(
      step(computePath(facts({ checkIns: checkInsOn(0, 1, 8), conversations: [safeTalk] })), 2)
        .missing,
    ).toEqual(['weekly-check-ins']);
  });

  it('needs both partners in the same week, not one of them', () => {
    const checkIns = [
      ...checkInsOn(1, 8),
      { memberId: A, day: addDays(TODAY, -15) },
      { memberId: B, day: addDays(TODAY, -22) },
    ];
    const result = computePath(facts({ checkIns, conversations: [safeTalk] }));
    expect(step(result, 2)).toMatchObject({ status: 'not-yet', missing: ['weekly-check-ins'] });
    expect(result.suggestions.find((s) => s.step === 2)).toMatchObject({
      kind: 'check-in-weekly',
      who: 'either',
    });
  });

  it('stops offering today’s check-in once the reader has written it', () => {
    const before = computePath(facts({ checkIns: checkInsOn(8), conversations: [safeTalk] }));
    expect(before.checkedInToday).toBe(false);
    expect(before.suggestions.find((s) => s.step === 2)).toMatchObject({
      kind: 'check-in-weekly',
    });

    const checkedIn = computePath(
      facts({
        checkIns: [...checkInsOn(8), { memberId: A, day: TODAY }],
        conversations: [safeTalk],
      }),
    );
    expect(checkedIn.checkedInToday).toBe(true);
    expect(checkedIn.suggestions.map((s) => s.kind)).not.toContain('check-in-weekly');
    expect(checkedIn.suggestions.find((s) => s.step === 2)).toMatchObject({
      kind: 'check-in-another-day',
      who: 'you',
    });
    // Only the partner's check-in today does not count as the reader's.
    expect(
      computePath(facts({ checkIns: [{ memberId: B, day: TODAY }], conversations: [safeTalk] }))
        .checkedInToday,
    ).toBe(false);
  });

  it('puts something that can be done today before “come back on another day”', () => {
    const result = computePath(
      facts({
        checkIns: [{ memberId: A, day: TODAY }],
        conversations: [safeTalk],
        breaches: [breach('b1', B)],
      }),
    );
    expect(result.suggestions.map((s) => s.kind)).toContain('check-in-another-day');
    expect(result.next?.kind).not.toBe('check-in-another-day');
  });

  it(`needs “felt safe” of at least ${PATH_THRESHOLDS.communicate.feltSafeAtLeast} from both on the same conversation`, () => {
    const checkIns = checkInsOn(0, 8, 15);
    expect(
      step(computePath(facts({ checkIns, conversations: [conversation('c', 1, 5, 5)] })), 2).status,
    ).toBe('reached');
    expect(
      step(computePath(facts({ checkIns, conversations: [conversation('c', 1, 7, 4)] })), 2)
        .missing,
    ).toEqual(['safe-conversation']);
    // Safe for A in one talk and for B in another is not one conversation safe for both.
    const split = [conversation('c1', 1, 6, 2), conversation('c2', 3, 2, 6)];
    expect(step(computePath(facts({ checkIns, conversations: split })), 2).status).toBe('not-yet');
    // Only one rating so far.
    const oneSided: ConversationFacts = {
      id: 'c',
      day: TODAY,
      ratings: [{ memberId: B, feltSafe: 7 }],
    };
    const result = computePath(facts({ checkIns, conversations: [oneSided] }));
    expect(step(result, 2).status).toBe('not-yet');
    expect(result.suggestions.find((s) => s.step === 2)).toMatchObject({
      kind: 'rate-conversation',
      who: 'you',
      conversationId: 'c',
    });
  });

  it('does not count a conversation older than the window', () => {
    const result = computePath(
      facts({ checkIns: checkInsOn(0, 8, 15), conversations: [conversation('c', 28, 7, 7)] }),
    );
    expect(step(result, 2).missing).toEqual(['safe-conversation']);
    expect(result.suggestions.find((s) => s.step === 2)?.kind).toBe('have-conversation');
  });

  it('counts today in the reader’s own time zone', () => {
    // 2026-03-10T12:00Z is already the 11th in Kiritimati: a check-in on the 11th is "today".
    const checkIns = [
      ...checkInsOn(8, 15),
      { memberId: A, day: '2026-03-11' },
      { memberId: B, day: '2026-03-11' },
    ];
    const conversations = [conversation('c', 1, 6, 6)];
    expect(
      step(computePath(facts({ checkIns, conversations, timeZone: 'Pacific/Kiritimati' })), 2)
        .status,
    ).toBe('reached');
    expect(step(computePath(facts({ checkIns, conversations, timeZone: 'UTC' })), 2).status).toBe(
      'not-yet',
    );
  });

  it('never goes from reached to not yet when more check-ins or ratings are added (property)', () => {
    const day = fc.integer({ min: 0, max: 40 });
    const member = fc.constantFrom(A, B);
    const checkIn = fc.record({ memberId: member, ago: day });
    const talk = fc.record({
      ago: day,
      safeA: fc.integer({ min: 1, max: 7 }),
      safeB: fc.integer({ min: 1, max: 7 }),
    });
    const toFacts = (
      checkIns: { memberId: string; ago: number }[],
      talks: { ago: number; safeA: number; safeB: number }[],
    ) =>
      facts({
        checkIns: checkIns.map((c) => ({ memberId: c.memberId, day: addDays(TODAY, -c.ago) })),
        conversations: talks.map((t, i) => conversation(`c${i}`, t.ago, t.safeA, t.safeB)),
      });
    fc.assert(
      fc.property(
        fc.array(checkIn, { maxLength: 30 }),
        fc.array(talk, { maxLength: 5 }),
        fc.array(checkIn, { maxLength: 10 }),
        fc.array(talk, { maxLength: 3 }),
        (checkIns, talks, moreCheckIns, moreTalks) => {
          const before = step(computePath(toFacts(checkIns, talks)), 2).status;
          const after = step(
            computePath(toFacts([...checkIns, ...moreCheckIns], [...talks, ...moreTalks])),
            2,
          ).status;
          if (before === 'reached') expect(after).toBe('reached');
        },
      ),
    );
  });

  it('never depends on check-ins outside the window (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 28, max: 400 }), { maxLength: 20 }), (old) => {
        const base = facts({
          checkIns: checkInsOn(0, 8),
          conversations: [conversation('c', 1, 7, 7)],
        });
        const withOld = { ...base, checkIns: [...base.checkIns, ...checkInsOn(...old)] };
        expect(step(computePath(withOld), 2)).toEqual(step(computePath(base), 2));
      }),
    );
  });
});

describe('step 3, take responsibility', () => {
  it('starts with the hurt partner’s impact statement, then the apology, then the rating', () => {
    const noStatement = computePath(facts({ breaches: [breach('b1', B)] }));
    expect(step(noStatement, 3).missing).toEqual(['impact-statement']);
    expect(noStatement.suggestions.find((s) => s.step === 3)).toMatchObject({
      kind: 'write-impact-statement',
      who: 'you',
    });

    const statement = { authorId: A, version: 1, createdAt: '2026-03-02T10:00:00.000Z' };
    const noApology = computePath(
      facts({ breaches: [breach('b1', B, { impactStatements: [statement] })] }),
    );
    expect(step(noApology, 3).missing).toEqual(['apology']);
    expect(noApology.suggestions.find((s) => s.step === 3)).toMatchObject({
      kind: 'write-apology',
      who: 'your-partner',
    });

    const unrated = computePath(
      facts({
        breaches: [
          breach('b1', B, { impactStatements: [statement], apologies: [apology(B, 1, null)] }),
        ],
      }),
    );
    expect(step(unrated, 3).missing).toEqual(['feeling-understood']);
    expect(unrated.suggestions.find((s) => s.step === 3)).toMatchObject({
      kind: 'rate-apology',
      who: 'you',
    });
  });

  it(`is reached when the hurt partner rates an apology ${PATH_THRESHOLDS.takeResponsibility.understoodAtLeast} or more`, () => {
    const rated = (understood: number) =>
      computePath(
        facts({
          breaches: [breach('b1', B, { apologies: [apology(B, 1, { authorId: A, understood })] })],
        }),
      );
    expect(step(rated(4), 3).status).toBe('not-yet');
    expect(rated(4).suggestions.find((s) => s.step === 3)).toMatchObject({
      kind: 'try-apology-again',
      who: 'your-partner',
    });
    expect(step(rated(5), 3)).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-04T10:00:00.000Z',
    });
    expect(step(rated(7), 3).status).toBe('reached');
  });

  it('counts an earlier apology that was felt, after another try too', () => {
    const result = computePath(
      facts({
        breaches: [
          breach('b1', B, {
            apologies: [
              apology(B, 1, { authorId: A, understood: 3, anotherTry: true }),
              apology(B, 2, { authorId: A, understood: 6, at: '2026-03-07T10:00:00.000Z' }),
            ],
          }),
        ],
      }),
    );
    expect(step(result, 3)).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-07T10:00:00.000Z',
    });
  });

  it('does not count a rating by the apology’s own author', () => {
    const result = computePath(
      facts({
        breaches: [breach('b1', A, { apologies: [apology(A, 1, { authorId: A, understood: 7 })] })],
      }),
    );
    expect(step(result, 3).status).toBe('not-yet');
  });

  it('needs both partners to feel understood when the breach is mutual', () => {
    const half = breach(
      'b1',
      A,
      { apologies: [apology(A, 1, { authorId: B, understood: 6 })] },
      true,
    );
    expect(step(computePath(facts({ breaches: [half] })), 3).status).toBe('not-yet');
    const whole = breach(
      'b1',
      A,
      {
        apologies: [
          apology(A, 1, { authorId: B, understood: 6 }),
          apology(B, 1, { authorId: A, understood: 5, at: '2026-03-09T10:00:00.000Z' }),
        ],
      },
      true,
    );
    expect(step(computePath(facts({ breaches: [whole] })), 3)).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-09T10:00:00.000Z',
    });
  });

  it('holds for every breach in play', () => {
    const felt = breach('b1', B, { apologies: [apology(B, 1, { authorId: A, understood: 6 })] });
    const open = breach('b2', B, { recordedAt: '2026-03-09T10:00:00.000Z' });
    expect(step(computePath(facts({ breaches: [felt] })), 3).status).toBe('reached');
    expect(step(computePath(facts({ breaches: [felt, open] })), 3).status).toBe('not-yet');
  });
});

describe('step 4, set boundaries', () => {
  it('starts with a proposal from either partner', () => {
    const result = computePath(facts());
    expect(step(result, 4)).toMatchObject({ status: 'not-yet', missing: ['active-agreement'] });
    expect(result.suggestions.find((s) => s.step === 4)).toMatchObject({
      kind: 'propose-agreement',
      who: 'either',
    });
  });

  it('asks the other partner to answer a proposal', () => {
    const waiting = agreement({
      status: 'proposed',
      activeAcceptedBy: [],
      activeSince: null,
      pending: { authorId: B },
    });
    expect(
      computePath(facts({ agreements: [waiting] })).suggestions.find((s) => s.step === 4),
    ).toMatchObject({
      kind: 'answer-agreement',
      who: 'you',
      agreementId: 'agreement-1',
    });
    const mine = { ...waiting, pending: { authorId: A } };
    expect(
      computePath(facts({ agreements: [mine] })).suggestions.find((s) => s.step === 4)?.who,
    ).toBe('your-partner');
  });

  it('is reached with one agreement accepted by both and active', () => {
    expect(step(computePath(facts({ agreements: [agreement()] })), 4)).toMatchObject({
      status: 'reached',
      reachedAt: '2026-03-05T10:00:00.000Z',
    });
  });

  it('is not reached by a retired agreement, or one accepted with a former partner', () => {
    const retired = agreement({ status: 'retired', activeAcceptedBy: [], activeSince: null });
    expect(step(computePath(facts({ agreements: [retired] })), 4).status).toBe('not-yet');
    const former = agreement({ activeAcceptedBy: [A, 'former'] });
    expect(step(computePath(facts({ agreements: [former] })), 4).status).toBe('not-yet');
  });
});

describe('the gentle next suggestion', () => {
  it('prefers something the reader can do over waiting for the partner', () => {
    // Step 1 waits for the partner; step 2 has something for both.
    const result = computePath(facts({ breaches: [breach('b1', B)] }));
    expect(result.suggestions[0]?.who).toBe('your-partner');
    expect(result.next?.who).not.toBe('your-partner');
  });

  it('moves on to the restore phase once steps 1–4 are reached', () => {
    const done = breach('b1', B, {
      acknowledgments: [
        ack(B, 1, { authorId: A, verdict: 'accurate', at: '2026-03-04T09:00:00.000Z' }),
      ],
      apologies: [apology(B, 1, { authorId: A, understood: 6 })],
    });
    const result = computePath(
      facts({
        breaches: [done],
        checkIns: checkInsOn(0, 8, 15),
        conversations: [conversation('c', 1, 6, 6)],
        agreements: [agreement()],
      }),
    );
    expect(result.steps.slice(0, 4).map((s) => s.status)).toEqual([
      'reached',
      'reached',
      'reached',
      'reached',
    ]);
    expect(result.next).toMatchObject({ kind: 'make-commitment', who: 'you', step: 5 });
    expect(result.professionalHelp).toEqual({ suggested: false, reasons: [] });
  });

  it('never shows a percentage, a score or a grade (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ ago: fc.integer({ min: 0, max: 30 }), m: fc.constantFrom(A, B) }), {
          maxLength: 20,
        }),
        fc.boolean(),
        (checkIns, withBreach) => {
          const result = computePath(
            facts({
              checkIns: checkIns.map((c) => ({ memberId: c.m, day: addDays(TODAY, -c.ago) })),
              breaches: withBreach ? [breach('b1', B)] : [],
            }),
          );
          const text = JSON.stringify(result);
          expect(text).not.toMatch(/%|percent|score|grade/i);
          for (const s of result.steps)
            expect(Object.keys(s).sort()).toEqual([
              'about',
              'key',
              'missing',
              'number',
              'phase',
              'reachedAt',
              'reachedWhen',
              'status',
              'title',
            ]);
          expect(result.next).not.toBeNull();
        },
      ),
    );
  });
});

describe('professional help', () => {
  it('is suggested when the reader sees a breach rated severe', () => {
    const result = computePath(
      facts({ breaches: [breach('b1', B)], severities: [{ breachId: 'b1', severity: 'severe' }] }),
    );
    expect(result.professionalHelp).toEqual({ suggested: true, reasons: ['severe-breach'] });
    const moderate = computePath(
      facts({
        breaches: [breach('b1', B)],
        severities: [{ breachId: 'b1', severity: 'moderate' }],
      }),
    );
    expect(moderate.professionalHelp.suggested).toBe(false);
  });

  it(`is suggested when no step was reached for ${PATH_THRESHOLDS.professionalHelp.stalledDays} days`, () => {
    const old = breach('b1', B, { recordedAt: '2025-11-01T10:00:00.000Z' });
    expect(computePath(facts({ breaches: [old] })).professionalHelp.reasons).toEqual(['stalled']);
    // A recent confirmation means the couple is moving.
    const moving = {
      ...old,
      acknowledgments: [
        ack(B, 1, { authorId: A, verdict: 'accurate', at: '2026-02-20T10:00:00.000Z' }),
      ],
    };
    expect(computePath(facts({ breaches: [moving] })).professionalHelp.suggested).toBe(false);
    // A breach recorded recently is not a stall.
    expect(computePath(facts({ breaches: [breach('b1', B)] })).professionalHelp.suggested).toBe(
      false,
    );
  });
});
