import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { buildTeamExport } from '../../../lib/report/build-team-export';
import { readTeamExport } from '../../../lib/report/read-team-export';
import { agreedPlan, consultation, kneeGrid, reviewOf } from '../audit/fixtures';

const who = { role: 'Practice nurse' as const, label: null, source: 'abcdefghijkl' };

// Monday 2 Nov 2026 is in 2026-W45; 10 Nov in W46.
const rows = [
  agreedPlan('p1', '2026-11-02T09:00:00Z', { confidence: 6, baseline: 3, grid: kneeGrid }),
  agreedPlan('p2', '2026-11-03T09:00:00Z', { confidence: 8, baseline: 4, noTreatment: true }),
  consultation('open', '2026-11-04T09:00:00Z'),
  reviewOf('r1', '2026-11-10T09:00:00Z', 'p1', {
    attainment: 'achieved',
    patientMeasureNow: 7,
    confidenceNow: 9,
    collaborate: [9, 9, 9],
  }),
  agreedPlan('dec', '2026-12-20T09:00:00Z', { confidence: 5, baseline: 2 }),
].map(toAuditRow);

describe('the team export of a clinician’s audit', () => {
  const file = buildTeamExport(rows, { from: '2026-11-04', to: '2026-11-30' }, who);

  it('covers whole ISO weeks of the period, one entry a week with consultations', () => {
    expect(file.period).toEqual({ from: '2026-W45', to: '2026-W49' });
    expect(file.weeks.map((w) => w.week)).toEqual(['2026-W45', '2026-W46']);
  });

  it('counts each week by the audit’s rules', () => {
    const [first, second] = file.weeks;
    expect(first).toMatchObject({ consultations: 3, plansAgreed: 2, noTreatment: 1, reviews: 0 });
    expect(first!.confidenceAtAgreement).toEqual({ sum: 14, n: 2 });
    expect(first!.grids).toEqual([
      { id: 'asthma-inhalers', count: 1, chosen: [] },
      { id: 'knee-oa', count: 1, chosen: [] },
    ]);
    expect(second).toMatchObject({
      consultations: 1,
      reviews: 1,
      collaborate: { responses: 1, topScores: 1 },
    });
    expect(second!.attainment.achieved).toBe(1);
    // 7 at review against a baseline of 3, from the earlier week's plan.
    expect(second!.measureChange).toEqual({ sum: 4, n: 1 });
  });

  it('carries no consultation id, no grid title and no day, and reads back as a team export', () => {
    const text = JSON.stringify(file);
    for (const secret of ['p1', 'r1', 'Knee osteoarthritis', '2026-11-']) expect(text).not.toContain(secret);
    expect(readTeamExport(text)).toEqual({ ok: true, value: file });
  });
});
