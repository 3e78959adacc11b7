/**
 * The forecast in words (FORECAST.md, "What is shown"): a range of months
 * only when it is narrow enough to mean something, otherwise what is typical
 * for a similar breach, said as such; the chance of more than three years
 * when it is real; what moved the estimate. Never a countdown, never a
 * deadline, never "you should be over it". Pure, so the sentences are tested.
 */
import type { ForecastView } from '../../../contract/progress/forecast';

type Forecast = Pick<
  ForecastView,
  | 'severity'
  | 'origin'
  | 'breachDay'
  | 'recalculating'
  | 'recoveredBy'
  | 'showRange'
  | 'pLongerThan3Years'
  | 'typical'
  | 'factors'
  | 'checkInsCounted'
  | 'countedUntil'
>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 2027". */
export function monthOf(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return `${MONTHS[month - 1]} ${year}`;
}

/** "March and June 2027", or "November 2026 and February 2027". */
export function monthRange(from: string, to: string): string {
  const a = monthOf(from);
  const b = monthOf(to);
  if (a === b) return `around ${a}`;
  const [monthA, yearA] = a.split(' ');
  const [, yearB] = b.split(' ');
  return yearA === yearB ? `between ${monthA} and ${b}` : `between ${a} and ${b}`;
}

function monthsBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return ms / (86_400_000 * 30.44);
}

/** "2 to 9 months" or "8 months to 3 years", rounded as a person would say it. */
export function durationRange(fromMonths: number, toMonths: number): string {
  const say = (months: number) => {
    if (months < 1.5) return { n: Math.max(1, Math.round(months * 4.35)), unit: 'weeks' };
    if (months < 24) return { n: Math.round(months), unit: 'months' };
    return { n: Math.round(months / 12), unit: 'years' };
  };
  const a = say(fromMonths);
  const b = say(toMonths);
  return a.unit === b.unit ? `${a.n} to ${b.n} ${b.unit}` : `${a.n} ${a.unit} to ${b.n} ${b.unit}`;
}

const SEVERITY_WORDS = { minor: 'a smaller', moderate: 'a serious', severe: 'a very serious' };

export interface ForecastSentences {
  /** The main answer. */
  headline: string;
  /** What it rests on and how sure it is. */
  basis: string;
  /** Said only when the chance is above 20 %. */
  longer: string | null;
  /** One sentence per factor that moved the estimate. */
  factors: string[];
}

export function forecastSentences(forecast: Forecast, today: string): ForecastSentences {
  const typical = durationRange(
    monthsBetween(forecast.origin, forecast.typical.p10),
    monthsBetween(forecast.origin, forecast.typical.p90),
  );
  const similar = `For ${SEVERITY_WORDS[forecast.severity]} breach, couples typically need ${typical} from the day it came to light.`;
  let headline: string;
  if (forecast.recalculating) {
    headline = `Recalculating. A setback restarted the estimate on ${readableDay(forecast.origin)}; it settles over the four weeks after it. ${similar}`;
  } else if (forecast.recoveredBy.p50 <= today) {
    headline =
      'Your recent check-ins are close to the level this forecast treats as trust rebuilt. There is no finish line to cross: keep going at your own pace.';
  } else if (forecast.showRange) {
    headline = `Trust is likely to feel rebuilt ${monthRange(forecast.recoveredBy.p10, forecast.recoveredBy.p90)}.`;
  } else {
    headline = `It is too early to give you two a range of dates. ${similar}`;
  }
  const counted =
    forecast.checkInsCounted === 0
      ? 'No check-ins are counted yet, so this rests only on what is typical.'
      : `It rests on ${forecast.checkInsCounted} check-in${forecast.checkInsCounted === 1 ? '' : 's'} up to ${readableDay(forecast.countedUntil)}, and it narrows as you keep checking in.`;
  const basis = `This is a range, not a deadline: eight times in ten the real time falls inside it. ${counted}`;
  const percent = Math.round(forecast.pLongerThan3Years * 100);
  const longer =
    forecast.pLongerThan3Years > 0.2
      ? `There is about a ${percent} % chance it takes longer than three years. That happens to many couples, and it is not a failure.`
      : null;
  return { headline, basis, longer, factors: forecast.factors.map((f) => factorSentence(f.name)) };
}

export function factorSentence(name: Forecast['factors'][number]['name']): string {
  switch (name) {
    case 'discovered':
      return 'It came to light by being found out rather than told, which usually makes the way longer.';
    case 'inTherapy':
      return 'You work with a therapist, which usually makes it shorter.';
    case 'fewCommitmentsKept':
      return 'Fewer than six in ten commitments were kept in their first four weeks, which usually makes it longer.';
    case 'bothCheckingIn':
      return 'You both check in most weeks, which usually makes it shorter.';
  }
}

export function readableDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}
