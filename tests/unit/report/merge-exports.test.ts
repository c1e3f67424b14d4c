import { describe, expect, it } from 'vitest';
import { mergeExports } from '../../../lib/report/merge-exports';
import { totalOf } from '../../../lib/report/week-figures-sum';
import { teamExport, week } from './fixtures';

describe('merging team exports', () => {
  const gpA = teamExport('aaaaaaaaaaaa', [week('2026-W10', 6), week('2026-W11', 8)]);
  const gpB = teamExport('bbbbbbbbbbbb', [week('2026-W11', 4)]);
  const nurse = teamExport('cccccccccccc', [week('2026-W12', 7)], {
    role: 'Practice nurse',
    label: 'Sister Evans',
  });

  it('keeps each clinician apart, named by label or role, numbered when two share a role', () => {
    const merged = mergeExports([gpA, gpB, nurse]);
    expect(merged.clinicians.map((c) => c.name)).toEqual(['GP 1', 'GP 2', 'Sister Evans']);
    expect(merged.weeks).toEqual(['2026-W10', '2026-W11', '2026-W12']);
  });

  it('adds the clinicians up into the practice', () => {
    const merged = mergeExports([gpA, gpB, nurse]);
    const team = totalOf(
      'team',
      merged.clinicians.flatMap((c) => [...c.weeks.values()]),
    );
    expect(team.consultations).toBe(25);
    expect(team.plansAgreed).toBe(25);
  });

  it('counts a week one clinician exported twice once, from the file read later', () => {
    const again = teamExport('aaaaaaaaaaaa', [week('2026-W11', 10), week('2026-W13', 5)]);
    const merged = mergeExports([gpA, again]);
    expect(merged.clinicians).toHaveLength(1);
    expect(merged.replacedWeeks).toBe(1);
    expect([...merged.clinicians[0]!.weeks.values()].map((w) => w.consultations)).toEqual([6, 10, 5]);
  });
});
