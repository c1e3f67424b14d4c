import { ELEMENT_IDS } from '../domain/elements';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { formatMeasure, measureById, NOT_RECORDED } from './measures';
import type { ReportTable } from './report-document';
import { isSuppressed, SUPPRESSED } from './suppress';
import type { AttainmentCounts, WeekFigures } from './team-export';

/** Columns of the whole practice and each clinician, already totalled. */
export interface Columns {
  names: string[];
  figures: WeekFigures[];
}

const cell = (figures: WeekFigures, text: () => string) =>
  isSuppressed(figures.consultations) ? SUPPRESSED : text();

/** Each clinician beside the practice: how much, and how far plans went. */
export function cliniciansTable(columns: Columns): ReportTable {
  const ids = ['consultations', 'plans-agreed', 'full-path', 'reviews', 'goals-met'];
  const measures = ids.map((id) => measureById(id)!);
  return {
    caption: 'The whole practice and each clinician, over the whole period',
    rowHeading: 'Who',
    columns: measures.map((m) => m.label),
    rows: columns.names.map((name, i) => ({
      head: name,
      cells: measures.map((m) => formatMeasure(m, columns.figures[i]!)),
    })),
  };
}

export function uptakeTable(columns: Columns): ReportTable {
  return {
    caption: 'Uptake per element: consultations where it was used',
    rowHeading: 'Element',
    columns: columns.names,
    rows: ELEMENT_IDS.map((id) => ({
      head: ELEMENT_NAMES[id],
      cells: columns.figures.map((f) => formatMeasure(measureById(`element-${id}`)!, f)),
    })),
  };
}

const ATTAINMENT_ROWS: { key: keyof AttainmentCounts; label: string }[] = [
  { key: 'achieved', label: 'Achieved' },
  { key: 'partly', label: 'Partly achieved' },
  { key: 'notYet', label: 'Not yet' },
  { key: 'changed', label: 'Goal changed' },
  { key: 'unrecorded', label: 'Not recorded' },
];

export function outcomesTable(columns: Columns): ReportTable {
  const mean = (f: WeekFigures, key: 'confidenceAtAgreement' | 'confidenceAtReview' | 'measureChange') =>
    cell(f, () =>
      f[key].n === 0
        ? 'not recorded'
        : isSuppressed(f[key].n)
          ? SUPPRESSED
          : `${(Math.round((f[key].sum / f[key].n) * 10) / 10).toFixed(1)} (from ${f[key].n})`,
    );
  return {
    caption: 'Outcomes at review: goals, of plans reviewed; confidence and the patient’s own measure',
    rowHeading: 'Outcome',
    columns: columns.names,
    rows: [
      ...ATTAINMENT_ROWS.map(({ key, label }) => ({
        head: label,
        cells: columns.figures.map((f) =>
          cell(f, () =>
            f.reviews > 0 && isSuppressed(f.reviews) ? SUPPRESSED : `${f.attainment[key]} of ${f.reviews}`,
          ),
        ),
      })),
      {
        head: 'Confidence at agreement, mean',
        cells: columns.figures.map((f) => mean(f, 'confidenceAtAgreement')),
      },
      {
        head: 'Confidence at review, mean',
        cells: columns.figures.map((f) => mean(f, 'confidenceAtReview')),
      },
      {
        head: 'Change in the patient’s own measure, mean',
        cells: columns.figures.map((f) => mean(f, 'measureChange')),
      },
    ],
  };
}

const UNDERSTANDING_MEASURES = ['plans-given', 'teach-back', 'sure', 'over-booked-time'];

/** Plans given, understanding checked and time used: each clinician beside the practice. */
export function understandingTable(columns: Columns): ReportTable {
  const minutes = (f: WeekFigures) => {
    const { n, used, booked } = f.minutes;
    if (n === 0) return NOT_RECORDED;
    if (isSuppressed(n)) return SUPPRESSED;
    const mean = (sum: number) => (Math.round((sum / n) * 10) / 10).toFixed(1);
    return `${mean(used)} of ${mean(booked)} booked (from ${n})`;
  };
  return {
    caption: 'Plans given, teach-back, SURE and time used against the booked time',
    rowHeading: 'Figure',
    columns: columns.names,
    rows: [
      ...UNDERSTANDING_MEASURES.map((id) => {
        const measure = measureById(id)!;
        return { head: measure.label, cells: columns.figures.map((f) => formatMeasure(measure, f)) };
      }),
      {
        head: 'Minutes used, mean, of minutes booked (clock start to the plan given)',
        cells: columns.figures.map((f) => cell(f, () => minutes(f))),
      },
    ],
  };
}

/**
 * Option grids by id, and under each the grid's own options chosen: the practice's counts only,
 * so a grid or option chosen with one clinician's few patients stays hidden ("fewer than 5").
 */
export function gridsTable(team: WeekFigures): ReportTable {
  const grids = [...team.grids].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const count = (n: number, of: number) => (isSuppressed(n) ? SUPPRESSED : `${n} of ${of}`);
  return {
    caption:
      'Option grids used, of consultations, and the options chosen, of the grid’s uses (whole practice)',
    rowHeading: 'Option grid',
    columns: ['Consultations'],
    rows: grids.flatMap((grid) => [
      { head: grid.id, cells: [count(grid.count, team.consultations)] },
      ...[...grid.chosen]
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .map((option) => ({
          head: `${grid.id}: option “${option.id}” chosen`,
          cells: [count(option.count, grid.count)],
        })),
    ]),
  };
}
