import { describe, expect, it } from 'vitest';
import { formatDate, formatLongDate } from '../../../lib/i18n/format-date';

describe('formatDate', () => {
  it.each([
    ['2026-11-23T09:00:00Z', 'en', '23 November 2026'],
    ['2026-11-23T09:00:00Z', 'cy', '23 Tachwedd 2026'],
    ['2026-06-01T23:30:00.000Z', 'en', '2 June 2026'],
    ['2026-12-31T23:30:00.000Z', 'en', '31 December 2026'],
    ['2027-01-18', 'en', '18 January 2027'],
    ['in 6 weeks', 'en', 'in 6 weeks'],
    ['', 'en', ''],
    [null, 'en', ''],
  ] as const)('formats %s in %s as %s', (value, language, expected) => {
    expect(formatDate(value, language)).toBe(expected);
  });

  it('dates a Date in London', () => {
    expect(formatDate(new Date('2026-06-01T23:30:00Z'), 'en')).toBe('2 June 2026');
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-06-01T23:30:00.000Z', '2 June 2026'],
    ['nonsense', ''],
    ['', ''],
  ])('formats %s as %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});
