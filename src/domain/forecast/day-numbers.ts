/**
 * Days as whole numbers (days since 1970-01-01) by integer arithmetic, for
 * the forecast's inner loops: a fit walks hundreds of days, and building a
 * Date and an ISO string for each was most of its time. The civil-calendar
 * conversion is Howard Hinnant's well-known algorithm, written out here.
 */

/** 'YYYY-MM-DD' → days since 1970-01-01 (no validation: see `isDay`). */
export function dayNumber(day: string): number {
  const y0 = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export function dayFromNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date as YYYY-MM-DD (2026-02-30 is not): it survives the round trip. */
export function isDayFast(value: string): boolean {
  return DAY_PATTERN.test(value) && dayFromNumber(dayNumber(value)) === value;
}
