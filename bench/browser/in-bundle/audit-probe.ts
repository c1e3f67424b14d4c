import { computeAudit } from '../../../lib/audit/compute-audit';
import { ANY_GRID } from '../../../lib/audit/filter';
import { loadAuditRows } from '../../../lib/storage/audit-rows';
import { previewPurge } from '../../../lib/retention/apply-purge';
import { openDb } from '../../../lib/storage/db';

export interface AuditProbeTimes {
  consultations: number;
  load: number[];
  compute: number[];
  total: number[];
  /** Same run, same data: reading the period's full records by the createdAt index, as the audit did before its rows. */
  fullRecords: number[];
  /** The retention check the audit page also runs, with nothing due (a practice that purges regularly). */
  retention: number[];
}

/**
 * What the audit page does for a period, timed in the extension's own origin
 * against its real IndexedDB: read the audit rows of the period's weeks
 * (lib/audit/load.ts), then compute the figures (lib/audit/compute-audit.ts).
 */
export default async function auditProbe(arg: {
  from: string;
  to: string;
  runs: number;
  baselineRuns: number;
}) {
  const db = openDb();
  const times: AuditProbeTimes = {
    consultations: 0,
    load: [],
    compute: [],
    total: [],
    fullRecords: [],
    retention: [],
  };
  try {
    for (let run = 0; run < arg.runs + 1; run += 1) {
      const start = performance.now();
      const loaded = await loadAuditRows(db, arg.from, arg.to);
      const read = performance.now();
      const figures = computeAudit(loaded, { from: arg.from, to: arg.to, grid: ANY_GRID });
      const end = performance.now();
      // The first run warms the database connection and the code; it is not recorded.
      if (run === 0) continue;
      times.consultations = figures.consultations;
      times.load.push(read - start);
      times.compute.push(end - read);
      times.total.push(end - start);
    }
    // Ten years' retention over a year of fixtures: nothing is due, so this is the check's own cost.
    const end = new Date(`${arg.to}T23:59:59Z`);
    for (let run = 0; run < arg.runs; run += 1) {
      const start = performance.now();
      await previewPurge(db, 3650, end);
      times.retention.push(performance.now() - start);
    }
    for (let run = 0; run < arg.baselineRuns; run += 1) {
      const start = performance.now();
      await db.consultations.where('createdAt').between(arg.from, `${arg.to}\uffff`, true, true).toArray();
      times.fullRecords.push(performance.now() - start);
    }
  } finally {
    db.close();
  }
  return times;
}
