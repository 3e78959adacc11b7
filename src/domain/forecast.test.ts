import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetween } from './calendar.js';
import {
  forecastRecovery,
  ForecastInputError,
  isRecalculating,
  recoveryDistribution,
  type ForecastInput,
} from './forecast.js';
import { FORECAST_FACTORS, FORECAST_MODEL } from './forecast/priors.js';
import { seededRandom, simulateCouple } from './forecast/simulate.js';

const RUNS = 300;
const ORIGIN = '2026-01-10';

const base = (overrides: Partial<ForecastInput> = {}): ForecastInput => ({
  severity: 'moderate',
  origin: ORIGIN,
  disclosed: true,
  inTherapy: false,
  ratings: [],
  asOf: addDays(ORIGIN, 40),
  ...overrides,
});

/** Φ(x), by the Abramowitz–Stegun erf (independent of the grid the forecast uses). */
function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** A hurt partner's ratings rising steadily from 2 towards 6, every day but Sundays. */
function risingRatings(days: number, from = ORIGIN): ForecastInput['ratings'] {
  const ratings: ForecastInput['ratings'] = [];
  for (let day = 0; day < days; day += 1) {
    if (day % 7 === 6) continue;
    const value =
      2 + (4 * Math.log1p(day / 14)) / Math.log1p(300 / 14) + (day % 3 === 0 ? 0.25 : 0);
    ratings.push({ on: addDays(from, day), value: Math.min(7, value) });
  }
  return ratings;
}

describe('forecastRecovery with no check-ins yet', () => {
  it('answers with the prior: the median is the severity’s typical time, times the factors', () => {
    const plain = forecastRecovery(base());
    expect(daysBetween(ORIGIN, plain.recoveredBy.p50)).toBeCloseTo(182, -1);
    const discovered = forecastRecovery(base({ disclosed: false, inTherapy: true }));
    const expected = 182 * FORECAST_FACTORS.discovered * FORECAST_FACTORS.inTherapy;
    expect(
      Math.abs(daysBetween(ORIGIN, discovered.recoveredBy.p50) - expected),
    ).toBeLessThanOrEqual(2);
    expect(discovered.factors.map((f) => f.name)).toEqual(['discovered', 'inTherapy']);
    expect(plain.factors).toEqual([]);
    expect(plain.level).toEqual([]);
  });

  it('has the prior’s 80 % range (median ÷ 2.5 to × 2.5) and its chance of more than three years', () => {
    const severe = forecastRecovery(base({ severity: 'severe', disclosed: false }));
    const median = 456 * 1.3;
    const p10 = daysBetween(ORIGIN, severe.recoveredBy.p10);
    const p90 = daysBetween(ORIGIN, severe.recoveredBy.p90);
    expect(p10 / (median / Math.exp(1.2816 * 0.72))).toBeCloseTo(1, 1);
    expect(p90 / (median * Math.exp(1.2816 * 0.72))).toBeCloseTo(1, 1);
    const expectedLong = 1 - normalCdf(Math.log(FORECAST_MODEL.longDays / median) / 0.72);
    expect(severe.pLongerThan3Years).toBeCloseTo(expectedLong, 2);
    expect(severe.showRange).toBe(false);
  });

  it('counts the factors only when their condition holds', () => {
    const kept = forecastRecovery(
      base({ commitmentsKeptFirst4Weeks: 0.8, bothCheckedInShare: 0.5 }),
    );
    expect(kept.factors).toEqual([]);
    const few = forecastRecovery(
      base({ commitmentsKeptFirst4Weeks: 0.4, bothCheckedInShare: 0.9 }),
    );
    expect(few.factors).toEqual([
      { name: 'fewCommitmentsKept', multiplier: 1.5 },
      { name: 'bothCheckingIn', multiplier: 0.85 },
    ]);
  });
});

