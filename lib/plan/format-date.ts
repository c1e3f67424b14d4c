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
