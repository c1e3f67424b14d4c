import { describe, expect, it } from 'vitest';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { computeAudit } from '../../../lib/audit/compute-audit';
import { ANY_GRID } from '../../../lib/audit/filter';
import { applyPurge, previewPurge } from '../../../lib/retention/apply-purge';
import { purgeFreeText, REMOVED_TEXT } from '../../../lib/retention/purge-text';
import type { Consultation } from '../../../lib/domain/consultation';
import { agreedPlan, reviewOf } from '../audit/fixtures';
import { testDb } from '../test-db';

function richPlan() {
  const plan = agreedPlan('p', '2026-09-01T09:00:00Z');
  return {
    ...plan,
    updatedAt: '2026-09-01T09:30:00Z',
    preparation: { ...plan.preparation, knownGoals: 'GOAL-TEXT', presentNote: 'NOTE-TEXT' },
    agenda: {
      ...plan.agenda,
      items: [{ id: 'i1', text: 'ITEM-TEXT', owner: 'patient' as const }],
      importance: 8,
    },
    options: {
      ...plan.options,
      problem: 'PROBLEM-TEXT',
      options: [{ id: 'o1', label: 'OPTION-TEXT', pros: 'PROS-TEXT', cons: 'CONS-TEXT', isDoNothing: false }],
    },
    agreement: {
      ...plan.agreement,
      rationale: 'RATIONALE-TEXT',
      barriers: [{ id: 'b1', barrier: 'BARRIER-TEXT', wayRound: 'WAY-TEXT' }],
      contact: 'CONTACT-TEXT',
    },
    implementation: { ...plan.implementation, wayBackIn: 'WAYBACK-TEXT' },
  };
}

describe('purgeFreeText', () => {
  it('replaces every free-text field and blanks the patient reference', () => {
    const purged = purgeFreeText(richPlan(), '2027-01-01T00:00:00Z');
    const json = JSON.stringify(purged);
    expect(json).not.toMatch(/-TEXT|ABp|Walk|breathing|Peak flow|"320"|L\/min/);
    expect(purged.purgedAt).toBe('2027-01-01T00:00:00Z');
    expect(purged.patientRef).toBe('');
    expect(purged.agreement.goal).toBe(REMOVED_TEXT);
    expect(purged.agenda.items[0]?.text).toBe(REMOVED_TEXT);
    // Nothing typed, nothing marked.
    expect(purged.agenda.alreadyDoing).toBe('');
  });

  it('keeps the audit fields', () => {
    const plan = richPlan();
    const purged = purgeFreeText(plan, '2027-01-01T00:00:00Z');
    const filter = { from: '2026-01-01', to: '2026-12-31', grid: ANY_GRID };
    const before = computeAudit([toAuditRow(plan)], filter);
    const after = computeAudit([toAuditRow(purged)], filter);
    // Every figure, "elements used" included: removed text is marked, not blanked.
    expect(after).toEqual(before);
    expect(before.elementsUsed).toMatchObject({ preparation: 1, agenda: 1, implementation: 1 });
    expect(purged.agreement.baseline.patientMeasure).toBe(3);
    expect(purged.options.grid).toEqual(plan.options.grid);
  });
});

describe('applyPurge', () => {
  it('purges the confirmed consultations and deletes their saved plan texts', async () => {
    const db = testDb(`purge-${Math.random()}`);
    const plan = richPlan();
    await db.consultations.bulkPut([plan]);
    await db.plans.put({
      id: 'plan1',
      consultationId: 'p',
      givenAt: plan.createdAt,
      format: 'print',
      language: 'en',
      text: 'Walk',
    });
    const now = new Date('2027-03-01T00:00:00Z');
    const preview = await previewPurge(db, 90, now);
    expect(preview.map((c) => c.id)).toEqual(['p']);

    const result = await applyPurge(db, preview, 90, now);
    expect(result.failures).toEqual([]);
    expect(result.plansDeleted).toBe(1);
    const [notice, ...others] = result.notices;
    expect(others).toEqual([]);
    expect(notice?.consultationId).toBe('p');
    // The notice carries the purge itself, for a side panel that has this consultation open.
    expect(notice?.changes).toContainEqual({ path: ['agreement', 'goal'], value: REMOVED_TEXT });
    expect(notice?.changes).toContainEqual({ path: ['patientRef'], value: '' });
    const stored = await db.consultations.get('p');
    expect(stored?.purgedAt).toBe(now.toISOString());
    expect(stored?.patientRef).toBe('');
    expect(await db.plans.count()).toBe(0);
  });

  it('leaves alone a consultation reviewed since the preview', async () => {
    const db = testDb(`purge-${Math.random()}`);
    const plan = richPlan();
    await db.consultations.put(plan);
    const now = new Date('2027-03-01T00:00:00Z');
    const preview = await previewPurge(db, 90, now);
    await db.consultations.put({ ...reviewOf('r', '2027-02-28T00:00:00Z', 'p', { attainment: 'achieved' }) });
    expect(await applyPurge(db, preview, 90, now)).toEqual({ notices: [], failures: [], plansDeleted: 0 });
    expect((await db.consultations.get('p'))?.purgedAt).toBeNull();
  });
});

