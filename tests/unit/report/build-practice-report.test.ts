import { describe, expect, it } from 'vitest';
import { ELEMENT_NAMES } from '../../../lib/i18n/element-names';
import { buildPracticeReport } from '../../../lib/report/build-practice-report';
import { mergeExports } from '../../../lib/report/merge-exports';
import type { ReportDocument } from '../../../lib/report/report-document';
import { teamExport, week } from './fixtures';

const sectionOf = (doc: ReportDocument, id: string) => doc.sections.find((s) => s.id === id)!;
const collaborate = (responses: number, topScores: number) => ({ collaborate: { responses, topScores } });

describe('the practice report', () => {
  it('shows "fewer than 5" for any figure from fewer than 5 consultations, and the figure from 5', () => {
    const four = teamExport('aaaaaaaaaaaa', [week('2026-W10', 4)]);
    const five = teamExport('bbbbbbbbbbbb', [week('2026-W10', 5)], { role: 'Pharmacist' });
    const doc = buildPracticeReport(mergeExports([four, five]), []);
    const table = sectionOf(doc, 'clinicians').tables[0]!;
    const row = (name: string) => table.rows.find((r) => r.head === name)!.cells;
    expect(row('GP')).toEqual(Array(5).fill('fewer than 5'));
    expect(row('Pharmacist').slice(0, 2)).toEqual(['5', '5 of 5 (100%)']);
    expect(row('Whole practice').slice(0, 2)).toEqual(['9', '9 of 9 (100%)']);
    const uptake = sectionOf(doc, 'uptake').tables[0]!.rows.find((r) => r.head === ELEMENT_NAMES.agenda)!;
    expect(uptake.cells).toEqual(['9 of 9 (100%)', 'fewer than 5', '5 of 5 (100%)']);
  });

  it('leaves a gap in a chart where a month rests on fewer than 5 consultations', () => {
    const doc = buildPracticeReport(
      mergeExports([teamExport('aaaaaaaaaaaa', [week('2026-W02', 3), week('2026-W06', 12)])]),
      [],
    );
    const chart = sectionOf(doc, 'over-time').charts[0]!;
    expect(chart.points).toEqual([
      { label: 'January 2026', value: null },
      { label: 'February 2026', value: 12 },
    ]);
    expect(chart.table.rows[0]!.cells).toEqual(['fewer than 5', 'fewer than 5']);
  });

  it('gives collaboRATE’s top score for the team from 25 responses in all, though no clinician has 25', () => {
    const files = (responses: number) =>
      ['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc'].map((source) =>
        teamExport(source, [week('2026-W10', 10, collaborate(responses, responses - 1))]),
      );
    const shown = sectionOf(buildPracticeReport(mergeExports(files(9)), []), 'collaborate').paragraphs[0];
    expect(shown).toBe(
      'What patients said (collaboRATE): 24 of 27 (89%) complete responses gave the top score (9 on all three questions).',
    );
    const hidden = sectionOf(buildPracticeReport(mergeExports(files(8)), []), 'collaborate').paragraphs[0];
    expect(hidden).toBe(
      'What patients said (collaboRATE): 24 complete responses across the practice. The top-score figure is shown from 25 responses.',
    );
  });

  it('answers the pilot’s questions with their denominators', () => {
    const doc = buildPracticeReport(
      mergeExports([
        teamExport('aaaaaaaaaaaa', [
          week('2026-W10', 20, {
            plansAgreed: 15,
            reviews: 5,
            attainment: { achieved: 3, partly: 2, notYet: 0, changed: 0, unrecorded: 0 },
          }),
        ]),
      ]),
      [],
    );
    const evaluation = sectionOf(doc, 'evaluation').paragraphs;
    expect(evaluation).toContain(
      'How many consultations used Cocreate: 20, by 1 clinician (1 weeks with consultations, 2026-W10 to 2026-W10).',
    );
    expect(evaluation.join(' ')).toContain('How many plans were agreed: 15 of 20 (75%) consultations');
    expect(evaluation.join(' ')).toContain('of 5 plans reviewed: achieved 3 of 5 (60%)');
  });

  it('holds back a share whose denominator is 1 to 4 (goals met of 4 plans reviewed), everywhere it appears', () => {
    const doc = buildPracticeReport(
      mergeExports([
        teamExport('aaaaaaaaaaaa', [
          week('2026-W10', 20, {
            plansAgreed: 15,
            reviews: 4,
            attainment: { achieved: 3, partly: 1, notYet: 0, changed: 0, unrecorded: 0 },
            confidenceAtReview: { sum: 21, n: 3 },
          }),
        ]),
      ]),
      [],
    );
    const evaluation = sectionOf(doc, 'evaluation').paragraphs.join(' ');
    expect(evaluation).toContain(
      'How many goals were met at review: fewer than 5 plans were reviewed, so no more is shown.',
    );
    expect(evaluation).toContain('fewer than 5 at review');
    expect(evaluation).not.toContain('3 of 4');
    const cells = doc.sections.flatMap((section) =>
      (section.tables ?? []).flatMap((table) => table.rows.flatMap((row) => row.cells)),
    );
    expect(cells.join(' | ')).not.toMatch(/\b[0-4] of 4\b/);
    expect(cells).toContain('fewer than 5');
  });

  it('marks a practice PDSA change on the charts and reads its measure back before and since', () => {
    const merged = mergeExports([
      teamExport('aaaaaaaaaaaa', [week('2026-W10', 10, { plansAgreed: 5 }), week('2026-W20', 10)]),
    ]);
    const cycle = {
      id: 'c1',
      createdAt: '2026-03-01T00:00:00Z',
      aim: 'More plans agreed',
      change: 'Agenda card at the door',
      prediction: '',
      whatHappened: '',
      learned: '',
      nextCycle: '',
      practice: { measure: 'plans-agreed', startWeek: '2026-W14', studyWeek: '2026-W26' },
    };
    const doc = buildPracticeReport(merged, [cycle]);
    expect(sectionOf(doc, 'over-time').charts[0]!.markers).toEqual([
      { at: 'April 2026', text: 'PDSA change from 2026-W14: Agenda card at the door' },
    ]);
    expect(sectionOf(doc, 'pdsa').tables[0]!.rows[0]!.cells.slice(2)).toEqual([
      '5 of 10 (50%)',
      '10 of 10 (100%)',
    ]);
  });
});
