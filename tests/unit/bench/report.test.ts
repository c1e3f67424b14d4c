import { describe, expect, it } from 'vitest';
import { judge, type Figure } from '../../../bench/report/figure';
import { median, percentile } from '../../../bench/report/stats';

const figure = (value: number, budget?: Figure['budget'], baseline?: number): Figure => ({
  id: 'f',
  name: 'A figure',
  value,
  unit: 'ms',
  method: 'test',
  ...(budget ? { budget } : {}),
  ...(baseline === undefined ? {} : { baseline: { name: 'blank', value: baseline } }),
});

describe('bench figures (npm run bench exits non-zero when one fails)', () => {
  it.each([
    [figure(15, { max: 16, of: 'value' }), true],
    [figure(16, { max: 16, of: 'value' }), true],
    [figure(17, { max: 16, of: 'value' }), false],
    [figure(140, { max: 1.5, of: 'ratio' }, 100), true],
    [figure(160, { max: 1.5, of: 'ratio' }, 100), false],
    [figure(160, { max: 1.5, of: 'ratio' }), false],
    [figure(Number.NaN, { max: 16, of: 'value' }), false],
    [figure(1000), null],
  ])('judges %o as %s', (input, pass) => {
    expect(judge(input).pass).toBe(pass);
  });

  it('reports the ratio to the same-run baseline', () => {
    expect(judge(figure(150, undefined, 100)).ratio).toBe(1.5);
    expect(judge(figure(150)).ratio).toBeNull();
  });

  it('takes nearest-rank percentiles and the middle of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
