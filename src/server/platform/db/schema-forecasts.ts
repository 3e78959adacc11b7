/** The stored forecasts and the jobs table (migration 0011). */

export interface ForecastsTable {
  id: string;
  spaceId: string;
  /** The hurt partner the forecast is for. */
  memberId: string;
  asOf: string;
  /** JSON: numbers and dates only (contract/progress.ts, StoredForecast). */
  body: string;
  computedAt: string;
}

/** A row: the hurt partner lets their partner see their forecast. */
export interface ForecastSharesTable {
  spaceId: string;
  memberId: string;
  createdAt: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  subject: string;
  dueAt: string;
  version: number;
  lockedUntil: string | null;
  attempts: number;
}
