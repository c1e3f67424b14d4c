import { ELEMENT_IDS } from '../domain/elements';
import { ELEMENT_NAMES } from '../i18n/element-names';
import { isSuppressed, SUPPRESSED } from './suppress';
import type { WeekFigures } from './team-export';

/** A share with its denominator, as every figure of the report is given. */
export interface Fraction {
  n: number;
  of: number;
}

/**
 * A figure the report can chart and a practice PDSA cycle can take as its measure: one list,
 * so a measure named in a saved cycle is always one the report can read back.
 */
export interface ReportMeasure {
  id: string;
  /** Plain words, used as a chart title and in the PDSA read-back. */
  label: string;
  /** A count on its own, or a share of something. */
  kind: 'count' | 'share';
  value: (figures: WeekFigures) => Fraction;
  /**
   * A share of a few of the consultations (those asked, those timed): also "fewer than 5" when
   * that denominator is 1 to 4, and "not recorded" when it is 0 (older exports never carried it).
   */
  ofSome?: true;
}

export const REPORT_MEASURES: readonly ReportMeasure[] = [
  {
    id: 'consultations',
    label: 'Consultations using Cocreate',
    kind: 'count',
    value: (f) => ({ n: f.consultations, of: f.consultations }),
  },
  {
    id: 'plans-agreed',
    label: 'Plans agreed, of consultations',
    kind: 'share',
    value: (f) => ({ n: f.plansAgreed, of: f.consultations }),
  },
  {
    id: 'full-path',
    label: 'Full path (all seven elements offered), of consultations',
    kind: 'share',
    value: (f) => ({ n: f.consultations - f.quick, of: f.consultations }),
  },
  ...ELEMENT_IDS.map((id): ReportMeasure => ({
    id: `element-${id}`,
    label: `${ELEMENT_NAMES[id]} used, of consultations`,
    kind: 'share',
    value: (f) => ({ n: f.elements[id], of: f.consultations }),
  })),
  {
    id: 'reviews',
    label: 'Plans reviewed, of plans agreed in the same time',
    kind: 'share',
    value: (f) => ({ n: f.reviews, of: f.plansAgreed }),
  },
  {
    id: 'goals-met',
    label: 'Goals achieved at review, of plans reviewed',
    kind: 'share',
    value: (f) => ({ n: f.attainment.achieved, of: f.reviews }),
  },
  {
    id: 'plans-given',
    label: 'Plans given to the patient (printed, downloaded, inserted or sent), of plans agreed',
    kind: 'share',
    value: (f) => f.plansGiven,
    ofSome: true,
  },
  {
    id: 'teach-back',
    label: 'Teach-back done, of plans agreed',
    kind: 'share',
    value: (f) => f.teachBack,
    ofSome: true,
  },
  {
    id: 'sure',
    label: 'Sure of the decision (yes to all four SURE questions), of patients asked',
    kind: 'share',
    value: (f) => f.sure,
    ofSome: true,
  },
  {
    id: 'over-booked-time',
    label: 'Over the booked time, of consultations timed to the plan given',
    kind: 'share',
    value: (f) => ({ n: f.minutes.over, of: f.minutes.n }),
    ofSome: true,
  },
];

export function measureById(id: string): ReportMeasure | undefined {
  return REPORT_MEASURES.find((measure) => measure.id === id);
}

/** A whole percentage, or null when there is nothing to divide by. */
export function percent({ n, of }: Fraction): number | null {
  return of === 0 ? null : Math.round((n / of) * 100);
}

/** "12", "12 of 40 (30%)", or "fewer than 5" when the figures come from fewer than 5 consultations. */
export function formatMeasure(measure: ReportMeasure, figures: WeekFigures): string {
  if (isSuppressed(figures.consultations)) return SUPPRESSED;
  const fraction = measure.value(figures);
  if (measure.ofSome && fraction.of === 0) return NOT_RECORDED;
  if (smallDenominator(measure, fraction)) return SUPPRESSED;
  return formatFraction(measure.kind, fraction);
}

export const NOT_RECORDED = 'not recorded';

/**
 * A share of 1 to 4 (goals met of 3 plans reviewed, say) points at patients as surely as a count
 * of 3 consultations does, so it is held back too; a share of nothing is shown as "0 of 0".
 */
function smallDenominator(measure: ReportMeasure, { of }: Fraction): boolean {
  return measure.kind === 'share' && of > 0 && isSuppressed(of);
}

export function formatFraction(kind: ReportMeasure['kind'], fraction: Fraction): string {
  if (kind === 'count') return String(fraction.n);
  const share = percent(fraction);
  return share === null ? `${fraction.n} of ${fraction.of}` : `${fraction.n} of ${fraction.of} (${share}%)`;
}

/** The value a chart draws: a count or a percentage, null where suppressed or undefined. */
export function chartValue(measure: ReportMeasure, figures: WeekFigures): number | null {
  if (isSuppressed(figures.consultations)) return null;
  const fraction = measure.value(figures);
  if (smallDenominator(measure, fraction)) return null;
  return measure.kind === 'count' ? fraction.n : percent(fraction);
}
