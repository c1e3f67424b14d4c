import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { AUDIT_CSV_COLUMNS, auditCsv, csvCell } from '../../../lib/audit/csv';
import { ANY_GRID } from '../../../lib/audit/filter';
import { isoWeek } from '../../../lib/audit/iso-week';
import { collaborateResponse } from '../../../lib/collaborate/response';
import { agreedPlan, reviewOf } from './fixtures';

const november = { from: '2026-11-01', to: '2026-11-30', grid: ANY_GRID };

function parse(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  const names = header!.split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    const entries: [string, string][] = names.map((name, i) => [name, cells[i] ?? '']);
    return Object.fromEntries(entries);
  });
}

describe('auditCsv', () => {
  const plan = agreedPlan('p1', '2026-10-28T09:00:00Z', { baseline: 3 });
  const review = reviewOf('r1', '2026-11-25T15:45:00Z', 'p1', {
    attainment: 'partly',
    patientMeasureNow: 5,
    confidenceNow: 7,
    helped: 'My daughter walked with me',
    gotInTheWay: 'Rain',
    clinicalValueNow: '350',
    nextStep: 'continue',
    collaborate: [9, 8, 9],
  });
  const csv = auditCsv([plan, { ...review, patientRef: 'JS1950' }].map(toAuditRow), november);

  it('has one header and one row per consultation in the period', () => {
    const rows = parse(csv);
    expect(csv.split('\r\n')[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1);
  });

  it('coarsens dates to the ISO week and carries the review figures', () => {
    const [row] = parse(csv);
    expect(row).toMatchObject({
      week: '2026-W48',
      is_review: 'yes',
      used_review: 'yes',
      grid_id: 'asthma-inhalers',
      attainment: 'partly',
      patient_measure_now: '5',
      patient_measure_change: '2',
      confidence_now: '7',
      next_step: 'continue',
      text_purged: 'no',
    });
  });

  it('contains no patient reference, free text, exact date or id', () => {
    for (const secret of ['JS1950', 'ABp1', 'daughter', 'Rain', 'Walk', '350', '2026-11-25', 'r1', 'p1']) {
      expect(csv).not.toContain(secret);
    }
  });

  it('is only a header for an empty period', () => {
    expect(auditCsv([toAuditRow(plan)], november)).toBe(`${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
  });

  it("never carries a patient's collaboRATE answers: they were given privately, to be added up with others", () => {
    const answered = {
      ...agreedPlan('p2', '2026-11-03T09:00:00Z'),
      collaborate: collaborateResponse([9, 7, 8], 'cy', new Date('2026-11-03T09:30:00Z')),
    };
    const text = auditCsv([toAuditRow(answered)], november);
    const [row] = parse(text);
    expect(row).toBeDefined();
    expect(AUDIT_CSV_COLUMNS.some((column) => /collaborate/i.test(column))).toBe(false);
    expect(Object.values(row!)).not.toContain('7');
    expect(Object.values(row!)).not.toContain('8');
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [3, '3'],
    [-2, '-2'],
    [true, 'yes'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=cmd|"/c calc"!A1', `"'=cmd|""/c calc""!A1"`],
    ['+1', `"'+1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
  ])('writes %j as %s', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [' =1+1', `"' =1+1"`],
    ['\u00a0=1+1', `"'\u00a0=1+1"`],
    ['\u3000+1', `"'\u3000+1"`],
    ['  \t-2', `"'  \t-2"`],
    ['\uff1dSUM(A1)', `"'\uff1dSUM(A1)"`],
    ['\uff0b1', `"'\uff0b1"`],
    ['\uff0d1', `"'\uff0d1"`],
    ['\uff20SUM(A1)', `"'\uff20SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\rcmd', `"'\rcmd"`],
    ['-', `"'-"`],
  ])('defuses the formula %j behind spaces or in full-width form', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    [{ toString: () => '=evil' }],
    [['=a']],
    [undefined],
    [Symbol('x')],
    [10n],
    [() => '=f'],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
  ])('writes a cell that is neither string nor number (%s) as empty, never throwing', (value) => {
    expect(csvCell(value)).toBe('');
  });

  it('exports a restored row whose fields are not the expected types without throwing', () => {
    const plan = agreedPlan('p9', '2026-11-10T09:00:00Z');
    const row = { ...toAuditRow(plan), attainment: { x: 1 }, nextStep: 42, path: '=HYPERLINK("x")' };
    const csv = auditCsv([row as unknown as ReturnType<typeof toAuditRow>], november);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('isoWeek', () => {
  it.each([
    ['2026-11-23T09:00:00Z', '2026-W48'],
    ['2026-01-01T00:00:00Z', '2026-W01'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2024-12-30T12:00:00Z', '2025-W01'],
    ['', ''],
    ['not a date', ''],
  ])('puts %s in week %s', (iso, week) => {
    expect(isoWeek(iso)).toBe(week);
  });
});
