import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { computeAudit } from '../../../lib/audit/compute-audit';
import { auditCsv } from '../../../lib/audit/csv';
import { ANY_GRID } from '../../../lib/audit/filter';
import { consultationFromSummary } from '../../../lib/continuity/import-earlier-plan';
import { readSummaryBlock } from '../../../lib/continuity/read-summary-block';
import { verifyEarlierPlan } from '../../../lib/continuity/verify-earlier-plan';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { planToPlainText } from '../../../lib/export/plain-text';
import { buildClinicianNote } from '../../../lib/plan/clinician-note';
import { complete, context } from '../plan/consultations';

function imported(patientRef = 'AE 1961', status: 'agreed' | 'open' = 'agreed') {
  const earlier = complete();
  earlier.status = status;
  const now = new Date('2026-12-20T10:00:00Z');
  const read = readSummaryBlock(planToPlainText(buildClinicianNote(earlier, context())));
  const checked = verifyEarlierPlan(read, { patientRef, fileName: '', today: now });
  if (!checked.ok) throw new Error(checked.error);
  return consultationFromSummary(checked.plan, { id: 'imp', now });
}

describe('an earlier plan read from a note, kept as a local consultation', () => {
  it('is an agreed plan of the day it was agreed, holding only what the summary held', () => {
    const plan = imported();
    expect(plan).toMatchObject({
      id: 'imp',
      patientRef: 'AE 1961',
      status: 'agreed',
      createdAt: '2026-11-23T12:00:00.000Z',
      updatedAt: '2026-12-20T10:00:00.000Z',
      importedFrom: {
        source: 'note',
        formatVersion: '2',
        importedAt: '2026-12-20T10:00:00.000Z',
        patientRef: 'AE 1961',
        otherPatient: false,
        integrity: 'intact',
      },
      options: { grid: { id: 'raised-blood-pressure', version: '1.2', title: '' } },
      agreement: {
        goal: 'Walk to the allotment without stopping by the spring',
        confidence: 8,
        followUpDate: '2027-01-18',
        baseline: { patientMeasure: 4, clinicalValue: '152/94', clinicalUnit: 'mmHg' },
      },
    });
    expect(plan.agenda.items).toEqual([]);
    expect(plan.options.options.map((o) => o.label)).toEqual(['More walking']);
  });

  it('stays a draft when the plan it came from was not agreed', () => {
    expect(imported('AE 1961', 'open').status).toBe('open');
  });

  it('records that the baseline came from another reference when the clinician chose to use it', () => {
    expect(imported('BB 1970')).toMatchObject({
      patientRef: 'BB 1970',
      importedFrom: { patientRef: 'AE 1961', otherPatient: true },
    });
  });

  it('is not counted by the audit as a consultation, but is the baseline its review is compared with', () => {
    const review = newConsultation({
      id: 'rev',
      now: new Date('2026-12-20T10:05:00Z'),
      path: 'quick',
      plannedMinutes: 10,
    });
    review.review = {
      ...review.review,
      previousConsultationId: 'imp',
      patientMeasureNow: 7,
      attainment: 'partly',
    };
    const rows = [imported(), review].map(toAuditRow);
    expect(rows[0]?.imported).toBe(true);
    expect(rows[1]).not.toHaveProperty('imported');
    const filter = { from: '2026-01-01', to: '2026-12-31', grid: ANY_GRID };
    const figures = computeAudit(rows, filter);
    expect(figures.consultations).toBe(1);
    expect(figures.plansAgreed).toBe(0);
    expect(figures.plansReviewed).toBe(1);
    expect(figures.patientMeasureChange).toEqual({ mean: 3, n: 1 });
    expect(auditCsv(rows, filter).trim().split('\r\n')).toHaveLength(2);
  });
});
