import { describe, expect, it } from 'vitest';
import { dateAsTyped, dateInWords, parseTypedDate } from '../../../lib/domain/typed-date';

describe('a date typed the UK way, day first', () => {
  it.each([
    ['13/04/2026', '2026-04-13'],
    ['13042026', '2026-04-13'],
    ['130426', '2026-04-13'],
    ['13-4-26', '2026-04-13'],
    ['13.04.2026', '2026-04-13'],
    ['13 04 2026', '2026-04-13'],
    [' 1/2/2027 ', '2027-02-01'],
    ['2026-04-13', '2026-04-13'],
    ['29/02/2028', '2028-02-29'],
    ['31/12/2026', '2026-12-31'],
  ])('reads %j as %s whatever the browser locale', (typed, iso) => {
    expect(parseTypedDate(typed)).toEqual({ ok: true, iso });
  });

  it.each([
    ['04/13/2026', /no month 13/],
    ['31/02/2026', /February 2026 has 28 days, so there is no day 31/],
    ['29/02/2027', /February 2027 has 28 days/],
    ['31/04/2026', /April 2026 has 30 days/],
    ['00/04/2026', /no day 0/],
    ['1342026', /could be more than one date/],
    ['13/04', /Add the year/],
    ['next week', /day\/month\/year/],
    ['', /day\/month\/year/],
    ['13/04/0026', /year 26 looks wrong/],
  ])('refuses %j in plain words', (typed, reason) => {
    const result = parseTypedDate(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('says the parsed date in words, with the weekday', () => {
    expect(dateInWords('2026-04-13')).toBe('Monday 13 April 2026');
    expect(dateInWords('2026-02-31')).toBe('');
    expect(dateInWords('in 3 months')).toBe('');
  });

  it('shows a stored date back as it would be typed', () => {
    expect(dateAsTyped('2026-04-13')).toBe('13/04/2026');
    expect(dateAsTyped('')).toBe('');
  });
});