describe('forecastRecovery with check-ins', () => {
  it('narrows as the check-ins come in', () => {
    const width = (days: number) => {
      const f = forecastRecovery(
        base({ severity: 'severe', ratings: risingRatings(days), asOf: addDays(ORIGIN, days) }),
      );
      return daysBetween(f.recoveredBy.p10, f.recoveredBy.p90);
    };
    const prior = width(0);
    const month = width(30);
    const half = width(180);
    expect(month).toBeLessThan(prior);
    expect(half).toBeLessThan(month);
  });

  it('reads a couple near the threshold as near, and one still low as far', () => {
    const asOf = addDays(ORIGIN, 200);
    const high = forecastRecovery(
      base({
        ratings: risingRatings(200).map((r) => ({ ...r, value: Math.min(7, r.value + 0.5) })),
        asOf,
      }),
    );
    const low = forecastRecovery(
      base({ ratings: risingRatings(200).map((r) => ({ ...r, value: 2 })), asOf }),
    );
    expect(high.recoveredBy.p50 < low.recoveredBy.p50).toBe(true);
    expect(low.pLongerThan3Years).toBeGreaterThan(high.pLongerThan3Years);
  });

  it('draws the level weekly from the first rating to 90 days after today, band around the middle', () => {
    const ratings = risingRatings(120).slice(3);
    const asOf = addDays(ORIGIN, 120);
    const f = forecastRecovery(base({ ratings, asOf }));
    expect(f.level[0]!.on).toBe(ratings[0]!.on);
    const last = f.level.at(-1)!;
    expect(daysBetween(asOf, last.on)).toBeLessThanOrEqual(90);
    expect(daysBetween(asOf, last.on)).toBeGreaterThan(83);
    for (let i = 1; i < f.level.length; i += 1) {
      expect(daysBetween(f.level[i - 1]!.on, f.level[i]!.on)).toBe(7);
    }
    for (const point of f.level) {
      expect(point.low).toBeLessThanOrEqual(point.mid);
      expect(point.mid).toBeLessThanOrEqual(point.high);
      expect(point.low).toBeGreaterThanOrEqual(1);
      expect(point.high).toBeLessThanOrEqual(7);
    }
    // The band is narrow where there are ratings and widens into the future.
    const pastWidth = f.level[8]!.high - f.level[8]!.low;
    expect(last.high - last.low).toBeGreaterThan(pastWidth);
    // And it follows the data: the level rose.
    expect(f.level[14]!.mid).toBeGreaterThan(f.level[0]!.mid + 1);
  });

  it('shows a date range once it is 12 months or narrower', () => {
    const f = forecastRecovery(
      base({ severity: 'minor', ratings: risingRatings(60), asOf: addDays(ORIGIN, 60) }),
    );
    expect(f.showRange).toBe(true);
    expect(daysBetween(f.recoveredBy.p10, f.recoveredBy.p90)).toBeLessThanOrEqual(366);
  });

  it('lowers the bar to the recalled trust before the breach, minus half a point', () => {
    const input = base({ ratings: risingRatings(90), asOf: addDays(ORIGIN, 90) });
    const standard = forecastRecovery(input);
    const lower = forecastRecovery({ ...input, baselineTrust: 5 });
    const higher = forecastRecovery({ ...input, baselineTrust: 7 });
    expect(lower.recoveredBy.p50 < standard.recoveredBy.p50).toBe(true);
    expect(higher.recoveredBy).toEqual(standard.recoveredBy);
  });

  it('averages two ratings of one day and does not mind their order', () => {
    const ratings = risingRatings(50);
    const asOf = addDays(ORIGIN, 50);
    const sorted = forecastRecovery(base({ ratings, asOf }));
    const shuffled = [...ratings].reverse();
    const doubled = ratings.flatMap((r) => [
      { on: r.on, value: Math.max(1, r.value - 0.5) },
      { on: r.on, value: Math.min(7, r.value + 0.5) },
    ]);
    expect(forecastRecovery(base({ ratings: shuffled, asOf }))).toEqual(sorted);
    const averaged = forecastRecovery(base({ ratings: doubled, asOf }));
    expect(averaged.recoveredBy.p50).toBe(sorted.recoveredBy.p50);
  });

  it('sets aside ratings before the origin and after today', () => {
    const ratings = risingRatings(50);
    const asOf = addDays(ORIGIN, 50);
    const clean = forecastRecovery(base({ ratings, asOf }));
    const noisy = forecastRecovery(
      base({
        ratings: [
          { on: addDays(ORIGIN, -20), value: 7 },
          ...ratings,
          { on: addDays(asOf, 3), value: 1 },
        ],
        asOf,
      }),
    );
    expect(noisy).toEqual(clean);
  });
});

describe('forecastRecovery after a setback', () => {
  const asOf = addDays(ORIGIN, 150);
  const setbackOn = addDays(ORIGIN, 130);
  const withSetback = base({
    ratings: risingRatings(150),
    asOf,
    setbacks: [{ on: setbackOn, severity: 'severe' }],
  });

  it('restarts the clock at the setback with its own severity, keeping the data before it out of the fit', () => {
    const f = forecastRecovery(withSetback);
    expect(f.origin).toBe(setbackOn);
    expect(f.level[0]!.on >= setbackOn).toBe(true);
    const onlyAfter = forecastRecovery({
      ...withSetback,
      ratings: withSetback.ratings.filter((r) => r.on >= setbackOn),
    });
    expect(onlyAfter.recoveredBy).toEqual(f.recoveredBy);
    // A severe setback's prior is far longer than a moderate breach's.
    expect(daysBetween(setbackOn, f.recoveredBy.p50)).toBeGreaterThan(200);
  });

  it('is recalculating for four weeks after the setback, then not', () => {
    const f = forecastRecovery(withSetback);
    expect(isRecalculating(f, withSetback)).toBe(true);
    const later = { ...withSetback, asOf: addDays(setbackOn, 28) };
    expect(isRecalculating(forecastRecovery(later), later)).toBe(false);
    const none = base({ ratings: risingRatings(10), asOf: addDays(ORIGIN, 10) });
    expect(isRecalculating(forecastRecovery(none), none)).toBe(false);
  });

  it('ignores a setback before the origin or after today', () => {
    const clean = base({ ratings: risingRatings(60), asOf: addDays(ORIGIN, 60) });
    const odd = {
      ...clean,
      setbacks: [
        { on: addDays(ORIGIN, -5), severity: 'severe' as const },
        { on: addDays(ORIGIN, 70), severity: 'severe' as const },
      ],
    };
    expect(forecastRecovery(odd)).toEqual(forecastRecovery(clean));
  });
});

