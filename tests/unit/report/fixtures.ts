import type { ClinicianRole, TeamExport, WeekFigures } from '../../../lib/report/team-export';
import { emptyFigures } from '../../../lib/report/week-figures-sum';

/** A week of `consultations` consultations, every one with a plan agreed and the agenda used. */
export function week(name: string, consultations: number, extra: Partial<WeekFigures> = {}): WeekFigures {
  const figures = emptyFigures(name);
  return {
    ...figures,
    consultations,
    plansAgreed: consultations,
    elements: { ...figures.elements, agenda: consultations },
    ...extra,
  };
}

export function teamExport(
  source: string,
  weeks: WeekFigures[],
  clinician: { role?: ClinicianRole; label?: string | null } = {},
): TeamExport {
  return {
    format: 'cocreate-team-export',
    version: 2,
    clinician: { role: clinician.role ?? 'GP', label: clinician.label ?? null, source },
    period: { from: weeks[0]?.week ?? '2026-W01', to: weeks.at(-1)?.week ?? '2026-W01' },
    weeks,
  };
}
