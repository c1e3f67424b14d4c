/**
 * "23 November 2026" (or Welsh "23 Tachwedd 2026") from an ISO date-time;
 * `''` for a missing or unreadable date, so callers never have to guard.
 */
export function formatLongDate(iso: string, language: 'en' | 'cy' = 'en'): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(language === 'cy' ? 'cy-GB' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}
