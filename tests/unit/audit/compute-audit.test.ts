import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { computeAudit } from '../../../lib/audit/compute-audit';
import { ANY_GRID, NO_GRID, type AuditFilter } from '../../../lib/audit/filter';
import { purgeFreeText } from '../../../lib/retention/purge-text';
import { collaborateResponse } from '../../../lib/collaborate/response';
import type { Consultation } from '../../../lib/domain/consultation';
import { agreedPlan, asthmaGrid, consultation, kneeGrid, reviewOf } from './fixtures';

/** The audit as the page computes it: over the rows the database keeps beside each consultation. */
function auditOf(consultations: readonly Consultation[], filter: AuditFilter) {
  return computeAudit(consultations.map(toAuditRow), filter);
}

const november: AuditFilter = { from: '2026-11-01', to: '2026-11-30', grid: ANY_GRID };

/**
 * The fixture set: an October plan reviewed in November, three November
 * plans (one a no-treatment choice, one with no confidence recorded), an open
 * quick consultation, two reviews of the same plan (the second a new cycle
 * carrying its review forward) and a consultation in December.
 */
const fixture = [
  agreedPlan('oct', '2026-10-10T09:00:00Z', { confidence: 5, baseline: 2, grid: kneeGrid }),
  agreedPlan('p1', '2026-11-02T09:00:00Z', { confidence: 6, baseline: 3 }),
  agreedPlan('p2', '2026-11-03T09:00:00Z', { confidence: 8, baseline: 4, noTreatment: true, path: 'full' }),
  agreedPlan('p3', '2026-11-04T09:00:00Z', { confidence: null, baseline: null, grid: null }),
  consultation('open', '2026-11-05T09:00:00Z'),
  reviewOf('r-oct', '2026-11-20T09:00:00Z', 'oct', {
    attainment: 'achieved',
    patientMeasureNow: 7,
    confidenceNow: 9,
    nextStep: 'discharge',
    collaborate: [9, 9, 9],
  }),
  reviewOf('r-p1', '2026-11-28T09:00:00Z', 'p1', {
    attainment: 'partly',
    patientMeasureNow: 4,
    nextStep: 'new-cycle',
  }),
  {
    ...reviewOf('cycle-p1', '2026-11-28T09:20:00Z', 'p1', {
      attainment: 'partly',
      patientMeasureNow: 4,
      confidenceNow: 5,
      nextStep: 'new-cycle',
      collaborate: [9, 8, 7],
    }),
    updatedAt: '2026-11-28T09:30:00Z',
  },
  agreedPlan('dec', '2026-12-01T09:00:00Z'),
];

describe('computeAudit over the fixture set for November', () => {
  const figures = auditOf(fixture, november);

  it('counts consultations created in the period only', () => {
    expect(figures.consultations).toBe(7);
  });

  it('splits quick and full paths', () => {
    expect([figures.quick, figures.full]).toEqual([3, 4]);
  });

  it('counts each element used', () => {
    expect(figures.elementsUsed).toEqual({
      preparation: 0,
      agenda: 3,
      information: 0,
      options: 2,
      agreement: 3,
      implementation: 0,
      review: 3,
    });
  });

  it('lists the grids used, most used first, and those without a grid', () => {
    expect(figures.grids).toEqual([{ id: asthmaGrid.id, title: asthmaGrid.title, count: 2, chosen: [] }]);
    expect(figures.withoutGrid).toBe(5);
  });

  it('counts agreed plans and no-treatment choices', () => {
    expect(figures.plansAgreed).toBe(3);
    expect(figures.noTreatment).toBe(1);
  });

  it('counts each earlier plan reviewed once, keeping the latest review', () => {
    expect(figures.plansReviewed).toBe(2);
    expect(figures.attainment).toEqual({ achieved: 1, partly: 1, 'not-yet': 0, changed: 0, unrecorded: 0 });
    expect(figures.nextStep).toEqual({ continue: 0, 'new-cycle': 1, discharge: 1, refer: 0, unrecorded: 0 });
  });

  it('averages confidence at agreement over plans that recorded it', () => {
    expect(figures.confidenceAtAgreement).toEqual({ mean: 7, n: 2 });
  });

  it('averages confidence at review', () => {
    expect(figures.confidenceAtReview).toEqual({ mean: 7, n: 2 });
  });

  it('averages the change in the patient measure against the reviewed plan’s baseline, even from before the period', () => {
    // oct: 2 → 7 (+5); p1: 3 → 4 (+1)
    expect(figures.patientMeasureChange).toEqual({ mean: 3, n: 2 });
  });

  it('counts collaboRATE answers recorded at review by older versions, but shows no figure below 25', () => {
    expect(figures.collaborate).toEqual({ responses: 2, topScoreShare: null });
  });
});

