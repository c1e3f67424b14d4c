import { describe, expect, it } from 'vitest';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import type { PlanContext } from '../../../lib/plan/plan-types';
import { carryForward } from '../../../lib/review/carry-forward';
import { agreedPlan, consultation, reviewOf } from '../audit/fixtures';

const earlier = agreedPlan('p', '2026-10-01T09:00:00Z', { confidence: 5, baseline: 3 });
const review = reviewOf('r', '2026-11-12T09:00:00Z', 'p', {
  attainment: 'partly',
  patientMeasureNow: 6,
  confidenceNow: 8,
  clinicalValueNow: '380',
});
const context = (previous: PlanContext['previous']): PlanContext => ({
  settings: { clinicianName: '', clinicianRole: '', practiceName: '', practiceContact: '' },
  date: '2026-11-12T09:00:00Z',
  language: 'en',
  previous,
});

const sinceLastTime = (plan: ReturnType<typeof buildPatientPlan>) =>
  plan.sections.find((section) => section.id === 'since-last-time')?.lines.map((line) => line.text);

describe('a review’s plan says what changed since last time (docs/plan-truth.md, "The review cycle")', () => {
  it('opens with the earlier goal and, in plain words, how the measures moved', () => {
    expect(sinceLastTime(buildPatientPlan(review, context(earlier), 'en'))).toEqual([
      'Walk to the park',
      'You partly reached your goal.',
      'Your own score for breathing went from 3 to 6 out of 10.',
      'Your confidence went from 5 to 8 out of 10.',
      'Peak flow went from 320 L/min to 380 L/min.',
    ]);
  });

  it('says it in Welsh for a Welsh plan', () => {
    expect(sinceLastTime(buildPatientPlan(review, context(earlier), 'cy'))).toContain(
      'Rydych wedi cyrraedd eich nod yn rhannol.',
    );
  });

  it('carries the same lines into the plan of a new cycle', () => {
    const fresh = consultation('n', '2026-11-12T09:20:00Z');
    const next = carryForward(earlier, review)(fresh);
    expect(sinceLastTime(buildPatientPlan(next, context(earlier), 'en'))).toContain(
      'Your own score for breathing went from 3 to 6 out of 10.',
    );
  });

  it('has no such section for a first plan', () => {
    expect(sinceLastTime(buildPatientPlan(earlier, context(null), 'en'))).toBeUndefined();
  });
});
