import type { BenchSession } from './browser/session';
import { judge, type FigureResult } from './report/figure';
import { textTable } from './report/table';
import { machine, writeDocsTable, writeResults, type RunReport } from './report/write';
import { BENCHMARKS } from './registry';

// `npm run bench` (scripts/bench.mjs builds first). Flags: --only=id,id  --write-docs
const args = process.argv.slice(2);
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const selected = BENCHMARKS.filter((benchmark) => !only || only.includes(benchmark.id));

const results: FigureResult[] = [];
const errors: RunReport['errors'] = [];
let chromium = 'Chromium not started';
let bench: BenchSession | undefined;

for (const benchmark of selected) {
  const started = performance.now();
  process.stdout.write(`bench: ${benchmark.id} … `);
  try {
    let figures;
    if (benchmark.kind === 'browser') {
      // Imported here, not above: see bench/registry.ts on what the harness's heap costs.
      bench ??= await (await import('./browser/session')).startBenchSession();
      chromium = `Chromium ${bench.session.context.browser()?.version() ?? ''}`.trim();
      figures = await benchmark.run(bench);
    } else {
      figures = await benchmark.run();
    }
    results.push(...figures.map(judge));
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    errors.push({ id: benchmark.id, message });
    console.log('failed');
  }
}
if (bench) {
  if (bench.session.offMachineRequests.length > 0) {
    errors.push({
      id: 'privacy',
      message: `Requests left the machine: ${bench.session.offMachineRequests.join(', ')}`,
    });
  }
  await bench.close();
}

const report: RunReport = {
  finishedAt: new Date().toISOString(),
  machine: machine(chromium),
  results,
  errors,
  extra: {},
};
writeResults(report);
if (args.includes('--write-docs')) writeDocsTable(report);

console.log(`\n${textTable(results)}\n`);
for (const result of results) {
  if (result.notes?.length) console.log(`${result.name}:\n  ${result.notes.join('\n  ')}`);
}
for (const error of errors) console.error(`\nbench ${error.id} failed:\n${error.message}`);
const broken = results.filter((result) => result.pass === false);
console.log(
  `\n${results.length} figures, ${broken.length} over budget, ${errors.length} benchmarks failed to run. Results: bench/results/latest.json`,
);
process.exit(broken.length > 0 || errors.length > 0 ? 1 : 0);
