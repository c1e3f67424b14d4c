import type { Language } from './types';

/** Month names by language, for every date a person reads (one list, so they never differ). */
export const MONTHS: Record<Language, readonly string[]> = {
  en: [
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
  ],
  // Welsh month names as used by NHS Wales letters.
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
};

/** The practices are in the UK: a day is a day on the clock in London, not in UTC. */
const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** The London calendar day of an instant. */
function londonDay(instant: Date): CalendarDay | null {
  if (Number.isNaN(instant.getTime())) return null;
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(LONDON.formatToParts(instant).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * The calendar day a value names: a date "2026-11-23" (a date field) is that day as typed; a
 * date-time (a record's `createdAt`) is the day it was in London; anything else is null.
 */
function calendarDay(value: Date | string): CalendarDay | null {
  if (value instanceof Date) return londonDay(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})(T.*)?/.exec(value.trim());
  if (!match) return null;
  const instant = match[4] ? londonDay(new Date(value.trim())) : null;
  return instant ?? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function spell(day: CalendarDay, language: Language): string | null {
  const month = MONTHS[language][day.month - 1];
  return month ? `${day.day} ${month} ${day.year}` : null;
}

/**
 * "23 November 2026" / "23 Tachwedd 2026" from a Date or an ISO date or date-time, dated in London;
 * any other text (e.g. "in 6 weeks", typed in a follow-up field) is returned as typed, and missing
 * input as ''. The one date formatter of the plan, the clinician note and the review.
 */
export function formatDate(value: Date | string | null | undefined, language: Language): string {
  if (value === null || value === undefined || value === '') return '';
  const day = calendarDay(value);
  if (day) return spell(day, language) ?? (typeof value === 'string' ? value.trim() : '');
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The same formatter for a record's own date-time (when a plan was made, a PDSA cycle started):
 * `''` for a missing or unreadable date, so callers never have to guard.
 */
export function formatLongDate(iso: string, language: Language = 'en'): string {
  const day = typeof iso === 'string' && iso !== '' ? calendarDay(iso) : null;
  return day ? (spell(day, language) ?? '') : '';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "18/01/2027": the same calendar day as formatDate, written as EHR recall and the note's
 * summary line want it (docs/plan-truth.md). Other text is returned as typed; missing input as ''.
 */
export function formatShortDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const day = calendarDay(value);
  if (day) return `${pad(day.day)}/${pad(day.month)}/${day.year}`;
  return typeof value === 'string' ? value.trim() : '';
}

const LONDON_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** "29 November 2026 at 20:41" (Welsh "29 Tachwedd 2026 am 20:41"), in London time: a print stamp. */
export function formatPrintTime(at: Date, language: Language): string {
  const day = londonDay(at);
  if (!day) return '';
  return `${spell(day, language) ?? ''} ${language === 'cy' ? 'am' : 'at'} ${LONDON_TIME.format(at)}`;
}

/** "2027-01-18": the day in London as YYYY-MM-DD, for the machine-read summary block (docs/continuity.md). */
export function formatIsoDay(value: Date | string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}
