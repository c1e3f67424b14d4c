import type { TeamExport, WeekFigures } from './team-export';

/** One clinician's weeks, from however many of their files. */
export interface ClinicianWeeks {
  source: string;
  /** How the report names them: their chosen label, else their role, numbered when two share it. */
  name: string;
  weeks: Map<string, WeekFigures>;
}

export interface MergedPractice {
  clinicians: ClinicianWeeks[];
  /** Every week any clinician has figures for, oldest first. */
  weeks: string[];
  /** Weeks given again by a later file of the same clinician, which replaced the earlier figures. */
  replacedWeeks: number;
}

/**
 * Merges team exports into one practice. A clinician is their export's source word, so their
 * monthly files line up; a week given twice by one clinician (overlapping exports) is taken
 * from the file read later, never counted twice.
 */
export function mergeExports(exports: readonly TeamExport[]): MergedPractice {
  const bySource = new Map<string, { label: string | null; role: string; weeks: Map<string, WeekFigures> }>();
  let replacedWeeks = 0;
  for (const file of exports) {
    const { source, role, label } = file.clinician;
    const entry = bySource.get(source) ?? { label, role, weeks: new Map<string, WeekFigures>() };
    entry.label = label;
    entry.role = role;
    for (const week of file.weeks) {
      if (entry.weeks.has(week.week)) replacedWeeks += 1;
      entry.weeks.set(week.week, week);
    }
    bySource.set(source, entry);
  }
  const names = [...bySource.values()].map((entry) => entry.label ?? entry.role);
  const clinicians = [...bySource].map(([source, entry], i) => ({
    source,
    name: numbered(names, i),
    weeks: entry.weeks,
  }));
  const weeks = [...new Set(clinicians.flatMap((c) => [...c.weeks.keys()]))].sort();
  return { clinicians, weeks, replacedWeeks };
}

/** "GP" when only one clinician is called that, else "GP 1", "GP 2" in the order their files came. */
function numbered(names: readonly string[], index: number): string {
  const name = names[index]!;
  const same = names.flatMap((other, i) => (other === name ? [i] : []));
  return same.length === 1 ? name : `${name} ${same.indexOf(index) + 1}`;
}
