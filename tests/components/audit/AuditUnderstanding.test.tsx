// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AuditUnderstanding } from '../../../components/audit/AuditUnderstanding';
import { toAuditRow } from '../../../lib/audit/audit-row';
import { computeAudit } from '../../../lib/audit/compute-audit';
import { ANY_GRID } from '../../../lib/audit/filter';
import type { Consultation } from '../../../lib/domain/consultation';
import { buildTeamExport } from '../../../lib/report/build-team-export';
import { agreedPlan, kneeGrid } from '../../unit/audit/fixtures';

const MINUTE = 60_000;

function plan(id: string, given: boolean, minutes: number, chosen: string[]): Consultation {
  const c = agreedPlan(id, '2026-11-03T09:00:00.000Z', { grid: kneeGrid });
  const at = new Date(c.clockStartedAt + minutes * MINUTE + 30_000).toISOString();
  return {
    ...c,
    copiesGiven: given ? [{ how: 'printed', languages: ['en'], at }] : [],
    agreement: { ...c.agreement, chosenOptionIds: chosen, teachBack: given, sure: [true, true, true, given] },
  };
}

const rows = [
  plan('a', true, 8, ['painkillers']),
  plan('b', true, 12, ['painkillers', 'exercise']),
  plan('c', false, 9, ['exercise']),
].map(toAuditRow);
const period = { from: '2026-11-02', to: '2026-11-08' };

describe("the clinician's own audit: plans given and understood", () => {
  it('shows plans given, teach-back, SURE, time used and options chosen, as the team export counts them', () => {
    const figures = computeAudit(rows, { ...period, grid: ANY_GRID });
    render(<AuditUnderstanding figures={figures} />);
    const section = screen.getByRole('region', { name: 'Plans given and understood' });
    const cellOf = (heading: RegExp) =>
      within(section).getByRole('rowheader', { name: heading }).nextElementSibling?.textContent;
    expect(cellOf(/^Plan given to the patient/)).toBe('2 of 3 (67%)');
    expect(cellOf(/^Teach-back done/)).toBe('2 of 3 (67%)');
    expect(cellOf(/^Sure of the decision/)).toBe('2 of 3 (67%)');
    // Timed to the plan given: the plan not given is not timed.
    expect(cellOf(/^Over the booked time/)).toBe('1 of 2 (50%)');
    expect(cellOf(/^Options chosen|^Knee/)).toBe('exercise: 2; painkillers: 2');

    // The practice report reads the same week from the team export: one rule, same figures.
    const week = buildTeamExport(rows, period, { role: 'GP', label: null, source: 'aaaaaaaaaaaa' }).weeks[0]!;
    expect(week.plansGiven).toEqual(figures.understanding.plansGiven);
    expect(week.sure).toEqual(figures.understanding.sure);
    expect(week.minutes).toEqual(figures.understanding.minutes);
    expect(week.grids[0]!.chosen).toEqual(figures.grids[0]!.chosen);
  });
});