describe('computeAudit filters', () => {
  it('filters by grid, counting a review under the grid of the plan it reviews', () => {
    const knee = auditOf(fixture, { ...november, grid: kneeGrid.id });
    expect(knee.consultations).toBe(1);
    expect(knee.plansReviewed).toBe(1);
    expect(knee.attainment.achieved).toBe(1);
    expect(knee.patientMeasureChange).toEqual({ mean: 5, n: 1 });
  });

  it('filters to consultations without a grid', () => {
    const none = auditOf(fixture, { ...november, grid: NO_GRID });
    expect(none.consultations).toBe(2);
    expect(none.plansAgreed).toBe(1);
    expect(none.confidenceAtAgreement).toEqual({ mean: null, n: 0 });
  });

  it('includes both ends of the period', () => {
    const oneDay = auditOf(fixture, { from: '2026-11-28', to: '2026-11-28', grid: ANY_GRID });
    expect(oneDay.consultations).toBe(2);
  });
});

describe('computeAudit on empty and partial data', () => {
  it('gives zeros and empty means for an empty period', () => {
    const empty = auditOf(fixture, { from: '2025-01-01', to: '2025-01-31', grid: ANY_GRID });
    expect(empty).toEqual({
      consultations: 0,
      elementsUsed: {
        preparation: 0,
        agenda: 0,
        information: 0,
        options: 0,
        agreement: 0,
        implementation: 0,
        review: 0,
      },
      quick: 0,
      full: 0,
      grids: [],
      withoutGrid: 0,
      plansAgreed: 0,
      noTreatment: 0,
      plansReviewed: 0,
      attainment: { achieved: 0, partly: 0, 'not-yet': 0, changed: 0, unrecorded: 0 },
      nextStep: { continue: 0, 'new-cycle': 0, discharge: 0, refer: 0, unrecorded: 0 },
      confidenceAtAgreement: { mean: null, n: 0 },
      confidenceAtReview: { mean: null, n: 0 },
      patientMeasureChange: { mean: null, n: 0 },
      collaborate: { responses: 0, topScoreShare: null },
      understanding: {
        plansGiven: { n: 0, of: 0 },
        teachBack: { n: 0, of: 0 },
        sure: { n: 0, of: 0 },
        minutes: { n: 0, used: 0, booked: 0, over: 0 },
      },
    });
  });

  it('gives the same for no consultations at all', () => {
    expect(auditOf([], november).consultations).toBe(0);
  });

  it('counts a review whose earlier plan is missing, without a measure change', () => {
    const orphan = reviewOf('r', '2026-11-10T09:00:00Z', 'gone', {
      attainment: 'not-yet',
      patientMeasureNow: 5,
    });
    const figures = auditOf([orphan], november);
    expect(figures.plansReviewed).toBe(1);
    expect(figures.attainment['not-yet']).toBe(1);
    expect(figures.patientMeasureChange).toEqual({ mean: null, n: 0 });
  });

  it('records a review with no attainment or next step as unrecorded', () => {
    const partial = reviewOf('r', '2026-11-10T09:00:00Z', 'p', { confidenceNow: 4 });
    const figures = auditOf([partial], november);
    expect(figures.attainment.unrecorded).toBe(1);
    expect(figures.nextStep.unrecorded).toBe(1);
    expect(figures.confidenceAtReview).toEqual({ mean: 4, n: 1 });
  });

  it('leaves an incomplete collaboRATE out of its summary', () => {
    const partial = reviewOf('r', '2026-11-10T09:00:00Z', 'p', {
      attainment: 'achieved',
      collaborate: [9, null, 9],
    });
    expect(auditOf([partial], november).collaborate).toEqual({ responses: 0, topScoreShare: null });
  });

  it('does not count a mere link to an earlier plan as a review', () => {
    const linkOnly = reviewOf('r', '2026-11-10T09:00:00Z', 'p1');
    const figures = auditOf([fixture[1]!, linkOnly], november);
    expect(figures.consultations).toBe(2);
    expect(figures.plansReviewed).toBe(0);
    expect(figures.elementsUsed.review).toBe(0);
  });

  it('gives the same figures once retention has purged the free text', () => {
    const purged = fixture.map((c) => purgeFreeText(c, '2027-06-01T00:00:00Z'));
    expect(auditOf(purged, november)).toEqual(auditOf(fixture, november));
  });
});

