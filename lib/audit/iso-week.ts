/**
 * The ISO 8601 week of an ISO date-time, as "2026-W48" (UTC): dates in the
 * export are coarsened to the week so a row cannot be matched to an
 * appointment slot (issue 6, "dates coarsened to the week"). `''` if unreadable.
 */
export function isoWeek(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  // Thursday decides the week's year (ISO 8601).
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
