import { panelOpenGrowth } from './browser/growth';
import { insertBench } from './browser/insert';
import { memory } from './browser/memory';
import { panelOpen } from './browser/panel-open';
import { payload } from './browser/payload';
import { practiceReportBench } from './browser/practice-report';
import type { BenchSession } from './browser/session';
import { typing } from './browser/typing';
import { auditComputeBench } from './node/audit';
import { gridSearchBench } from './node/grid-search';
import { planBench } from './node/plan';
import type { Figure } from './report/figure';

/**
 * Every benchmark, in the order they run. Node ones (pure lib/ code) first;
 * browser ones share one Chromium; growth runs last because it leaves 20,000
 * consultations in the store (it also gives the audit figure, read from there).
 */
export type Benchmark =
  | { id: string; kind: 'browser'; run(bench: BenchSession): Promise<Figure[]> }
  | { id: string; kind: 'node'; run(): Promise<Figure[]> };

export const BENCHMARKS: Benchmark[] = [
  { id: 'plan', kind: 'node', run: () => planBench() },
  { id: 'search', kind: 'node', run: () => gridSearchBench() },
  { id: 'audit-compute', kind: 'node', run: () => auditComputeBench() },
  { id: 'panel', kind: 'browser', run: (bench) => panelOpen(bench) },
  { id: 'payload', kind: 'browser', run: async (bench) => (await payload(bench)).figures },
  { id: 'typing', kind: 'browser', run: (bench) => typing(bench) },
  { id: 'memory', kind: 'browser', run: (bench) => memory(bench) },
  { id: 'practice-report', kind: 'browser', run: (bench) => practiceReportBench(bench) },
  // Its own Chromium: insertion needs the demo site allowed (tests/e2e/plan-support.ts).
  { id: 'insert', kind: 'node', run: () => insertBench() },
  { id: 'growth', kind: 'browser', run: (bench) => panelOpenGrowth(bench) },
];