describe('computeAudit: collaboRATE from the hand-over screen', () => {
  /** `n` consultations of any kind in November, each answered privately with `answers`. */
  const answered = (n: number, answers: [number, number, number], from = 0) =>
    Array.from({ length: n }, (_, i) =>
      consultation(
        `c${from + i}`,
        `2026-11-${String(2 + ((from + i) % 27)).padStart(2, '0')}T09:00:00Z`,
        (c) => ({
          ...c,
          collaborate: collaborateResponse(answers, 'en', new Date('2026-11-29T10:00:00Z')),
        }),
      ),
    );

  it('shows no figure from 24 responses, only how many there are', () => {
    expect(auditOf(answered(24, [9, 9, 9]), november).collaborate).toEqual({
      responses: 24,
      topScoreShare: null,
    });
  });

  it('shows the top-score share from 25 responses: all three answers 9', () => {
    const rows = [...answered(20, [9, 9, 9]), ...answered(4, [9, 9, 8], 20), ...answered(1, [0, 9, 9], 24)];
    expect(auditOf(rows, november).collaborate).toEqual({ responses: 25, topScoreShare: 0.8 });
  });

  it('counts every consultation where it was recorded, not only reviews', () => {
    const plain = answered(23, [9, 9, 9]);
    const review = {
      ...reviewOf('rv', '2026-11-20T09:00:00Z', 'c0', { attainment: 'achieved' }),
      collaborate: collaborateResponse([9, 9, 9], 'cy', new Date('2026-11-20T10:00:00Z')),
    };
    const agreed = {
      ...agreedPlan('ag', '2026-11-21T09:00:00Z'),
      collaborate: collaborateResponse([8, 9, 9], 'en', new Date('2026-11-21T10:00:00Z')),
    };
    const figures = auditOf([...plain, review, agreed], november);
    expect(figures.plansReviewed).toBe(1);
    expect(figures.collaborate).toEqual({ responses: 25, topScoreShare: 24 / 25 });
  });

  it('counts only consultations in the period, and never an imported earlier plan', () => {
    const december = answered(1, [9, 9, 9], 100).map((c) => ({ ...c, createdAt: '2026-12-02T09:00:00Z' }));
    const imported = answered(1, [9, 9, 9], 200).map((c) => ({
      ...c,
      importedFrom: { source: 'note' as const, formatVersion: '1', importedAt: '2026-11-20T09:00:00Z' },
    }));
    expect(auditOf([...answered(24, [9, 9, 9]), ...december, ...imported], november).collaborate).toEqual({
      responses: 24,
      topScoreShare: null,
    });
  });

  it('prefers the private answers to any an older version recorded at review', () => {
    const both = {
      ...reviewOf('both', '2026-11-10T09:00:00Z', 'p', { collaborate: [0, 0, 0] }),
      collaborate: collaborateResponse([9, 9, 9], 'en', new Date('2026-11-10T10:00:00Z')),
    };
    expect(toAuditRow(both).collaborate).toEqual([9, 9, 9]);
  });
});

describe('computeAudit at scale', () => {
  it('counts 20,000 consultations and 5,000 reviews of them exactly', () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      i % 4 === 3
        ? reviewOf(`r${i}`, '2026-11-20T09:00:00Z', `p${i - 1}`, {
            attainment: 'achieved',
            patientMeasureNow: 6,
          })
        : agreedPlan(`p${i}`, '2026-11-02T09:00:00Z'),
    );
    const figures = auditOf(many, november);
    expect(figures.consultations).toBe(20_000);
    expect(figures.plansReviewed).toBe(5_000);
    expect(figures.patientMeasureChange).toEqual({ mean: 3, n: 5_000 });
    // Its speed is measured by `npm run bench` (docs/performance.md: under 250 ms median), never by a timed test.
  });
});
