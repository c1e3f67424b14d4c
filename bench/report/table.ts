import { describeBudget, type FigureResult } from './figure';

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(value < 0.1 ? 4 : 2);
}

export function tableRows(results: readonly FigureResult[]): string[][] {
  return results.map((r) => [
    r.name,
    `${formatNumber(r.value)} ${r.unit}`,
    r.baseline ? `${formatNumber(r.baseline.value)} ${r.unit} (${r.baseline.name})` : '—',
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    describeBudget(r),
    r.pass === null ? 'info' : r.pass ? 'pass' : 'FAIL',
  ]);
}

const HEADER = ['Figure', 'Value', 'Baseline (same run)', 'Ratio', 'Budget', 'Result'];

/** A plain-text table for the terminal. */
export function textTable(results: readonly FigureResult[]): string {
  const rows = [HEADER, ...tableRows(results)];
  const widths = HEADER.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length)));
  return rows
    .map((row, i) => {
      const line = row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ');
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

/** The same table as Markdown for docs/performance.md, padded as Prettier pads it so `npm run lint` stays clean. */
export function markdownTable(results: readonly FigureResult[]): string {
  const rows = [HEADER, ...tableRows(results)].map((row) => row.map((cell) => cell.replace(/\|/g, '\\|')));
  const widths = HEADER.map((_, c) => Math.max(3, ...rows.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  const [header, ...body] = rows;
  return [line(header ?? HEADER), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}
