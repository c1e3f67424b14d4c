import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHazardLog, parseHazardTable, riskRating } from '../../safety/check-hazard-log';

const ROOT = join(import.meta.dirname, '../../..');
const LOG = readFileSync(join(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');
const exists = (path: string): boolean => existsSync(join(ROOT, path));
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

const HEADER = [
  '| Id | Hazard | Cause → effect | Initial severity | Initial likelihood | Initial risk | Controls | Residual severity | Residual likelihood | Residual risk | Verified by | Status |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');
const GOOD_ROW =
  '| H-01 | Wrong patient | Route change → plan in another record | Major | Medium | 3 | D: bound to the document; T: e2e refusal | Major | Very low | 2 | `tests/unit/safety/hazard-log.test.ts` "passes when the row is sound" | Open |';
const NOT_DONE_ROW =
  '| H-02 | Figures read as own risk | Population figure → patient thinks it is theirs | Significant | Medium | 2 | not done: no line says so yet; U: clinician explains | Significant | Medium | 2 | | Open |';

describe('the hazard log', () => {
  it('can be cited as evidence: every hazard has a control, a matrix rating and a named test case that exists', () => {
    expect(checkHazardLog(LOG, exists, read)).toEqual([]);
  });

  it('holds the hazards the clinical review asked for, at least', () => {
    expect(parseHazardTable(LOG).rows.length).toBeGreaterThanOrEqual(21);
  });

  it.each([
    ['Minor', 'Very low', 1],
    ['Catastrophic', 'Very high', 5],
    ['Major', 'Medium', 3],
    ['Considerable', 'Low', 2],
    ['Significant', 'High', 3],
  ])('rates %s × %s as %i, as the DCB0129 matrix does', (severity, likelihood, rating) => {
    expect(riskRating(severity, likelihood)).toBe(rating);
  });
});

describe('a deliberately broken hazard log', () => {
  it('passes when the row is sound', () => {
    expect(checkHazardLog(`${HEADER}\n${GOOD_ROW}`, exists, read)).toEqual([]);
  });

  it('passes a hazard whose control is not done when it claims no reduction in risk', () => {
    expect(checkHazardLog(`${HEADER}\n${NOT_DONE_ROW}`, exists, read)).toEqual([]);
  });

  it.each([
    [
      'a control not done that claims a lower residual risk',
      NOT_DONE_ROW.replace('| Significant | Medium | 2 | |', '| Significant | Low | 2 | |').replace(
        '| Significant | Medium | 2 | not done',
        '| Significant | High | 3 | not done',
      ),
      'H-02: its control is not done, so its residual risk must stay at 3.',
    ],
    [
      'a control not done rated "Very low"',
      NOT_DONE_ROW.replace('| Significant | Medium | 2 | |', '| Minor | Very low | 1 | |').replace(
        '| Significant | Medium | 2 | not done',
        '| Minor | Very low | 1 | not done',
      ),
      'H-02: a residual "Very low" needs a tested control, and this one is not done.',
    ],
  ])('fails on %s', (_what, row, error) => {
    expect(checkHazardLog(`${HEADER}\n${row}`, exists, read)).toContain(error);
  });

  it.each([
    [
      'a hazard with no control',
      GOOD_ROW.replace('D: bound to the document; T: e2e refusal', ''),
      'H-01 has no control.',
    ],
    [
      'a test file that does not exist',
      GOOD_ROW.replace('hazard-log.test.ts', 'no-such-file.test.ts'),
      'H-01: the test file tests/unit/safety/no-such-file.test.ts does not exist.',
    ],
    [
      'no test named',
      GOOD_ROW.replace('`tests/unit/safety/hazard-log.test.ts` "passes when the row is sound"', ''),
      'H-01 names no test that verifies its controls.',
    ],
    [
      'a test file named without the test case that fails without the control',
      GOOD_ROW.replace(' "passes when the row is sound"', ''),
      'H-01 names no test case that fails without its control: after a test file, quote the words of its test ("…").',
    ],
    [
      'a test case the named file does not hold',
      // Joined here so that this file itself does not hold the words.
      GOOD_ROW.replace('passes when the row is sound', ['refuses', 'the wrong patient'].join(' ')),
      `H-01: tests/unit/safety/hazard-log.test.ts has no test with the words "${['refuses', 'the wrong patient'].join(' ')}".`,
    ],
    [
      'a rating off the matrix',
      GOOD_ROW.replace('| Medium | 3 |', '| Medium | 1 |'),
      'H-01: initial risk should be 3 by the DCB0129 matrix, not "1".',
    ],
    [
      'training as the only control',
      GOOD_ROW.replace('D: bound to the document; T: e2e refusal', 'U: told in training'),
      'H-01 has no design (D:) or test (T:) control; training alone is not enough.',
    ],
    [
      'a residual risk that blocks release',
      GOOD_ROW.replace('| Major | Very low | 2 |', '| Major | High | 4 |'),
      'H-01: residual risk 4 blocks a release.',
    ],
  ])('fails on %s', (_what, row, error) => {
    expect(checkHazardLog(`${HEADER}\n${row}`, exists, read)).toContain(error);
  });

  it('fails when the table is missing', () => {
    expect(checkHazardLog('# Hazard log\n\nNothing yet.', exists)).toEqual([
      'No hazard table: no row starting "| Id |".',
    ]);
  });
});
