/**
 * One-click follow-up intervals for the agreed plan (framework.md §5, "follow-up
 * date"): in a ten-minute appointment a GP picks "in 3 months" rather than
 * typing a date. Dates are the clinician's local calendar days (yyyy-mm-dd, as
 * an <input type="date"> holds them); a month later than 31 January is the last
 * day of February, not 3 March.
 */
export interface FollowUpInterval {
  count: number;
  unit: 'weeks' | 'months';
}

export const FOLLOW_UP_INTERVALS: readonly FollowUpInterval[] = [
  { count: 2, unit: 'weeks' },
  { count: 4, unit: 'weeks' },
  { count: 3, unit: 'months' },
  { count: 6, unit: 'months' },
];

export function describeInterval({ count, unit }: FollowUpInterval): string {
  return `${count} ${unit}`;
}

/** The local date `interval` after `from`, as yyyy-mm-dd. */
export function dateAfter(from: Date, { count, unit }: FollowUpInterval): string {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  if (unit === 'weeks') {
    date.setDate(date.getDate() + 7 * count);
  } else {
    const day = date.getDate();
    date.setDate(1);
    date.setMonth(date.getMonth() + count);
    const lastDay = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
    date.setDate(Math.min(day, lastDay));
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
