import type { PdsaEntry } from '../domain/pdsa-entry';
import { monthName, monthOfIsoWeek } from './iso-week-month';
import { chartValue, formatMeasure, measureById, type ReportMeasure } from './measures';
import type { MergedPractice } from './merge-exports';
import type { ReportChart } from './report-document';
import type { WeekFigures } from './team-export';
import { totalOf } from './week-figures-sum';

/** The measures charted over time, by id from the one list of measures. */
export const CHARTED_MEASURES = ['consultations', 'plans-agreed', 'reviews', 'goals-met'] as const;

/** Figures per month: the practice's, and each clinician's beside it. */
interface MonthFigures {
  month: string;
  team: WeekFigures;
  clinicians: WeekFigures[];
}

/** Weeks grouped into the months of their Thursdays; a month reads better at a meeting than 52 weeks. */
export function byMonth(merged: MergedPractice): MonthFigures[] {
  const months = [...new Set(merged.weeks.map(monthOfIsoWeek))].sort();
  return months.map((month) => {
    const clinicians = merged.clinicians.map((c) =>
      totalOf(
        month,
        [...c.weeks.values()].filter((w) => monthOfIsoWeek(w.week) === month),
      ),
    );
    return { month, team: totalOf(month, clinicians), clinicians };
  });
}

/** One chart per charted measure, practice PDSA changes marked in the month they started. */
export function overTimeCharts(
  merged: MergedPractice,
  months: readonly MonthFigures[],
  cycles: readonly PdsaEntry[],
): ReportChart[] {
  const markers = cycles.flatMap((entry) =>
    entry.practice
      ? [
          {
            at: monthName(monthOfIsoWeek(entry.practice.startWeek)),
            text: `PDSA change from ${entry.practice.startWeek}: ${entry.change || entry.aim || 'no change written'}`,
          },
        ]
      : [],
  );
  return CHARTED_MEASURES.map((id) => chartOf(measureById(id)!, merged, months, markers));
}

function chartOf(
  measure: ReportMeasure,
  merged: MergedPractice,
  months: readonly MonthFigures[],
  markers: ReportChart['markers'],
): ReportChart {
  return {
    title: `${measure.label}, whole practice, by month`,
    kind: measure.kind,
    points: months.map((m) => ({ label: monthName(m.month), value: chartValue(measure, m.team) })),
    markers,
    table: {
      caption: `${measure.label}, by month: the practice and each clinician`,
      rowHeading: 'Month',
      columns: ['Whole practice', ...merged.clinicians.map((c) => c.name)],
      rows: months.map((m) => ({
        head: monthName(m.month),
        cells: [m.team, ...m.clinicians].map((figures) => formatMeasure(measure, figures)),
      })),
    },
  };
}
