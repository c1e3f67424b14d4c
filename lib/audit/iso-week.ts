/**
 * The ISO 8601 week of an ISO date-time, as "2026-W48" (UTC): dates in the
 * export are coarsened to the week so a row cannot be matched to an
 * appointment slot (dates coarsened to the week, so an export names no day: docs/privacy.md). `''` if unreadable.
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

/**
 * The Monday (UTC) of the week an ISO date or date-time falls in, as
 * "YYYY-MM-DD": the key of the week the audit stores a consultation's row
 * under (lib/storage/audit-weeks.ts). Sorts like the days it covers, so a
 * period maps to one key range. `''` if unreadable.
 */
export function weekStart(iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const monday =
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
    ((date.getUTCDay() + 6) % 7) * 86_400_000;
  return new Date(monday).toISOString().slice(0, 10);
}
