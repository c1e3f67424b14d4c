import type { Figure } from '../report/figure';
import { median } from '../report/stats';
import { atScale, GROWTH_FACTORS, growthNote } from '../growth-levels';
import { benchDraft } from './draft';
import { WHOLE_YEAR } from '../node/audit';
import type { AuditProbeTimes } from './in-bundle/audit-probe';
import { runBundleInPage } from './in-bundle';
import { sampleOpenTimes } from './panel-open';
import { BLANK_PAGE, PANEL_PAGE, type BenchSession } from './session';

const BATCH = 5000;

/** Replaces every stored consultation and grid with `consultations` and `grids` fixtures plus the open draft. */
export async function seedStore(bench: BenchSession, consultations: number, grids: number): Promise<number> {
  let stored = await bench.inExtension<number>('seed-db', { clear: true, current: benchDraft() });
  const page = await bench.session.openExtensionPage(BLANK_PAGE);
  try {
    for (let from = 0; from < Math.max(consultations, 1); from += BATCH) {
      stored = await runBundleInPage<number>(page, 'seed-probe', {
        from,
        count: Math.min(BATCH, consultations - from),
        grids: from === 0 ? grids : 0,
      });
    }
  } finally {
    await page.close();
  }
  return stored;
}

/** The audit page's work (read the period by index, compute the figures) in the extension's origin. */
async function auditInBrowser(
  bench: BenchSession,
  runs: number,
  baselineRuns: number,
): Promise<AuditProbeTimes> {
  const page = await bench.session.openExtensionPage(BLANK_PAGE);
  try {
    return await runBundleInPage<AuditProbeTimes>(page, 'audit-probe', {
      from: WHOLE_YEAR.from,
      to: WHOLE_YEAR.to,
      runs,
      baselineRuns,
    });
  } finally {
    await page.close();
  }
}

/**
 * Panel open and audit at 10×, 100× and 1000× stored data (growth-levels.ts).
 * Panel open is judged against its own blank-page runs at each level; the
 * audit at 1000× (20,000 consultations) is the audit budget's figure.
 */
export async function panelOpenGrowth(bench: BenchSession, runs = 11): Promise<Figure[]> {
  const open: Figure[] = [];
  const audit: Figure[] = [];
  const retention: Figure[] = [];
  const openMedians: number[] = [];
  const auditMedians: number[] = [];
  for (const factor of GROWTH_FACTORS) {
    const scale = atScale(factor);
    const stored = await seedStore(bench, scale.consultations, scale.grids);
    const times = await sampleOpenTimes(bench, { blank: BLANK_PAGE, panel: PANEL_PAGE }, runs, 2);
    openMedians.push(median(times.panel));
    open.push({
      id: `growth-panel-open-${factor}x`,
      name: `Growth: panel open, ${factor}× data`,
      value: median(times.panel),
      unit: 'ms',
      baseline: { name: 'blank page', value: median(times.blank) },
      method: 'As panel open, with the store holding this many consultations and grids (median of the runs).',
      notes: [`${stored} consultations and ${scale.grids} grids stored, ${runs} runs each`],
    });
    const auditRuns = factor === 1000 ? 7 : 9;
    // The baseline reads every full record (~2 s at 1000×), so it is sampled less.
    const a = await auditInBrowser(bench, auditRuns, factor === 1000 ? 3 : 5);
    auditMedians.push(median(a.total));
    const isBudget = factor === 1000;
    audit.push({
      id: isBudget ? 'audit' : `growth-audit-${factor}x`,
      name: isBudget
        ? `Audit: figures over ${a.consultations} stored consultations (median)`
        : `Growth: audit, ${factor}× data`,
      value: median(a.total),
      unit: 'ms',
      baseline: { name: 'reading the same consultations whole', value: median(a.fullRecords) },
      ...(isBudget ? { budget: { max: 250, of: 'value' as const } } : {}),
      method:
        "Chromium, in the extension's origin: lib/audit/load.ts reads the audit rows of the period's weeks (a whole year, every stored consultation) from the real IndexedDB through Dexie, then lib/audit/compute-audit.ts computes the figures.",
      notes: [
        `${a.consultations} consultations counted, ${auditRuns} runs after one warm-up`,
        `read median ${median(a.load).toFixed(1)} ms, compute median ${median(a.compute).toFixed(1)} ms`,
      ],
    });
    retention.push({
      id: `growth-retention-${factor}x`,
      name: `Growth: retention check on the audit page, ${factor}× data`,
      value: median(a.retention),
      unit: 'ms',
      baseline: { name: 'reading the same consultations whole', value: median(a.fullRecords) },
      method:
        'Chromium, extension origin: lib/retention/due-now.ts with nothing due (retention longer than the data), which the audit page runs beside the figures.',
      notes: [`${auditRuns} runs`],
    });
  }
  const lastOpen = open[open.length - 1];
  if (lastOpen) lastOpen.notes = [...(lastOpen.notes ?? []), growthNote(openMedians)];
  const lastAudit = audit[audit.length - 1];
  if (lastAudit) lastAudit.notes = [...(lastAudit.notes ?? []), growthNote(auditMedians)];
  return [...open, ...audit, ...retention];
}
