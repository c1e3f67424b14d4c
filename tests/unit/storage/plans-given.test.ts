import { describe, expect, it } from 'vitest';
import { applyPurge, previewPurge } from '../../../lib/retention/apply-purge';
import { plansGivenFor, recordPlanGiven } from '../../../lib/storage/plans-given';
import { agreedPlan } from '../audit/fixtures';
import { testDb } from '../test-db';

describe('plans given', () => {
  it('records each copy given with its text, language, format and date, and retention removes them', async () => {
    const db = testDb(`given-${Math.random()}`);
    const plan = { ...agreedPlan('p', '2026-09-01T09:00:00Z'), updatedAt: '2026-09-01T09:30:00Z' };
    await db.consultations.put(plan);
    const given = { consultationId: 'p', language: 'en' as const, text: 'You will walk daily.' };
    await recordPlanGiven(db, { ...given, format: 'insert' }, 'g2', new Date('2026-09-01T09:40:00Z'));
    await recordPlanGiven(db, { ...given, format: 'print' }, 'g1', new Date('2026-09-01T09:35:00Z'));

    expect(await plansGivenFor(db, 'p')).toEqual([
      { id: 'g1', givenAt: '2026-09-01T09:35:00.000Z', format: 'print', ...given },
      { id: 'g2', givenAt: '2026-09-01T09:40:00.000Z', format: 'insert', ...given },
    ]);

    const now = new Date('2027-03-01T00:00:00Z');
    const result = await applyPurge(db, await previewPurge(db, 90, now), 90, now);
    expect(result.plansDeleted).toBe(2);
    expect(await plansGivenFor(db, 'p')).toEqual([]);
  });
});
