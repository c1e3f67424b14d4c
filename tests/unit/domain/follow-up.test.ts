import { describe, expect, it } from 'vitest';
import { dateAfter, describeInterval, FOLLOW_UP_INTERVALS } from '../../../lib/domain/follow-up';

describe('follow-up intervals', () => {
  it.each([
    [new Date(2026, 10, 23), { count: 2, unit: 'weeks' }, '2026-12-07'],
    [new Date(2026, 11, 28), { count: 4, unit: 'weeks' }, '2027-01-25'],
    [new Date(2026, 10, 23), { count: 3, unit: 'months' }, '2027-02-23'],
    [new Date(2026, 7, 31), { count: 6, unit: 'months' }, '2027-02-28'],
    [new Date(2027, 10, 30), { count: 3, unit: 'months' }, '2028-02-29'],
    [new Date(2026, 10, 23, 23, 59), { count: 2, unit: 'weeks' }, '2026-12-07'],
  ] as const)('from %s, %o later is %s', (from, interval, expected) => {
    expect(dateAfter(from, interval)).toBe(expected);
  });

  it('offers short and long intervals in plain words', () => {
    expect(FOLLOW_UP_INTERVALS.map(describeInterval)).toEqual(['2 weeks', '4 weeks', '3 months', '6 months']);
  });
});
