/**
 * The earliest and latest of ISO-8601 UTC instants. Such strings sort as
 * text, so no date parsing is needed.
 */
export const latestInstant = (values: string[]): string | null =>
  values.length ? [...values].sort().at(-1)! : null;

export const earliestInstant = (values: string[]): string | null =>
  values.length ? [...values].sort()[0]! : null;