describe('a purge that always works', () => {
  it('fully purges a consultation with text in fields this version does not know', () => {
    const plan = richPlan();
    const odd = {
      ...plan,
      extraNote: 'EXTRA-TEXT',
      agenda: { ...plan.agenda, sideNote: { deeper: ['DEEP-TEXT', 7] } },
      agreement: { ...plan.agreement, baseline: { ...plan.agreement.baseline, unitNote: 'UNIT-TEXT' } },
    };
    const purged = purgeFreeText(odd, '2027-01-01T00:00:00Z') as unknown as Record<string, unknown>;
    expect(JSON.stringify(purged)).not.toMatch(/-TEXT/);
    expect(purged.extraNote).toBe(REMOVED_TEXT);
    // Numbers are figures, not words: they stay.
    expect((purged.agenda as { sideNote: { deeper: unknown[] } }).sideNote.deeper).toEqual([REMOVED_TEXT, 7]);
  });

  it('treats missing fields and non-strings where text belongs as empty, never throwing', () => {
    const plan = richPlan();
    const malformed = {
      ...plan,
      review: { previousConsultationId: null },
      implementation: { referrals: 42, wayBackIn: null },
      information: undefined,
    } as unknown as Consultation;
    const purged = purgeFreeText(malformed, '2027-01-01T00:00:00Z');
    expect(purged.review.helped).toBe('');
    expect(purged.implementation.referrals).toBe('');
    expect(purged.information.needed).toEqual([]);
    expect(purged.purgedAt).toBe('2027-01-01T00:00:00Z');
  });

  it('keeps only ids, enum choices, dates and the grid identity', () => {
    const plan = richPlan();
    const purged = purgeFreeText(plan, '2027-01-01T00:00:00Z');
    expect(purged.id).toBe(plan.id);
    expect(purged.status).toBe(plan.status);
    expect(purged.agreement.followUpDate).toBe(plan.agreement.followUpDate);
    expect(purged.agenda.items[0]).toEqual({ id: 'i1', text: REMOVED_TEXT, owner: 'patient' });
  });

  it('purges everything due even when one restored record is malformed, and names what failed', async () => {
    const db = testDb(`purge-${Math.random()}`);
    const good = richPlan();
    const malformed = {
      ...richPlan(),
      id: 'm',
      review: { previousConsultationId: null },
    } as unknown as Consultation;
    await db.consultations.bulkPut([good, malformed]);
    const now = new Date('2027-03-01T00:00:00Z');
    const preview = await previewPurge(db, 90, now);
    expect(preview.map((c) => c.id).sort()).toEqual(['m', 'p']);
    const result = await applyPurge(db, preview, 90, now);
    expect(result.failures).toEqual([]);
    expect(result.notices.map((n) => n.consultationId).sort()).toEqual(['m', 'p']);
    expect((await db.consultations.get('m'))?.review.helped).toBe('');
  });

  it('lists a consultation whose write fails and still purges the others', async () => {
    const db = testDb(`purge-${Math.random()}`);
    await db.consultations.bulkPut([richPlan(), { ...richPlan(), id: 'q' }]);
    const now = new Date('2027-03-01T00:00:00Z');
    const preview = await previewPurge(db, 90, now);
    const put = db.consultations.put.bind(db.consultations);
    db.consultations.put = ((row: Consultation) =>
      row.id === 'q'
        ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
        : put(row)) as typeof put;
    const result = await applyPurge(db, preview, 90, now);
    expect(result.notices.map((n) => n.consultationId)).toEqual(['p']);
    expect(result.failures).toEqual([
      {
        consultationId: 'q',
        createdAt: expect.any(String) as unknown,
        reason: expect.stringMatching(/run out of storage/) as unknown,
      },
    ]);
  });
});
