import { describe, expect, it } from 'vitest';
import { describeChangesSince } from '../../../lib/plan/changes-since';
import { agreedPlan, reviewOf } from '../audit/fixtures';

const plan = agreedPlan('p', '2026-10-01T09:00:00Z', { confidence: 5, baseline: 3 });

describe('describeChangesSince', () => {
  it('says in plain English what changed: attainment, own measure, confidence, clinical value', () => {
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', {
      attainment: 'partly',
      patientMeasureNow: 6,
      confidenceNow: 8,
      clinicalValueNow: '380',
    });
    expect(describeChangesSince(plan, review)).toEqual([
      'You partly reached your goal “Walk to the park”.',
      'Your own score for breathing went from 3 to 6 out of 10.',
      'Your confidence went from 5 to 8 out of 10.',
      'Peak flow went from 320 L/min to 380 L/min.',
    ]);
  });

  it('says the same in Welsh', () => {
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', {
      attainment: 'achieved',
      patientMeasureNow: 3,
    });
    expect(describeChangesSince(plan, review, 'cy')).toEqual([
      'Rydych wedi cyrraedd eich nod “Walk to the park”.',
      'Arhosodd eich sgôr eich hun am breathing ar 3 allan o 10.',
    ]);
  });

  it.each([
    ['achieved', 'You reached your goal “Walk to the park”.'],
    ['not-yet', 'You have not reached your goal “Walk to the park” yet.'],
    ['changed', 'Your goal has changed since last time.'],
  ] as const)('words attainment %s', (attainment, line) => {
    expect(describeChangesSince(plan, reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment }))).toEqual([
      line,
    ]);
  });

  it('gives no lines for a blank review or a plan without a baseline', () => {
    const blankPlan = agreedPlan('q', '2026-10-01T09:00:00Z', { confidence: null, baseline: null });
    expect(describeChangesSince(plan, reviewOf('r', '2026-11-01T09:00:00Z', 'p'))).toEqual([]);
    expect(
      describeChangesSince(
        blankPlan,
        reviewOf('r', '2026-11-01T09:00:00Z', 'q', { patientMeasureNow: 5, confidenceNow: 5 }),
      ),
    ).toEqual([]);
  });

  it('can leave the goal unquoted, for a plan that shows it on its own line', () => {
    const review = reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment: 'not-yet' });
    expect(describeChangesSince(plan, review, 'en', { quoteGoal: false })).toEqual([
      'You have not reached your goal yet.',
    ]);
    expect(describeChangesSince(plan, review, 'cy', { quoteGoal: false })).toEqual([
      'Nid ydych wedi cyrraedd eich nod eto.',
    ]);
  });

  it('leaves patient text as it is (escaping is the renderer’s job)', () => {
    const hostile = { ...plan, agreement: { ...plan.agreement, goal: '<img src=x onerror=alert(1)>' } };
    const [line] = describeChangesSince(
      hostile,
      reviewOf('r', '2026-11-01T09:00:00Z', 'p', { attainment: 'achieved' }),
    );
    expect(line).toBe('You reached your goal “<img src=x onerror=alert(1)>”.');
  });
});
