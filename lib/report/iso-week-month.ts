import { MONTHS } from '../i18n/format-date';
const DAY_MS = 86_400_000;

/** The Monday (UTC, epoch ms) of an ISO week "2026-W05"; NaN when unreadable. */
export function mondayOfIsoWeek(week: string): number {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!match) return NaN;
  const year = Number(match[1]);
  // 4 January is always in week 1 (ISO 8601).
  const jan4 = Date.UTC(year, 0, 4);
  const weekOneMonday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return weekOneMonday + (Number(match[2]) - 1) * 7 * DAY_MS;
}

/** The month an ISO week is counted in: the month of its Thursday, as "2026-03". '' when unreadable. */
export function monthOfIsoWeek(week: string): string {
  const monday = mondayOfIsoWeek(week);
  return Number.isNaN(monday) ? '' : new Date(monday + 3 * DAY_MS).toISOString().slice(0, 7);
}

/** "March 2026" for "2026-03". */
export function monthName(month: string): string {
  const [year, number] = month.split('-');
  return `${MONTHS.en[Number(number) - 1] ?? ''} ${year ?? ''}`.trim();
}
