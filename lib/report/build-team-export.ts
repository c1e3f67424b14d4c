import { computeAudit, type Mean } from '../audit/compute-audit';
import type { AuditRow } from '../audit/audit-row';
import { ANY_GRID } from '../audit/filter';
import { isoWeek, weekStart } from '../audit/iso-week';
import { isCollaborateTopScore, isCompleteResponse } from '../collaborate/response';
import type { ClinicianRole, SumOf, TeamExport, WeekFigures } from './team-export';
import { TEAM_EXPORT_FORMAT, TEAM_EXPORT_VERSION } from './team-export';

const DAY_MS = 86_400_000;

export interface ExportWho {
  role: ClinicianRole;
  label: string | null;
  source: string;
}

/**
 * A clinician's team export over the whole ISO weeks that `from`–`to` (YYYY-MM-DD) touch.
 * Each week is counted by the audit's own rules (lib/audit/compute-audit.ts), so the report
 * and the clinician's audit page never disagree about what a consultation or a review is.
 */
export function buildTeamExport(
  rows: readonly AuditRow[],
  period: { from: string; to: string },
  who: ExportWho,
): TeamExport {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byWeek = new Map<string, AuditRow[]>();
  const first = weekStart(period.from);
  const last = weekStart(period.to);
  for (const row of rows) {
    const monday = weekStart(row.createdAt);
    if (row.imported || monday < first || monday > last) continue;
    const list = byWeek.get(monday) ?? [];
    list.push(row);
    byWeek.set(monday, list);
  }
  const weeks = [...byWeek.keys()]
    .sort()
    .map((monday) => weekFigures(monday, byWeek.get(monday)!, byId))
    .filter((week) => week.consultations > 0);
  return {
    format: TEAM_EXPORT_FORMAT,
    version: TEAM_EXPORT_VERSION,
    clinician: { role: who.role, label: who.label, source: who.source },
    period: { from: isoWeek(first), to: isoWeek(last) },
    weeks,
  };
}

function weekFigures(monday: string, rows: AuditRow[], byId: ReadonlyMap<string, AuditRow>): WeekFigures {
  const sunday = new Date(Date.parse(`${monday}T00:00:00Z`) + 6 * DAY_MS).toISOString().slice(0, 10);
  // The earlier plans these reviews refer to come along for their baseline; they are not counted.
  const earlier = rows.flatMap((row) => {
    const previous = row.previousId === null ? undefined : byId.get(row.previousId);
    return previous ? [previous] : [];
  });
  const figures = computeAudit([...earlier, ...rows], { from: monday, to: sunday, grid: ANY_GRID });
  let responses = 0;
  let topScores = 0;
  for (const row of rows) {
    if (row.imported || !isCompleteResponse(row.collaborate)) continue;
    responses += 1;
    if (isCollaborateTopScore(row.collaborate)) topScores += 1;
  }
  const { attainment } = figures;
  return {
    week: isoWeek(monday),
    consultations: figures.consultations,
    quick: figures.quick,
    elements: figures.elementsUsed,
    plansAgreed: figures.plansAgreed,
    noTreatment: figures.noTreatment,
    reviews: figures.plansReviewed,
    attainment: {
      achieved: attainment.achieved,
      partly: attainment.partly,
      notYet: attainment['not-yet'],
      changed: attainment.changed,
      unrecorded: attainment.unrecorded,
    },
    confidenceAtAgreement: sumOf(figures.confidenceAtAgreement),
    confidenceAtReview: sumOf(figures.confidenceAtReview),
    measureChange: sumOf(figures.patientMeasureChange),
    collaborate: { responses, topScores },
    ...figures.understanding,
    grids: figures.grids.map((grid) => ({
      id: grid.id,
      count: grid.count,
      chosen: grid.chosen,
    })),
  };
}

/** Back from a mean to its sum; rounded, as the scales are whole numbers and a mean's float error is not. */
function sumOf(mean: Mean): SumOf {
  return { sum: mean.mean === null ? 0 : Math.round(mean.mean * mean.n * 1000) / 1000, n: mean.n };
}
