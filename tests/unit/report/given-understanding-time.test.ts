import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import type { Consultation, SureAnswers } from '../../../lib/domain/consultation';
import { buildPracticeReport } from '../../../lib/report/build-practice-report';
import { buildTeamExport } from '../../../lib/report/build-team-export';
import { mergeExports } from '../../../lib/report/merge-exports';
import { readTeamExport } from '../../../lib/report/read-team-export';
import type { ReportDocument } from '../../../lib/report/report-document';
import type { TeamExport } from '../../../lib/report/team-export';
import { agreedPlan, kneeGrid } from '../audit/fixtures';

/**
 * Plans given, teach-back, SURE, time used against the booked time and the grid options
 * chosen, from the consultation to the practice report: the audit row, the export file as
 * written and read back, the merge, and the report's tables and pilot evaluation.
 */

const MINUTE = 60_000;
const ALL_YES: SureAnswers = [true, true, true, true];
const ONE_NO: SureAnswers = [true, false, true, true];
const HAND_MADE_OPTION = '3f2a9c1d-5b7e-4c2a-9d1e-0a1b2c3d4e5f';

interface Shape {
  given?: boolean;
  minutes?: number;
  teachBack?: boolean;
  sure?: SureAnswers;
  chosen?: string[];
}

/** An agreed plan with the knee grid, booked for 10 minutes, shaped by `shape`. */
function plan(id: string, day: string, shape: Shape): Consultation {
  const c = agreedPlan(id, `${day}T09:00:00.000Z`, { grid: kneeGrid });
  const handedAt = new Date(c.clockStartedAt + (shape.minutes ?? 8) * MINUTE + 30_000).toISOString();
  return {
    ...c,
    copiesGiven: shape.given ? [{ how: 'printed', languages: ['en'], at: handedAt }] : [],
    agreement: {
      ...c.agreement,
      chosenOptionIds: shape.chosen ?? [],
      ...(shape.teachBack ? { teachBack: true } : {}),
      ...(shape.sure ? { sure: shape.sure } : {}),
    },
  };
}

const exportOf = (consultations: Consultation[], source: string, role: 'GP' | 'Practice nurse') => {
  const file = buildTeamExport(
    consultations.map(toAuditRow),
    { from: '2026-11-02', to: '2026-11-08' },
    {
      role,
      label: null,
      source,
    },
  );
  // As the practice report meets it: a file's text, read and verified.
  const read = readTeamExport(JSON.stringify(file));
  if (!read.ok) throw new Error(read.reason);
  return read.value;
};

// Week 2026-W45 (Monday 2 November 2026). The GP: six plans, five given 12 minutes in.
const gp = [
  ...[1, 2, 3, 4, 5].map((i) =>
    plan(`gp-${i}`, '2026-11-02', {
      given: true,
      minutes: 12,
      teachBack: i <= 4,
      sure: ALL_YES,
      chosen: ['exercise', HAND_MADE_OPTION],
    }),
  ),
  plan('gp-6', '2026-11-03', { sure: ONE_NO, chosen: ['painkillers'] }),
];
// The nurse: five plans, two given within the booked time, so two timed.
const nurse = [
  plan('n-1', '2026-11-04', { given: true, minutes: 9 }),
  plan('n-2', '2026-11-04', { given: true, minutes: 10 }),
  plan('n-3', '2026-11-05', {}),
  plan('n-4', '2026-11-05', {}),
  plan('n-5', '2026-11-05', {}),
];

const sectionOf = (doc: ReportDocument, id: string) => doc.sections.find((s) => s.id === id)!;
const rowOf = (doc: ReportDocument, id: string, head: string) =>
  sectionOf(doc, id).tables[0]!.rows.find((row) => row.head === head)!.cells;

