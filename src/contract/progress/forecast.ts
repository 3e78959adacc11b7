/**
 * The recovery forecast (FORECAST.md) as the API answers it: a range of
 * dates, the smoothed level with its 80 % band, what moved the estimate, and
 * the words the screen needs to be honest — never a countdown or a deadline.
 *
 * A forecast is for one hurt partner (a mutual breach gives each their own).
 * It is stored and recomputed after new data arrives; reading never fits.
 * The hurt partner sees theirs; their partner sees it only if they share it.
 * Check-ins count up to yesterday, so a forecast never hints at today's
 * answers before the reveal rule would show them.
 */
import { z } from 'zod';
import { Day, Id, Instant } from '../common.js';

export const ForecastSeverity = z.enum(['minor', 'moderate', 'severe']);
export const ForecastFactorName = z.enum([
  'discovered',
  'inTherapy',
  'fewCommitmentsKept',
  'bothCheckingIn',
]);

const Rating = z.number().min(1).max(7);
export const LevelPoint = z.object({ on: Day, low: Rating, mid: Rating, high: Rating });
export const RatingPoint = z.object({ on: Day, value: Rating });

export const DateRange = z.object({ p10: Day, p50: Day, p90: Day });

export const PerceivedTrust = z
  .object({
    memberId: Id,
    points: z.array(RatingPoint),
    level: z.array(LevelPoint),
  })
  .meta({
    description:
      '“How much do you think your partner trusts you today?” from the partner who broke trust, fitted the same way; shown beside the hurt partner’s level as a gap, never averaged with it.',
  });

/** What the job stores (and the API answers from). */
export const StoredForecast = z.object({
  severity: ForecastSeverity,
  disclosed: z.boolean(),
  inTherapy: z.boolean(),
  /** The day the first breach came to light. */
  breachDay: Day,
  /** The clock origin in force: the breach day, or the latest setback that restarted it. */
  origin: Day,
  recalculating: z.boolean(),
  recoveredBy: DateRange,
  showRange: z.boolean(),
  pLongerThan3Years: z.number().min(0).max(1),
  /** What couples with a similar breach typically need, before any check-in (10th–90th percentile). */
  typical: DateRange,
  level: z.array(LevelPoint),
  points: z.array(RatingPoint),
  restarts: z.array(z.object({ on: Day, severity: ForecastSeverity })),
  factors: z.array(z.object({ name: ForecastFactorName, multiplier: z.number() })),
  /** Check-ins counted, and the last day counted (yesterday at most). */
  checkInsCounted: z.number().int().min(0),
  countedUntil: Day,
  perceived: PerceivedTrust.nullable(),
});
export type StoredForecast = z.infer<typeof StoredForecast>;

export const ForecastView = StoredForecast.extend({
  /** The hurt partner it is for. */
  memberId: Id,
  /** The reader is that partner. */
  mine: z.boolean(),
  /** They let their partner see it. */
  shared: z.boolean(),
  asOf: Day,
  computedAt: Instant,
});
export type ForecastView = z.infer<typeof ForecastView>;

export const ForecastAnswer = z.object({
  forecasts: z.array(ForecastView),
  /**
   * True while a forecast the reader may see is being recomputed (new data
   * arrived, or a new day began): the answer holds the last stored one.
   */
  refreshing: z.boolean(),
  /** The reader is a hurt partner whose forecast does not exist yet. */
  pending: z.boolean(),
  /** The reader's partner has a forecast they have not shared. */
  partnerHasUnshared: z.boolean(),
});
export type ForecastAnswer = z.infer<typeof ForecastAnswer>;

export const ForecastSharingBody = z.strictObject({ shared: z.boolean() });
export const ForecastSharingAnswer = z.object({ shared: z.boolean() });
