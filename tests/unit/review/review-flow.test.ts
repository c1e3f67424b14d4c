import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../lib/review/carry-forward';
import { findPlanToReview, latestAgreedPlan } from '../../../lib/review/find-previous';
import { formatLongDate } from '../../../lib/i18n/format-date';
import { agreedPlan, consultation, reviewOf } from '../audit/fixtures';
import { consultationRepository } from '../../../lib/storage/consultations';
import { testDb } from '../test-db';

describe('latestAgreedPlan', () => {
  it('picks the most recently agreed plan, skipping the open consultation, closed and purged ones', () => {
    const older = { ...agreedPlan('a', '2026-09-01T09:00:00Z'), updatedAt: '2026-09-01T10:00:00Z' };
    const newer = { ...agreedPlan('b', '2026-10-01T09:00:00Z'), updatedAt: '2026-10-01T10:00:00Z' };
    const closed = { ...agreedPlan('c', '2026-10-05T09:00:00Z'), status: 'closed' as const };
    const purged = { ...agreedPlan('d', '2026-10-06T09:00:00Z'), purgedAt: '2027-01-01T00:00:00Z' };
    const current = { ...agreedPlan('e', '2026-11-01T09:00:00Z'), updatedAt: '2026-11-01T10:00:00Z' };
    expect(latestAgreedPlan([older, newer, closed, purged, current], 'e')?.id).toBe('b');
    expect(latestAgreedPlan([current], 'e')).toBeNull();
  });
});

describe('findPlanToReview', () => {
  it('finds the agreed plan by patient reference through the index', async () => {
    const db = testDb(`review-${Math.random()}`);
    await db.consultations.bulkPut([
      { ...agreedPlan('a', '2026-09-01T09:00:00Z'), patientRef: 'JS1950' },
      { ...agreedPlan('b', '2026-09-02T09:00:00Z'), patientRef: 'XY2001' },
    ]);
    expect((await findPlanToReview(consultationRepository(db), ' JS1950 ', 'now'))?.id).toBe('a');
    expect(await findPlanToReview(consultationRepository(db), '', 'now')).toBeNull();
    expect(await findPlanToReview(consultationRepository(db), 'JS19', 'now')).toBeNull();
  });

  it.each(['js1950', 'JS 1950', ' j s 1950 '])(
    'matches %j, the same reference typed with other case or spaces',
    async (typed) => {
      const db = testDb(`review-${Math.random()}`);
      await db.consultations.bulkPut([{ ...agreedPlan('a', '2026-09-01T09:00:00Z'), patientRef: 'JS1950' }]);
      expect((await findPlanToReview(consultationRepository(db), typed, 'now'))?.id).toBe('a');
    },
  );
});

describe('carryForward', () => {
  it('brings the earlier plan forward with the review’s measures as the new baseline', () => {
    const plan = agreedPlan('p', '2026-09-01T09:00:00Z', { confidence: 5, baseline: 3 });
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', {
      attainment: 'partly',
      patientMeasureNow: 6,
      confidenceNow: 7,
      clinicalValueNow: '350',
      nextStep: 'new-cycle',
    });
    const fresh = { ...consultation('n', '2026-11-01T09:30:00Z'), patientRef: 'ABp' };
    const next = carryForward(plan, review)(fresh);
    expect(next).toMatchObject({
      id: 'n',
      patientRef: 'ABp',
      status: 'open',
      createdAt: fresh.createdAt,
      currentElement: 'agreement',
      agenda: plan.agenda,
      options: plan.options,
      review: {
        previousConsultationId: 'p',
        attainment: 'partly',
        patientMeasureNow: 6,
        nextStep: 'new-cycle',
      },
    });
    expect(next.agreement).toMatchObject({
      goal: 'Walk to the park',
      firstAction: 'Walk to the corner daily',
      confidence: null,
      baseline: { patientMeasure: 6, clinicalValue: '350', clinicalUnit: 'L/min' },
    });
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2026-11-23T09:00:00Z', 'en', '23 November 2026'],
    ['2026-11-23T09:00:00Z', 'cy', '23 Tachwedd 2026'],
    ['', 'en', ''],
    ['nonsense', 'en', ''],
  ] as const)('formats %s in %s as %s', (iso, language, expected) => {
    expect(formatLongDate(iso, language)).toBe(expected);
  });
});
