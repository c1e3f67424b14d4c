import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end files that must have the machine to themselves, run one at a time after the others.
 * The rest run two at a time: each starts its own browser with its own profile, demo EHR on a free
 * port and temporary folders, so two cannot meet.
 */
export const E2E_ALONE = [
  // They write browser policy where every browser on this machine reads it (/etc/chromium,
  // Firefox's distribution folder): a browser another file started meanwhile would take it up.
  'tests/e2e/brief-interventions.test.ts',
  'tests/e2e/firefox-managed-policy.test.ts',
  'tests/e2e/firefox-policy-grants-ehr.test.ts',
  'tests/e2e/policy-grants-ehr.test.ts',
  'tests/e2e/retention-policy.test.ts',
  'tests/e2e/settings-managed-policy.test.ts',
  // Headed Chromium under Xvfb with real clicks and keys (xdotool), and a practice build of its own.
  'tests/e2e/fresh-install.test.ts',
  'tests/e2e/hand-over-escape.test.ts',
];

const E2E_TIMEOUTS = { testTimeout: 90_000, hookTimeout: 90_000 };

export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
          // Node by default: starting a DOM for every pure lib/ test was the suite's largest cost.
          // A test that needs the DOM says so in its first line: // @vitest-environment happy-dom
          environment: 'node',
          setupFiles: ['tests/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: E2E_ALONE,
          environment: 'node',
          // Two files at once on two cores: most of a file's time is a browser starting, waiting on
          // a page or on the disk, so a second file fills that time (docs/architecture.md, "Tests").
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          ...E2E_TIMEOUTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e-alone',
          include: E2E_ALONE,
          environment: 'node',
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          ...E2E_TIMEOUTS,
        },
      },
    ],
  },
});
