import type { BenchSession } from './browser/session';
import type { Figure } from './report/figure';

/**
 * Every benchmark, in the order they run. Node ones (pure lib/ code) first;
 * browser ones share one Chromium; growth runs last because it leaves 20,000
 * consultations in the store (it also gives the audit figure, read from there).
 * Each is imported only when it runs: loaded up front, Playwright and the browser benchmarks
 * put about 100 MB on the heap before the pure-code figures are taken, and the garbage
 * collector's extra work roughly doubled the plan-build figure, a cost of this harness that the
 * extension's own pages (a few MB, see the memory figure) do not carry (docs/performance.md).
 */
export type Benchmark =
  | { id: string; kind: 'browser'; run(bench: BenchSession): Promise<Figure[]> }
  | { id: string; kind: 'node'; run(): Promise<Figure[]> };

export const BENCHMARKS: Benchmark[] = [
  { id: 'plan', kind: 'node', run: async () => (await import('./node/plan')).planBench() },
  { id: 'search', kind: 'node', run: async () => (await import('./node/grid-search')).gridSearchBench() },
  { id: 'audit-compute', kind: 'node', run: async () => (await import('./node/audit')).auditComputeBench() },
  {
    id: 'panel',
    kind: 'browser',
    run: async (bench) => (await import('./browser/panel-open')).panelOpen(bench),
  },
  {
    id: 'payload',
    kind: 'browser',
    run: async (bench) => (await (await import('./browser/payload')).payload(bench)).figures,
  },
  { id: 'typing', kind: 'browser', run: async (bench) => (await import('./browser/typing')).typing(bench) },
  { id: 'memory', kind: 'browser', run: async (bench) => (await import('./browser/memory')).memory(bench) },
  {
    id: 'practice-report',
    kind: 'browser',
    run: async (bench) => (await import('./browser/practice-report')).practiceReportBench(bench),
  },
  // Its own Chromium: insertion needs the demo site allowed (tests/e2e/plan-support.ts).
  { id: 'insert', kind: 'node', run: async () => (await import('./browser/insert')).insertBench() },
  {
    id: 'growth',
    kind: 'browser',
    run: async (bench) => (await import('./browser/growth')).panelOpenGrowth(bench),
  },
];
