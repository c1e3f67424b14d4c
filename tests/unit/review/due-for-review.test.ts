import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { findPlansDueForReview, plansDueForReview } from '../../../lib/review/due-for-review';

function plan(id: string, patientRef: string, followUpDate: string, updatedAt = '2026-11-01T10:00:00Z') {
  const c = newConsultation({ id, now: new Date(0), path: 'quick', plannedMinutes: 10, patientRef });
  return {
    ...c,
    status: 'agreed',
    updatedAt,
    agreement: { ...c.agreement, followUpDate },
  } satisfies Consultation;
}

const TODAY = '2026-12-07';

describe('plansDueForReview: the reference in one action at a review', () => {
  it('offers plans whose follow-up is a week ahead to four weeks behind, nearest first', () => {
    const due = plansDueForReview(
      [
        plan('late', 'AB 1950', '2026-11-10'),
        plan('today', 'CD 1960', '2026-12-07'),
        plan('soon', 'EF 1970', '2026-12-12'),
        plan('too-late', 'GH 1980', '2026-11-08'),
        plan('too-early', 'IJ 1990', '2026-12-15'),
        plan('no-date', 'KL 2000', ''),
      ],
      TODAY,
      'open-now',
    );
    expect(due.map((c) => c.id)).toEqual(['today', 'soon', 'late']);
  });

  it("takes each reference's latest agreed plan only, however the reference was typed", () => {
    const due = plansDueForReview(
      [
        plan('older', 'ab 1950', '2026-12-07', '2026-10-01T10:00:00Z'),
        plan('newer', 'AB1950', '2026-12-08', '2026-11-01T10:00:00Z'),
        plan('nameless', '  ', '2026-12-07'),
      ],
      TODAY,
      'open-now',
    );
    expect(due.map((c) => c.id)).toEqual(['newer']);
  });

  it('never offers the consultation that is open, and reads through the repository', async () => {
    const stored = [plan('open-now', 'AB 1950', TODAY), plan('other', 'CD 1960', TODAY)];
    const due = await findPlansDueForReview(
      { withStatus: (_status, keep) => Promise.resolve(stored.filter(keep)) },
      TODAY,
      'open-now',
    );
    expect(due.map((c) => c.id)).toEqual(['other']);
  });
});
