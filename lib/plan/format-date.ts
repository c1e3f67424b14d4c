import type { DocumentLanguage } from './plan-types';

const MONTHS: Record<DocumentLanguage, readonly string[]> = {
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

/**
 * "23 November 2026" / "23 Tachwedd 2026" from a Date or an ISO date; any other
 * text (e.g. "in 6 weeks") is returned as typed, and missing input as ''.
 */
export function formatDate(value: Date | string | null | undefined, language: DocumentLanguage): string {
  if (value === null || value === undefined || value === '') return '';
  const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return typeof value === 'string' ? value.trim() : '';
  const month = MONTHS[language][Number(match[2]) - 1];
  if (!month) return iso;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

const SHORT = new Intl.DateTimeFormat('en-GB', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * "18/01/2027", as EHR recall and the note's summary line want it. A calendar date
 * (yyyy-mm-dd) is that day; a timestamp is the day it was in Europe/London. Anything
 * else is returned as typed, and missing input as ''.
 */
export function formatShortDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (day) return `${day[3]}/${day[2]}/${day[1]}`;
    const parsed = new Date(value);
    return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(parsed.getTime())
      ? SHORT.format(parsed)
      : value.trim();
  }
  return Number.isNaN(value.getTime()) ? '' : SHORT.format(value);
}

/** "29 November 2026 at 20:41" (Welsh "29 Tachwedd 2026 am 20:41"), Europe/London time. */
export function formatPrintTime(at: Date, language: DocumentLanguage): string {
  if (Number.isNaN(at.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Europe/London',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = formatDate(`${get('year')}-${get('month')}-${get('day')}`, language);
  return `${day} ${language === 'cy' ? 'am' : 'at'} ${get('hour')}:${get('minute')}`;
}
