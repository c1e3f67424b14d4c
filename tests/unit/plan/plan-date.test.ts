import { describe, expect, it } from 'vitest';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildPatientPlan } from '../../../lib/plan/build-patient-plan';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { formatLongDate } from '../../../lib/i18n/format-date';
import { blank, context } from './consultations';

// A consultation at 00:30 on 2 June in London is 23:30 on 1 June in UTC: the plan, the note and the
// review offer must all name the day the patient was seen (docs/framework.md, "Dates").
const nearMidnight = { ...blank(), createdAt: '2026-06-01T23:30:00.000Z' };
const planContext = { ...context(), date: nearMidnight.createdAt };

describe('the date on a plan near midnight', () => {
  it('is the London day in the clinician note', () => {
    expect(planToPlainText(buildClinicianNote(nearMidnight, planContext))).toContain('Date: 2 June 2026');
  });

  it('is the London day on the patient plan', () => {
    expect(planToPlainText(buildPatientPlan(nearMidnight, planContext, 'en'))).toContain('2 June 2026');
  });

  it('is the same day the review offer shows', () => {
    expect(formatLongDate(nearMidnight.createdAt)).toBe('2 June 2026');
  });
});

describe('"by when" of information still needed', () => {
  const needing = (byWhen: string) => ({
    ...blank(),
    information: {
      ...blank().information,
      needed: [{ id: 'n1', what: 'A blood test', who: 'Practice nurse', byWhen }],
    },
  });
  const plan = (byWhen: string, language: 'en' | 'cy' = 'en') =>
    planToPlainText(buildPatientPlan(needing(byWhen), context(language), language));

  it('reads a stored date in words, as every other date in the plan, never as 2026-04-15', () => {
    expect(plan('2026-04-15')).toContain('A blood test (who: Practice nurse, by 15 April 2026)');
    expect(plan('2026-04-15')).not.toContain('2026-04-15');
  });

  it('in Welsh too', () => {
    expect(plan('2026-04-15', 'cy')).toContain('15 Ebrill 2026');
    expect(plan('2026-04-15', 'cy')).not.toContain('2026-04-15');
  });

  it('keeps words the clinician typed as they are', () => {
    expect(plan('next week')).toContain('by next week');
  });

  it('is written as the note writes dates (18/01/2027), not 2026-04-15', () => {
    const note = planToPlainText(buildClinicianNote(needing('2026-04-15'), context()));
    expect(note).toContain('Needed: A blood test — Practice nurse — 15/04/2026');
    expect(planToPlainText(buildClinicianNote(needing('next week'), context()))).toContain(
      'Needed: A blood test — Practice nurse — next week',
    );
  });
});
