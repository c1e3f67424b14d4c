import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import type { FigureResult } from './figure';
import { markdownTable } from './table';

export interface RunReport {
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; loadAverage: number[]; node: string; chromium: string };
  results: FigureResult[];
  errors: { id: string; message: string }[];
  extra: Record<string, unknown>;
}

export function machine(chromium: string): RunReport['machine'] {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
    node: process.version,
    chromium,
  };
}

export function writeResults(report: RunReport, path = 'bench/results/latest.json'): void {
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}

const START = '<!-- bench:table:start -->';
const END = '<!-- bench:table:end -->';

/** Replaces the table between the markers in docs/performance.md with this run's. */
export function writeDocsTable(report: RunReport, path = 'docs/performance.md'): void {
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section`);
  const m = report.machine;
  const body = [
    START,
    '',
    `Run finished ${report.finishedAt} on ${m.cpus} × ${m.cpuModel}, load average ${m.loadAverage.join(' / ')}, Node ${m.node}, ${m.chromium}.`,
    '',
    markdownTable(report.results),
    '',
    END,
  ].join('\n');
  writeFileSync(path, doc.slice(0, start) + body + doc.slice(end + END.length));
}