describe('plans given, teach-back, SURE, time and options chosen, consultation to practice report', () => {
  it('keeps them in the audit row as flags and counts, no typed option and no time of day', () => {
    const row = toAuditRow(gp[0]!);
    expect(row).toMatchObject({
      given: true,
      teachBack: true,
      sure: 4,
      minutesUsed: 12,
      minutesBooked: 10,
      chosen: ['exercise'],
    });
    expect(toAuditRow(gp[5]!)).toMatchObject({
      given: false,
      sure: 3,
      minutesUsed: null,
      chosen: ['painkillers'],
    });
    // Three of four SURE answers is "not asked all four", not a score.
    const partSure = plan('x', '2026-11-02', { sure: [true, null, true, true] });
    expect(toAuditRow(partSure).sure).toBeNull();
  });

  it('exports each with its denominator, and reads the file back as written', () => {
    const [week] = exportOf(gp, 'abcdefghijkl', 'GP').weeks;
    expect(week).toMatchObject({
      plansAgreed: 6,
      plansGiven: { n: 5, of: 6 },
      teachBack: { n: 4, of: 6 },
      sure: { n: 5, of: 6 },
      minutes: { n: 5, used: 60, booked: 50, over: 5 },
    });
    expect(week!.grids).toEqual([
      {
        id: 'knee-oa',
        count: 6,
        chosen: [
          { id: 'exercise', count: 5 },
          { id: 'painkillers', count: 1 },
        ],
      },
    ]);
    expect(JSON.stringify(week)).not.toContain(HAND_MADE_OPTION);
  });

  const files = [exportOf(gp, 'abcdefghijkl', 'GP'), exportOf(nurse, 'mnopqrstuvwx', 'Practice nurse')];
  const doc = buildPracticeReport(mergeExports(files), []);

  it('shows them for the practice and each clinician, fewer than 5 asked or timed suppressed', () => {
    const row = (head: string) => rowOf(doc, 'understanding', head);
    expect(sectionOf(doc, 'understanding').tables[0]!.columns).toEqual([
      'Whole practice',
      'GP',
      'Practice nurse',
    ]);
    expect(
      row('Plans given to the patient (printed, downloaded, inserted or sent), of plans agreed'),
    ).toEqual(['7 of 11 (64%)', '5 of 6 (83%)', '2 of 5 (40%)']);
    expect(row('Teach-back done, of plans agreed')).toEqual(['4 of 11 (36%)', '4 of 6 (67%)', '0 of 5 (0%)']);
    expect(row('Sure of the decision (yes to all four SURE questions), of patients asked')).toEqual([
      '5 of 6 (83%)',
      '5 of 6 (83%)',
      'not recorded',
    ]);
    expect(row('Over the booked time, of consultations timed to the plan given')).toEqual([
      '5 of 7 (71%)',
      '5 of 5 (100%)',
      'fewer than 5',
    ]);
    expect(row('Minutes used, mean, of minutes booked (clock start to the plan given)')).toEqual([
      '11.3 of 10.0 booked (from 7)',
      '12.0 of 10.0 booked (from 5)',
      'fewer than 5',
    ]);
  });

  it('shows each grid option chosen of the grid’s uses, fewer than 5 suppressed', () => {
    expect(rowOf(doc, 'grids', 'knee-oa')).toEqual(['11 of 11']);
    expect(rowOf(doc, 'grids', 'knee-oa: option “exercise” chosen')).toEqual(['5 of 11']);
    expect(rowOf(doc, 'grids', 'knee-oa: option “painkillers” chosen')).toEqual(['fewer than 5']);
  });

  it('answers the pilot evaluation’s questions with their denominators', () => {
    const evaluation = sectionOf(doc, 'evaluation').paragraphs;
    expect(evaluation).toContain(
      'How many plans were given to the patient (printed, downloaded, inserted or sent): 7 of 11 (64%) agreed plans.',
    );
    expect(evaluation).toContain(
      'How many plans had teach-back (the patient said back what they will do and when): 4 of 11 (36%) agreed plans.',
    );
    expect(evaluation).toContain(
      'How sure patients were of their decision (SURE, yes to all four questions): 5 of 6 (83%) patients asked; the others may need more support to decide.',
    );
    expect(evaluation).toContain(
      'The time used against the booked appointment (from the clock’s start to the plan given), over 7 timed consultations: 11.3 minutes used on average of 10.0 booked (+1.3 minutes); 5 of 7 (71%) went over their booked time.',
    );
    expect(evaluation).toContain(
      'Option grids used: 1 grids, in 11 of 11 (100%) consultations; a grid option was chosen 6 times (each grid and option under “Option grids used”, fewer than 5 hidden).',
    );
    expect(evaluation.join(' ')).not.toContain('not in this version');
  });

  it('counts a version 1 file’s agreed plans apart: nothing recorded of them, said so', () => {
    const v1 = JSON.parse(JSON.stringify(files[1])) as Record<string, unknown> & TeamExport;
    const v1File = {
      ...v1,
      version: 1,
      weeks: v1.weeks.map(({ plansGiven: _g, teachBack: _t, sure: _s, minutes: _m, grids, ...rest }) => ({
        ...rest,
        grids: grids.map(({ id, count }) => ({ id, count })),
      })),
    };
    const read = readTeamExport(JSON.stringify(v1File));
    if (!read.ok) throw new Error(read.reason);
    const mixed = buildPracticeReport(mergeExports([files[0]!, read.value]), []);
    expect(rowOf(mixed, 'understanding', 'Teach-back done, of plans agreed')).toEqual([
      '4 of 6 (67%)',
      '4 of 6 (67%)',
      'not recorded',
    ]);
    expect(sectionOf(mixed, 'evaluation').paragraphs).toContain(
      'How many plans were given to the patient (printed, downloaded, inserted or sent): 5 of 6 (83%) agreed plans (5 more agreed plans come from older exports that did not record it).',
    );
  });
});
