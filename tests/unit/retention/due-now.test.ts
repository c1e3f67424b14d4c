import { describe, expect, it } from 'vitest';
import type { Consultation } from '../../../lib/domain/consultation';
import { dueNow } from '../../../lib/retention/due-now';
import { selectForPurge } from '../../../lib/retention/select';
import { agreedPlan, reviewOf } from '../audit/fixtures';
import { testDb } from '../test-db';

const now = new Date('2027-03-01T12:00:00Z');
const DAYS = 90;
// 90 days before `now`: 2026-12-01T12:00:00Z.

function saved(c: Consultation, updatedAt: string): Consultation {
  return { ...c, updatedAt };
}

/**
 * Old plans, purged ones, a plan kept by a recent review, an old review of an
 * old plan, and one saved on the cut-off day after the cut-off time (the audit
 * row only knows the day, so the whole record must decide).
 */
const fixture: Consultation[] = [
  saved(agreedPlan('old', '2026-09-01T09:00:00Z'), '2026-09-01T09:30:00Z'),
  {
    ...saved(agreedPlan('gone', '2026-08-01T09:00:00Z'), '2026-08-02T09:00:00Z'),
    purgedAt: '2026-11-01T00:00:00Z',
  },
  saved(agreedPlan('kept', '2026-09-02T09:00:00Z'), '2026-09-02T09:30:00Z'),
  saved(
    reviewOf('kept-review', '2027-02-20T09:00:00Z', 'kept', { attainment: 'partly' }),
    '2027-02-20T09:20:00Z',
  ),
  saved(agreedPlan('reviewed-old', '2026-07-01T09:00:00Z'), '2026-07-01T09:30:00Z'),
  saved(
    reviewOf('old-review', '2026-10-01T09:00:00Z', 'reviewed-old', { attainment: 'achieved' }),
    '2026-10-01T09:10:00Z',
  ),
  saved(agreedPlan('cutoff-morning', '2026-12-01T08:00:00Z'), '2026-12-01T11:59:00Z'),
  saved(agreedPlan('cutoff-afternoon', '2026-12-01T08:00:00Z'), '2026-12-01T12:01:00Z'),
  saved(agreedPlan('recent', '2027-02-01T09:00:00Z'), '2027-02-01T09:30:00Z'),
];

describe('what retention finds due, reading only what may be', () => {
  it('finds exactly what a look at every record finds', async () => {
    const db = testDb(`due-${Math.random()}`);
    await db.consultations.bulkPut(fixture);
    const due = await dueNow(db, DAYS, now);
    expect(due).toEqual(selectForPurge(fixture, DAYS, now));
    expect(due.map((c) => c.id)).toEqual(['old', 'reviewed-old', 'old-review', 'cutoff-morning']);
  });

  it('counts from the last review of a plan, however old the plan', async () => {
    const db = testDb(`due-${Math.random()}`);
    await db.consultations.bulkPut(fixture);
    const due = await dueNow(db, DAYS, now);
    expect(due.find((c) => c.id === 'reviewed-old')?.lastActivity).toBe('2026-10-01T09:10:00Z');
    expect(due.map((c) => c.id)).not.toContain('kept');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'finds nothing for a retention of %s days',
    async (days) => {
      const db = testDb(`due-${Math.random()}`);
      await db.consultations.bulkPut(fixture);
      expect(await dueNow(db, days, now)).toEqual([]);
    },
  );
});