describe('forecastRecovery on bad input', () => {
  const refuses = (input: ForecastInput, code: string) => {
    try {
      forecastRecovery(input);
    } catch (error) {
      expect(error).toBeInstanceOf(ForecastInputError);
      expect((error as ForecastInputError).code).toBe(code);
      return;
    }
    throw new Error(`expected ${code}`);
  };

  it('refuses what cannot be a forecast, with a code', () => {
    refuses(base({ origin: '2026-02-30' }), 'invalid-day');
    refuses(base({ ratings: [{ on: 'yesterday', value: 3 }] }), 'invalid-day');
    refuses(base({ severity: 'catastrophic' as never }), 'invalid-severity');
    refuses(base({ asOf: addDays(ORIGIN, -1) }), 'as-of-before-origin');
    refuses(base({ origin: '1990-01-01', asOf: '2026-01-01' }), 'span-too-long');
    refuses(base({ ratings: [{ on: ORIGIN, value: 0 }] }), 'rating-out-of-range');
    refuses(base({ ratings: [{ on: ORIGIN, value: Number.NaN }] }), 'rating-out-of-range');
    refuses(base({ ratings: [{ on: ORIGIN, value: Infinity }] }), 'rating-out-of-range');
    refuses(base({ bothCheckedInShare: 1.5 }), 'share-out-of-range');
    refuses(base({ baselineTrust: 9 }), 'baseline-out-of-range');
  });

  it('never answers NaN or Infinity, and never throws anything but a typed error (random inputs)', () => {
    const day = fc.integer({ min: -400, max: 9000 }).map((offset) => addDays(ORIGIN, offset));
    const severity = fc.constantFrom('minor' as const, 'moderate' as const, 'severe' as const);
    const input = fc.record({
      severity,
      origin: fc.constant(ORIGIN),
      disclosed: fc.boolean(),
      inTherapy: fc.boolean(),
      commitmentsKeptFirst4Weeks: fc.option(fc.double({ min: -0.5, max: 1.5 }), { nil: undefined }),
      bothCheckedInShare: fc.option(fc.double({ min: 0, max: 1 }), { nil: undefined }),
      baselineTrust: fc.option(fc.double({ min: 0, max: 8, noNaN: true }), { nil: undefined }),
      setbacks: fc.array(fc.record({ on: day, severity }), { maxLength: 3 }),
      ratings: fc.array(
        fc.record({
          on: day,
          value: fc.oneof(fc.double({ min: 1, max: 7, noNaN: true }), fc.double()),
        }),
        { maxLength: 60 },
      ),
      asOf: day,
    });
    fc.assert(
      fc.property(input, (candidate) => {
        let answer;
        try {
          answer = forecastRecovery(candidate);
        } catch (error) {
          return error instanceof ForecastInputError;
        }
        const numbers = [
          answer.pLongerThan3Years,
          ...answer.level.flatMap((l) => [l.low, l.mid, l.high]),
          ...answer.factors.map((f) => f.multiplier),
        ];
        const days = [answer.recoveredBy.p10, answer.recoveredBy.p50, answer.recoveredBy.p90];
        return (
          numbers.every(Number.isFinite) &&
          answer.pLongerThan3Years >= 0 &&
          answer.pLongerThan3Years <= 1 &&
          days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)) &&
          days[0]! <= days[1]! &&
          days[1]! <= days[2]!
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('recoveryDistribution', () => {
  it('is the distribution behind forecastRecovery (same fit, same quantiles)', () => {
    const couple = simulateCouple(seededRandom(7), {
      severity: 'moderate',
      joinDay: 30,
      dataDays: 90,
      missingShare: 0.4,
    });
    const forecast = forecastRecovery(couple.input);
    const distribution = recoveryDistribution(couple.input);
    for (const [p, day] of [
      [0.1, forecast.recoveredBy.p10],
      [0.5, forecast.recoveredBy.p50],
      [0.9, forecast.recoveredBy.p90],
    ] as const) {
      expect(addDays(distribution.origin, Math.round(distribution.quantileDays(p)))).toBe(day);
      expect(distribution.probabilityBy(distribution.quantileDays(p))).toBeCloseTo(p, 6);
    }
  });
});
