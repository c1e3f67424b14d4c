import { describe, expect, it } from 'vitest';
import { selectForPurge } from '../../../lib/retention/select';
import { agreedPlan, consultation, reviewOf } from '../audit/fixtures';

const touched = (c: ReturnType<typeof consultation>, updatedAt: string) => ({ ...c, updatedAt });

describe('selectForPurge', () => {
  const now = new Date('2027-03-01T12:00:00Z');

  it('selects consultations untouched for at least the retention period, oldest first', () => {
    const old = touched(consultation('old', '2026-10-01T09:00:00Z'), '2026-10-01T10:00:00Z');
    const older = touched(consultation('older', '2026-09-01T09:00:00Z'), '2026-09-01T10:00:00Z');
    const recent = touched(consultation('recent', '2027-01-15T09:00:00Z'), '2027-01-15T10:00:00Z');
    const due = selectForPurge([old, recent, older], 90, now);
    expect(due.map((c) => c.id)).toEqual(['older', 'old']);
    expect(due[0]).toEqual({
      id: 'older',
      createdAt: '2026-09-01T09:00:00.000Z',
      lastActivity: '2026-09-01T10:00:00Z',
      dueAt: '2026-11-30T10:00:00.000Z',
    });
  });

  it('counts from the last review of a plan, not from when the plan was agreed', () => {
    const plan = touched(agreedPlan('p', '2026-09-01T09:00:00Z'), '2026-09-01T09:30:00Z');
    const review = touched(
      reviewOf('r', '2027-01-10T09:00:00Z', 'p', { attainment: 'partly' }),
      '2027-01-10T09:30:00Z',
    );
    expect(selectForPurge([plan, review], 90, now)).toEqual([]);
  });

  it('selects exactly on the day the period ends, not the day before', () => {
    const c = touched(consultation('c', '2026-12-01T12:00:00Z'), '2026-12-01T12:00:00Z');
    expect(selectForPurge([c], 90, new Date('2027-03-01T12:00:00Z'))).toHaveLength(1);
    expect(selectForPurge([c], 90, new Date('2027-03-01T11:59:59Z'))).toHaveLength(0);
  });

  it('skips consultations already purged', () => {
    const c = {
      ...touched(consultation('c', '2026-01-01T00:00:00Z'), '2026-01-01T00:00:00Z'),
      purgedAt: '2026-06-01T00:00:00Z',
    };
    expect(selectForPurge([c], 90, now)).toEqual([]);
  });

  it.each([0, -5, Number.NaN])('selects nothing for a retention setting of %s days', (days) => {
    const c = touched(consultation('c', '2020-01-01T00:00:00Z'), '2020-01-01T00:00:00Z');
    expect(selectForPurge([c], days, now)).toEqual([]);
  });

  it.each([
    ['2026-12-01', false],
    ['2026-11-30', false],
    ['2026-11-29', true],
    ['', true],
    ['not a date', true],
  ])('with a follow-up on %s (grace 90 days), selects it: %s', (followUpDate, selected) => {
    // Untouched for six months: due by the 90-day period alone.
    const plan = touched(agreedPlan('p', '2026-09-01T09:00:00Z'), '2026-09-01T09:30:00Z');
    const withFollowUp = { ...plan, agreement: { ...plan.agreement, followUpDate } };
    const due = selectForPurge([withFollowUp], 90, now);
    expect(due.map((c) => c.id)).toEqual(selected ? ['p'] : []);
  });

  it('never selects before the follow-up date plus the grace period, however short the retention', () => {
    const plan = touched(agreedPlan('p', '2026-09-01T09:00:00Z'), '2026-09-01T09:30:00Z');
    const sixMonths = { ...plan, agreement: { ...plan.agreement, followUpDate: '2027-03-01' } };
    expect(selectForPurge([sixMonths], 1, new Date('2027-05-29T12:00:00Z'))).toEqual([]);
    expect(selectForPurge([sixMonths], 1, new Date('2027-06-01T12:00:00Z')).map((c) => c.id)).toEqual(['p']);
  });
});
