import type { PracticeCycle } from '../domain/pdsa-entry';
import { formatFraction, measureById } from './measures';
import type { MergedPractice } from './merge-exports';
import { isSuppressed, SUPPRESSED } from './suppress';
import { totalOf } from './week-figures-sum';

export interface CycleReadBack {
  measure: string;
  before: string;
  since: string;
}

/**
 * A practice cycle's measure read back from the merged figures: the whole team before the
 * change started, and from its start to the week it is studied. Each with its denominator,
 * "fewer than 5" when either side rests on fewer than 5 consultations.
 */
export function readBackCycle(cycle: PracticeCycle, merged: MergedPractice): CycleReadBack {
  const measure = measureById(cycle.measure);
  if (!measure) return { measure: 'A measure this version does not know', before: '–', since: '–' };
  const all = merged.clinicians.flatMap((c) => [...c.weeks.values()]);
  const before = totalOf(
    'before',
    all.filter((w) => w.week < cycle.startWeek),
  );
  const since = totalOf(
    'since',
    all.filter((w) => w.week >= cycle.startWeek && w.week <= cycle.studyWeek),
  );
  const show = (figures: typeof before) =>
    isSuppressed(figures.consultations) ? SUPPRESSED : formatFraction(measure.kind, measure.value(figures));
  return { measure: measure.label, before: show(before), since: show(since) };
}
