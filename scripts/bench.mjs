// `npm run bench`: builds the extension into its own folder (.output-bench) so it never
// clobbers a developer's or a test's build, then runs every benchmark (bench/run.ts).
// Flags: --no-build reuses the last build; --only=panel,payload,... runs some benchmarks.
import { execSync, spawnSync } from 'node:child_process';

process.env.COCREATE_OUT_DIR ??= '.output-bench';
// Only the benchmark build carries the blank baseline page (wxt.config.ts).
process.env.COCREATE_BENCH = '1';
process.env.COCREATE_DEMO_DIR ??= '.output-bench/demo';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) {
  execSync('npx wxt build', { stdio: 'inherit' });
  // The insertion benchmark writes into the demo EHR's editors, served from its own build.
  execSync('npx vite build --config demo-ehr/vite.config.ts', { stdio: 'inherit' });
}
const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
