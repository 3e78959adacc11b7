/** Instants (UTC ISO-8601 from the server) as the reader would say them, in their own zone. */

const dateAndTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const timeOnly = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export const formatInstant = (instant: string) => dateAndTime.format(new Date(instant));

export const formatDate = (instant: string) => dateOnly.format(new Date(instant));

export const formatTime = (instant: string) => timeOnly.format(new Date(instant));

/** The calendar day of an instant in the reader's zone, for grouping (YYYY-MM-DD). */
export function localDay(instant: string): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
